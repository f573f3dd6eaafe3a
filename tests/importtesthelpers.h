#pragma once

#include "core/base/error.h"
#include "core/ingest/importjob.h"
#include "core/store/project.h"
#include "tests/support/testsupport.h"

#include <functional>
#include <memory>
#include <QTemporaryDir>

namespace journeyscope::test {

/// A project in a temporary folder, and files to import into it.
class ImportFixture
{
public:
    ImportFixture()
        : m_dir(new QTemporaryDir)
    {}

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString projectPath() const { return path(QStringLiteral("test.journey")); }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString file = path(name);
        writeFile(file, bytes);
        return file;
    }

    /// Imports into the project, creating it first when missing (pseudonymising unless
    /// \a keepPii).
    ImportReport import(const QStringList& files, const ImportOptions& options = {},
                        bool keepPii = false) const
    {
        const bool creating = !QFile::exists(projectPath());
        auto project = creating ? Project::create(projectPath(), ProjectOptions{!keepPii})
                                : Project::open(projectPath(), Project::Access::ReadWrite);
        return importFiles(*project, files, options);
    }

    std::unique_ptr<Project> open() const
    {
        return Project::open(projectPath(), Project::Access::ReadOnly);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

inline qint64 count(const Project& project, std::string_view sql)
{
    return project.database().queryInt(sql).value_or(-1);
}

inline QStringList column(const Project& project, std::string_view sql)
{
    QStringList values;
    Statement statement = project.database().prepare(sql);
    while (statement.step())
        values.append(statement.isNull(0) ? QStringLiteral("NULL") : statement.columnText(0));
    return values;
}

inline QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.toString();
    }
    return {};
}

inline ImportOptions withFormat(const QString& format)
{
    ImportOptions options;
    options.format = format;
    return options;
}

} // namespace journeyscope::test
