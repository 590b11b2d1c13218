#pragma once

#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;

namespace hotich {

class Statement;

/// The one owner of a register's SQLite connection: file checks, pragmas (WAL, synchronous=FULL,
/// foreign keys), numbered migrations on PRAGMA user_version, cached prepared statements and the
/// translation of SQLite failures into clear errors. Nothing else opens or configures the file.
class Database
{
public:
    enum class OpenMode
    {
        Existing,  ///< the register must exist and be initialised
        CreateNew, ///< the file must not exist yet; the schema is created
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    sqlite3 *handle() const;
    int schemaVersion();

    /// A prepared statement, prepared once per connection. Call finish() (or use a Reader) when done
    /// reading, so that it holds no read transaction open.
    QSqlQuery &statement(const QString &sql);

    /// Reads through a memory map (the default; writes always go through the WAL). A search touches
    /// one index row per match, and a mapped page costs no system call; a bulk registration, which
    /// touches each page once, is faster without it (a mapped page's first touch is a page fault).
    Result<void> setMemoryMappedReads(bool on);

    /// Whether a transaction is open on the connection.
    bool inTransaction() const;

    /// A number that changes whenever the file changes, by this connection or any other (read it
    /// inside a transaction): state followed in memory between transactions is valid while it holds.
    unsigned dataVersion() const;

    /// Runs one statement without parameters.
    Result<void> exec(const QString &sql);
    /// Executes a prepared statement; on failure returns the error described for `what`.
    Result<void> run(QSqlQuery &query, const QString &what);

    /// A statement on the raw connection for the per-registration hot path, prepared once.
    /// `sql` must be a string literal (its address is the cache key).
    Statement &prepared(const char *sql);

    /// Describes a failed statement: corruption, a full disk, a busy database, … in both languages.
    Error errorFrom(const QSqlError &error, const QString &what) const;
    /// The same from an SQLite result code and message.
    Error errorFromCode(int code, const QString &message, const QString &what) const;

    /// The application id stamped into every hotich register ("HOTI").
    static constexpr int kApplicationId = 0x484F5449;
    static int latestSchemaVersion();

private:
    Database(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    QHash<const char *, std::shared_ptr<Statement>> m_prepared;
};

/// A write transaction (BEGIN IMMEDIATE, so two writers never both read the same next number).
/// Rolled back unless committed — also when the process dies, by SQLite itself.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    /// Undoes the transaction; an error only when it is still open after the attempt.
    Result<void> rollback();

private:
    Database &m_db;
    bool m_active = false;
};

/// Finishes a cached SELECT statement when leaving the scope.
class Reader
{
public:
    explicit Reader(QSqlQuery &query) : m_query(query) {}
    ~Reader() { m_query.finish(); }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    QSqlQuery &operator*() { return m_query; }
    QSqlQuery *operator->() { return &m_query; }

private:
    QSqlQuery &m_query;
};

} // namespace hotich
