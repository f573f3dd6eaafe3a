#pragma once

#include <exception>
#include <QCoreApplication>
#include <QString>

namespace journeyscope {

/// Where in an input something happened. Line and column are 1-based; 0 means unknown.
struct Location
{
    Location() = default;
    explicit Location(QString file, qint64 line = 0, qint64 column = 0, QString field = {})
        : file(std::move(file))
        , line(line)
        , column(column)
        , field(std::move(field))
    {}

    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString field; ///< column name or option the problem is about, when there is one

    /// "file:line:column" with the parts that are known.
    QString toString() const;
};

/// A fatal problem: the operation stops and nothing it started is kept.
class Error : public std::exception
{
public:
    Error(Location location, QString message);
    explicit Error(QString message);

    const Location& location() const { return m_location; }
    const QString& message() const { return m_message; }
    /// One line: "file:line:column: message", or just the message when there is no place.
    QString toString() const;
    const char* what() const noexcept override;

private:
    Location m_location;
    QString m_message;
    QByteArray m_what;
};

/// Thrown when the user cancels a long job; the job leaves everything as it was.
class Canceled : public Error
{
public:
    Canceled();
};

/// A non-fatal problem collected while working (a skipped row, a blank value).
struct Issue
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    Location location;
    QString message;

    static QString severityName(Severity severity);
};

} // namespace journeyscope
