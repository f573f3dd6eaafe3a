#pragma once

#include "core/base/error.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace journeyscope {

class Statement;

/**
 * One SQLite connection (RAII). Throws Error, naming the file, for every failure.
 * Not thread-safe: use one Database per thread.
 */
class Database
{
public:
    enum class Mode {
        ReadOnly,  ///< never writes, never creates
        ReadWrite, ///< existing file only
        Create,    ///< creates the file when missing
    };

    Database(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// Runs one or more statements without results.
    void exec(const char* sql);
    Statement prepare(std::string_view sql) const;
    /// The first column of the first row of \a sql, or nullopt when there is no row.
    std::optional<qint64> queryInt(std::string_view sql) const;
    qint64 lastInsertRowId() const;
    /// Rows the last INSERT, UPDATE or DELETE changed.
    qint64 changes() const;
    bool inTransaction() const;

    /// An Error naming this database and SQLite's message for \a code.
    [[noreturn]] void fail(int code, const QString& doing = {}) const;

private:
    QString m_path;
    sqlite3* m_db = nullptr;
};

/// A prepared statement (RAII). Bind indexes are 1-based, column indexes 0-based.
class Statement
{
public:
    Statement(const Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    /// Binds UTF-8 text without copying it: \a value must stay valid until the statement
    /// has been stepped (hot path of bulk inserts).
    Statement& bindText(int index, std::string_view value);
    Statement& bind(int index, const QString& value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);

    /// True when a row is available, false when done. Throws Error.
    bool step();
    /// step() for statements that return no rows, then reset().
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    const Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/**
 * BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called:
 * whatever throws in between leaves the database as it was.
 */
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

/**
 * A read transaction for as long as it lives: every read in it sees the same data, since
 * the shared lock it holds keeps writers from committing. A savepoint, so that it nests in
 * a transaction already open.
 */
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    const Database& m_db;
};

} // namespace journeyscope
