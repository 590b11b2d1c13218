#pragma once

#include "sync/server/DatabaseUrl.h"
#include "sync/server/Rows.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;

namespace hotich::server {

class WalCheckpointer;

/// The server's one connection to its database, PostgreSQL or SQLite: opening from a URL, the
/// numbered migrations, running statements with their parameters and turning failures into clear
/// errors. It keeps nothing of the data in memory: several server processes may share one
/// PostgreSQL database, and what one process cached another may have changed. A connection is used
/// by the thread that opened it only (Qt Sql's rule).
class ServerDatabase
{
public:
    static Result<std::unique_ptr<ServerDatabase>> open(const QString &url);
    static Result<std::unique_ptr<ServerDatabase>> open(const DatabaseUrl &url);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    Dialect dialect() const { return m_url.dialect; }
    bool postgres() const { return m_url.dialect == Dialect::Postgres; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    /// The schema version the database is at, and the one this build brings it to.
    Result<int> schemaVersion();
    static int latestSchemaVersion();

    /// Prepares and runs one statement with its parameters (in order, for the `?` placeholders);
    /// the rows are positioned before the first. `what` names the step for the error message.
    /// A statement with parameters is prepared once and kept (parsing was a third of a push): it is
    /// run again only when no caller is still reading its rows (finished, or read to the end);
    /// otherwise a new one is prepared (on SQLite, for this run only; on PostgreSQL it is kept in
    /// the old one's place).
    Result<Rows> run(const QString &sql, std::initializer_list<QVariant> values, const QString &what);
    Result<Rows> run(const QString &sql, const QVariantList &values, const QString &what);
    /// Runs a statement and returns its first row's first column as a number (`none` without a row).
    Result<qint64> number(const QString &sql, std::initializer_list<QVariant> values, const QString &what,
                          qint64 none = 0);

    /// " FOR UPDATE" on PostgreSQL, nothing on SQLite (whose writers are serialised already): the
    /// suffix of a SELECT that locks the rows it reads until the transaction ends.
    QString forUpdate() const;
    /// Serialises the transactions that lock the same key (PostgreSQL's transaction-scoped
    /// advisory lock; nothing on SQLite). Used where a check must see a row another transaction is
    /// about to insert: the same birth pushed by two offices at once.
    Result<void> lockKey(const QString &key);

    Error errorFrom(const QSqlError &error, const QString &what) const;

    /// Resets the PostgreSQL statements kept; they stay prepared. Done at the end of every
    /// transaction.
    void finishStatements();

private:
    ServerDatabase(DatabaseUrl url, QString connectionName);
    Result<void> configure();
    Result<void> migrate();
    Result<Rows> runPostgres(const QString &sql, const QVariantList &values, const QString &what);
    Result<Rows> runSqlite(const QString &sql, const QVariantList &values, const QString &what);
    Error sqliteError(int code, const QString &what) const;

    DatabaseUrl m_url;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    // SQLite: the connection Qt opened, driven directly, and its kept statements.
    sqlite3 *m_sqlite = nullptr;
    QHash<QString, SqliteStatement *> m_sqliteStatements;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

/// A write transaction: BEGIN IMMEDIATE on SQLite (two writers never both read the same head),
/// BEGIN on PostgreSQL (READ COMMITTED; the rows that decide are locked with FOR UPDATE). Rolled
/// back unless committed.
class ServerTransaction
{
public:
    explicit ServerTransaction(ServerDatabase &db) : m_db(db) {}
    ~ServerTransaction();
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    Result<void> rollback();
    bool active() const { return m_active; }

private:
    ServerDatabase &m_db;
    bool m_active = false;
};

/// A NULL of the column's type when the value is empty (QPSQL and QSQLITE bind an invalid QVariant
/// as NULL).
QVariant nullIfEmpty(const QString &text);
QVariant nullIfEmpty(const QByteArray &bytes);
/// A UUID as the 16 bytes stored in the database, or NULL.
QVariant uuidValue(const QUuid &id);
QUuid uuidFrom(const QVariant &value);

} // namespace hotich::server
