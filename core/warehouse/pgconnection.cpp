#include "core/warehouse/pgconnection.h"

#include "core/base/error.h"
#include "core/base/feedback.h"

#include <cerrno>
#include <libpq-fe.h>
#include <poll.h>
#include <QCoreApplication>
#include <vector>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::PgConnection)
};

/// The first line of a libpq message: the rest is context for a server log.
QString firstLine(const char* message)
{
    const QString text = QString::fromUtf8(message).trimmed();
    return text.left(text.indexOf(QLatin1Char('\n'))).trimmed();
}

} // namespace

PgResult::PgResult(pg_result* result)
    : m_result(result)
{}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

int PgResult::columns() const
{
    return PQnfields(m_result);
}

unsigned PgResult::type(int column) const
{
    return PQftype(m_result, column);
}

QString PgResult::columnName(int column) const
{
    return QString::fromUtf8(PQfname(m_result, column));
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    bool ok = false;
    const qint64 value = QByteArray(PQgetvalue(m_result, row, column)).toLongLong(&ok);
    if (!ok) {
        throw Error(Text::tr("the database returned \"%1\" where a whole number belongs (%2)")
                        .arg(text(row, column), QString::fromUtf8(PQfname(m_result, column))));
    }
    return value;
}

std::optional<double> PgResult::number(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return QByteArray(PQgetvalue(m_result, row, column)).toDouble();
}

PgConnection::PgConnection(const QString& connectionString)
    : PgConnection(connectionString, QString())
{}

PgConnection::PgConnection(const QString& connectionString, const QString& password)
{
    const QByteArray dbname = connectionString.toUtf8();
    const QByteArray secret = password.toUtf8();
    // Without a password, libpq looks in PGPASSWORD and ~/.pgpass.
    const char* keywords[] = {"dbname", password.isEmpty() ? nullptr : "password", nullptr};
    const char* values[] = {dbname.constData(), secret.constData(), nullptr};
    connect(keywords, values);
}

void PgConnection::connect(const char* const* keywords, const char* const* values)
{
    // Connecting blocks, but libpq applies connect_timeout when the string names one. The
    // string is expanded (expand_dbname): a URI or key=value string as "dbname".
    m_connection = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const QString reason = firstLine(PQerrorMessage(m_connection));
        // Missing, or (when one was given here) refused: asking again may help.
        const bool passwordMissing =
            PQconnectionNeedsPassword(m_connection) ||
            (keywords[1] != nullptr && PQconnectionUsedPassword(m_connection));
        PQfinish(m_connection);
        m_connection = nullptr;
        const QString message = Text::tr("cannot connect to the database: %1").arg(reason);
        if (passwordMissing)
            throw PasswordNeeded(message);
        throw Error(message);
    }
    // Every text in and out as UTF-8, whatever the server's default.
    PQsetClientEncoding(m_connection, "UTF8");
    // The server's notices ("relation … already exists, skipping") are not for the user:
    // errors come as errors. libpq would print them to stderr.
    PQsetNoticeProcessor(
        m_connection, [](void*, const char*) {}, nullptr);
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

QByteArray PgConnection::quoteIdentifier(const QString& identifier) const
{
    const QByteArray utf8 = identifier.toUtf8();
    char* quoted = PQescapeIdentifier(m_connection, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        fail(Text::tr("quoting the name \"%1\"").arg(identifier));
    QByteArray result(quoted);
    PQfreemem(quoted);
    return result;
}

PgResult PgConnection::query(const QByteArray& sql, const QList<QByteArray>& parameters,
                             Feedback* feedback)
{
    std::vector<const char*> values;
    values.reserve(size_t(parameters.size()));
    for (const QByteArray& parameter : parameters)
        values.push_back(parameter.isNull() ? nullptr : parameter.constData());
    if (!PQsendQueryParams(m_connection, sql.constData(), int(values.size()), nullptr,
                           values.data(), nullptr, nullptr, 0))
        fail(Text::tr("sending a query"));

    // Wait for the answer, looking at the feedback five times a second.
    bool canceled = false;
    while (PQisBusy(m_connection)) {
        if (feedback && feedback->isCanceled() && !canceled) {
            canceled = true;
            if (PGcancel* cancel = PQgetCancel(m_connection)) {
                char reason[256];
                PQcancel(cancel, reason, sizeof reason);
                PQfreeCancel(cancel);
            }
        }
        pollfd socket{PQsocket(m_connection), POLLIN, 0};
        // A signal (Ctrl+C) interrupts the wait: then look at the feedback again.
        if (poll(&socket, 1, 200) < 0 && errno != EINTR)
            fail(Text::tr("waiting for an answer"));
        if (!PQconsumeInput(m_connection))
            fail(Text::tr("waiting for an answer"));
    }
    std::optional<PgResult> answer;
    QString error;
    while (pg_result* result = PQgetResult(m_connection)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && error.isEmpty())
            error = firstLine(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        answer.emplace(result); // the last result is the answer; earlier ones are freed
    }
    if (canceled)
        throw Canceled();
    if (!error.isEmpty())
        throw Error(Text::tr("the database refused a query: %1").arg(error));
    if (!answer)
        fail(Text::tr("reading an answer"));
    return std::move(*answer);
}

QString PgConnection::describe() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(QString::fromUtf8(PQuser(m_connection)), QString::fromUtf8(PQhost(m_connection)),
             QString::fromUtf8(PQport(m_connection)), QString::fromUtf8(PQdb(m_connection)));
}

std::optional<QString> PgConnection::passwordProblem(const QString& connectionString)
{
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(connectionString.toUtf8().constData(), &error);
    if (!options) {
        const QString reason = error ? firstLine(error) : QString();
        PQfreemem(error);
        return Text::tr("the connection string cannot be read: %1").arg(reason);
    }
    bool hasPassword = false;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (qstrcmp(option->keyword, "password") == 0 && option->val && *option->val)
            hasPassword = true;
    }
    PQconninfoFree(options);
    if (hasPassword) {
        return Text::tr("the connection string holds a password, which would be stored in the "
                        "project file: give it in PGPASSWORD or ~/.pgpass instead");
    }
    return std::nullopt;
}

void PgConnection::fail(const QString& doing) const
{
    throw Error(Text::tr("the database connection failed while %1: %2")
                    .arg(doing, firstLine(PQerrorMessage(m_connection))));
}

} // namespace journeyscope
