#pragma once

#include "core/base/error.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

struct pg_conn;
struct pg_result;

namespace journeyscope {

class Feedback;

/// The rows of one query (RAII), every value as text.
class PgResult
{
public:
    explicit PgResult(pg_result* result);
    ~PgResult();
    PgResult(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    PgResult& operator=(PgResult&&) = delete;

    int rows() const;
    int columns() const;
    /// The PostgreSQL type (pg_type.oid) of \a column.
    unsigned type(int column) const;
    QString columnName(int column) const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    /// The value as an integer; 0 for NULL. Throws Error when it is not one.
    qint64 integer(int row, int column) const;
    /// The value as a number; nullopt for NULL.
    std::optional<double> number(int row, int column) const;

private:
    pg_result* m_result;
};

/// The server asked for a password and none was given, or the one given was refused.
class PasswordNeeded : public Error
{
public:
    using Error::Error;
};

/**
 * One connection to a PostgreSQL-compatible database through libpq (RAII). Values travel
 * as bound parameters, never inside SQL text; identifiers go through quoteIdentifier().
 * Throws Error naming the server (never its password) for every failure.
 */
class PgConnection
{
public:
    /// Connects with \a connectionString, a libpq URI or key=value string; a password comes
    /// from PGPASSWORD or ~/.pgpass as libpq looks them up.
    explicit PgConnection(const QString& connectionString);
    /// Connects with \a password besides (asked for in a window, kept in memory only); an
    /// empty one is none.
    PgConnection(const QString& connectionString, const QString& password);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// \a identifier quoted for SQL ("My Table" -> "\"My Table\"").
    QByteArray quoteIdentifier(const QString& identifier) const;

    /**
     * Runs \a sql with \a parameters as $1, $2, … (NULL for a null QByteArray). While it
     * runs, \a feedback is polled; canceling it cancels the query on the server and throws
     * Canceled.
     */
    PgResult query(const QByteArray& sql, const QList<QByteArray>& parameters = {},
                   Feedback* feedback = nullptr);

    /// "user@host:port/database", for messages.
    QString describe() const;

    /// nullopt when \a connectionString holds no password; else why it may not be stored.
    static std::optional<QString> passwordProblem(const QString& connectionString);

private:
    /// Connects with libpq's keywords and values (null-terminated, "dbname" first, then
    /// "password" when one is given); throws Error, or PasswordNeeded when a password is
    /// what is missing or the one given was refused.
    void connect(const char* const* keywords, const char* const* values);
    [[noreturn]] void fail(const QString& doing) const;

    pg_conn* m_connection = nullptr;
};

} // namespace journeyscope
