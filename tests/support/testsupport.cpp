#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <sqlite3.h>

namespace journeyscope::test {

QString sharedDataFile(const QString& relativePath)
{
    QString dir = qEnvironmentVariable("JOURNEYSCOPE_SHARED_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(JOURNEYSCOPE_SHARED_DATA_DIR);
    const QString path = QDir(dir).filePath(relativePath);
    return QFile::exists(path) ? QDir::cleanPath(path) : QString();
}

QString sourceFile(const QString& relativePath)
{
    return QDir(QStringLiteral(JOURNEYSCOPE_SOURCE_DIR)).filePath(relativePath);
}

void rawExec(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray pdfText(const QString& pdf)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QByteArray churnTable(int customers)
{
    QByteArray csv = "customer_id,plan,seats,churn\n";
    for (int i = 0; i < customers; ++i) {
        const bool free = i % 3 == 0;
        csv += QStringLiteral("c%1,%2,%3,%4\n")
                   .arg(i)
                   .arg(free ? QStringLiteral("Free") : QStringLiteral("Pro"))
                   .arg(i % 7)
                   .arg(free || i % 10 == 1 ? QStringLiteral("true") : QStringLiteral("false"))
                   .toUtf8();
    }
    return csv;
}

QString xesTypeSuffix(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return {};
    case FieldType::Integer:
        return QStringLiteral("<int>");
    case FieldType::Float:
        return QStringLiteral("<float>");
    case FieldType::Boolean:
        return QStringLiteral("<boolean>");
    case FieldType::Date:
        return QStringLiteral("<date>");
    }
    return QStringLiteral("<?>");
}

} // namespace journeyscope::test
