#include "sync/server/ServerDatabase.h"

#include "sync/server/ServerSchema.h"
#include "sync/server/WalCheckpointer.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

QAtomicInt connectionCounter;

// The key of the advisory lock that serialises migrations across server processes: "HOTI" "SRV1".
constexpr qint64 kMigrationLock = 0x484F5449'53525631;

/// PostgreSQL's SQLSTATEs (and SQLite's result codes) that mean "another transaction is in the
/// way": the request may simply be sent again.
bool isContention(const QSqlError &error, Dialect dialect)
{
    const QString code = error.nativeErrorCode();
    if (dialect == Dialect::Postgres)
        return code == u"40001"_s || code == u"40P01"_s || code == u"55P03"_s;
    return code == u"5"_s || code == u"6"_s; // SQLITE_BUSY, SQLITE_LOCKED
}

/// "Another transaction is in the way": the request may simply be sent again.
Error busyError(const QString &what)
{
    return Error::make(ErrorKind::Storage, u"server.busy"_s,
                       u"Máy chủ đang bận (%1): hãy thử lại sau ít phút"_s.arg(what),
                       u"The server is busy (%1): try again in a few minutes"_s.arg(what));
}

Error databaseError(const QString &what, const QString &detail)
{
    return Error::make(ErrorKind::Storage, u"server.database"_s,
                       u"Lỗi cơ sở dữ liệu của máy chủ khi %1: %2"_s.arg(what, detail),
                       u"Server database error (%1): %2"_s.arg(what, detail));
}

void bindSqlite(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(statement, index, value.toDouble());
        return;
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfEmpty(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

QVariant uuidValue(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(id.toRfc4122());
}

QUuid uuidFrom(const QVariant &value)
{
    const QByteArray bytes = value.toByteArray();
    return bytes.size() == 16 ? QUuid::fromRfc4122(bytes) : QUuid();
}

ServerDatabase::ServerDatabase(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_connectionName(std::move(connectionName))
{}

ServerDatabase::~ServerDatabase()
{
    m_checkpointer.reset();
    m_statements.clear(); // before the connection they belong to
    for (SqliteStatement *s : std::as_const(m_sqliteStatements)) {
        sqlite3_finalize(s->handle);
        delete s;
    }
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return open(*parsed);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const DatabaseUrl &url)
{
    const QString driver = url.dialect == Dialect::Postgres ? u"QPSQL"_s : u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        const QString package =
            url.dialect == Dialect::Postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s;
        return Error::make(
            ErrorKind::Storage, u"server.databaseDriver"_s,
            u"Thiếu trình điều khiển cơ sở dữ liệu %1 (hãy cài gói %2)"_s.arg(driver, package),
            u"The database driver %1 is missing (install the package %2)"_s.arg(driver, package));
    }
    const QString name = u"hotich-server-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<ServerDatabase> db(new ServerDatabase(url, name));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(driver, name);
        if (url.dialect == Dialect::Sqlite) {
            connection.setDatabaseName(url.path);
            // Writers wait for each other (BEGIN IMMEDIATE) instead of failing at once.
            connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
        } else {
            connection.setDatabaseName(url.database);
            connection.setUserName(url.user);
            connection.setPassword(url.password);
            connection.setHostName(url.host);
            if (url.port > 0)
                connection.setPort(url.port);
            connection.setConnectOptions(u"application_name=hotich-server"_s);
        }
        if (!connection.open()) {
            const QSqlError e = connection.lastError();
            return Error::make(ErrorKind::Storage, u"server.databaseOpen"_s,
                               u"Không mở được cơ sở dữ liệu %1: %2"_s.arg(url.display(), e.text()),
                               u"Cannot open the database %1: %2"_s.arg(url.display(), e.text()));
        }
    }
    if (url.dialect == Dialect::Sqlite) {
        const QVariant handle = db->connection().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
            db->m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        if (!db->m_sqlite) {
            return Error::make(ErrorKind::Storage, u"server.databaseOpen"_s,
                               u"Không mở được cơ sở dữ liệu %1"_s.arg(url.display()),
                               u"Cannot open the database %1"_s.arg(url.display()));
        }
    }
    if (auto r = db->configure(); !r)
        return r.error();
    if (auto r = db->migrate(); !r)
        return r.error();
    return db;
}

Result<void> ServerDatabase::configure()
{
    QStringList settings;
    if (postgres()) {
        // Timestamps are stored as numbers; text is UTF-8 both ways.
        // Statements are kept prepared (run): each execution is still planned for its values, since a
        // generic plan made while a table was nearly empty scanned it whole long after it had grown.
        settings = {u"SET client_encoding = 'UTF8'"_s, u"SET client_min_messages = warning"_s,
                    u"SET plan_cache_mode = force_custom_plan"_s};
    } else {
        // Legal records: durability first. WAL lets pulls read while a push writes.
        // A 64 MiB page cache: a batch of 2,000 births changes more pages than the default 2 MiB
        // holds, and SQLite then spills them into the log in the middle of the transaction.
        settings = {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                    u"PRAGMA foreign_keys = ON"_s, u"PRAGMA cache_size = -65536"_s};
    }
    for (const QString &sql : settings) {
        if (auto r = run(sql, {}, u"cấu hình kết nối"_s); !r)
            return r.error();
    }
    if (m_sqlite && !m_url.path.isEmpty() && m_url.path != u":memory:"_s)
        m_checkpointer = std::make_unique<WalCheckpointer>(m_sqlite, m_url.path);
    return {};
}

int ServerDatabase::latestSchemaVersion()
{
    return serverMigrations().constLast().version;
}

Result<int> ServerDatabase::schemaVersion()
{
    auto version =
        number(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s, {}, u"đọc phiên bản lược đồ"_s);
    if (!version)
        return version.error();
    return int(*version);
}

Result<void> ServerDatabase::migrate()
{
    // One transaction for every pending migration (DDL is transactional in both databases); on
    // PostgreSQL an advisory lock makes a second server process starting at the same moment wait
    // and then find the schema done.
    ServerTransaction tx(*this);
    if (auto r = tx.begin(); !r)
        return r;
    if (postgres()) {
        if (auto r = run(u"SELECT pg_advisory_xact_lock(?)"_s, {kMigrationLock}, u"khóa nâng cấp lược đồ"_s);
            !r)
            return r.error();
    }
    if (auto r = run(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                     u"applied_at BIGINT NOT NULL)"_s,
                     {}, u"tạo bảng phiên bản lược đồ"_s);
        !r)
        return r.error();
    const auto current = schemaVersion();
    if (!current)
        return current.error();
    if (*current > latestSchemaVersion()) {
        return Error::make(
            ErrorKind::Conflict, u"server.schemaNewer"_s,
            u"Cơ sở dữ liệu %1 do phiên bản hotich-server mới hơn tạo (lược đồ %2): hãy cập nhật phần mềm"_s
                .arg(m_url.display())
                .arg(*current),
            u"The database %1 was made by a newer hotich-server (schema %2): update the software"_s
                .arg(m_url.display())
                .arg(*current));
    }
    for (const ServerMigration &m : serverMigrations()) {
        if (m.version <= *current)
            continue;
        for (const QString &sql : m.statements) {
            if (auto r = run(dialectSql(sql, dialect()), {}, u"nâng cấp lược đồ %1"_s.arg(m.version)); !r)
                return r.error();
        }
        if (auto r = run(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s,
                         {m.version, QDateTime::currentMSecsSinceEpoch()}, u"ghi phiên bản lược đồ"_s);
            !r)
            return r.error();
    }
    return tx.commit();
}

Result<Rows> ServerDatabase::run(const QString &sql, std::initializer_list<QVariant> values,
                                 const QString &what)
{
    return run(sql, QVariantList(values), what);
}

Result<Rows> ServerDatabase::run(const QString &sql, const QVariantList &values, const QString &what)
{
    return m_sqlite ? runSqlite(sql, values, what) : runPostgres(sql, values, what);
}

Result<Rows> ServerDatabase::runPostgres(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!q.exec(sql))
            return errorFrom(q.lastError(), what);
        return Rows(std::move(q));
    }
    auto kept = m_statements.find(sql);
    // The caller gets a copy of the kept query, which shares its statement: Qt 6 deprecates such
    // copies (they are easy to misuse), but sharing is the point here, and the check below keeps a
    // caller's rows from being overwritten. A caller may still be reading the kept query: reuse it
    // only once it is done.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (kept != m_statements.end() && (!kept->isActive() || kept->at() == QSql::AfterLastRow)) {
        q = *kept;
    } else {
        if (!q.prepare(sql))
            return errorFrom(q.lastError(), what);
        kept = m_statements.insert(sql, q);
    }
    QT_WARNING_POP
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    if (!q.exec()) {
        const Error e = errorFrom(q.lastError(), what);
        m_statements.erase(kept);
        return e;
    }
    return Rows(std::move(q));
}

Result<Rows> ServerDatabase::runSqlite(const QString &sql, const QVariantList &values, const QString &what)
{
    SqliteStatement *statement = m_sqliteStatements.value(sql);
    const bool owned = statement && statement->inUse;
    if (!statement || owned) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *handle = nullptr;
        const int rc = sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()),
                                          owned ? 0 : SQLITE_PREPARE_PERSISTENT, &handle, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(handle);
            return sqliteError(rc, what);
        }
        statement = new SqliteStatement{handle};
        if (!owned)
            m_sqliteStatements.insert(sql, statement);
    }
    statement->inUse = true;
    for (qsizetype i = 0; i < values.size(); ++i)
        bindSqlite(statement->handle, int(i + 1), values[i]);
    const int rc = sqlite3_step(statement->handle);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return Rows(statement, owned, rc == SQLITE_ROW, sqlite3_changes(m_sqlite));
    const Error e = sqliteError(rc, what);
    Rows failed(statement, owned, false, 0); // resets (or finalises) the statement
    return e;
}

Error ServerDatabase::sqliteError(int code, const QString &what) const
{
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return busyError(what);
    return databaseError(what, QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
}

void ServerDatabase::finishStatements()
{
    // SQLite's statements are reset by the Rows that used them.
    for (QSqlQuery &q : m_statements)
        q.finish();
}

Result<qint64> ServerDatabase::number(const QString &sql, std::initializer_list<QVariant> values,
                                      const QString &what, qint64 none)
{
    auto q = run(sql, values, what);
    if (!q)
        return q.error();
    const qint64 n = q->next() ? q->value(0).toLongLong() : none;
    q->finish(); // the statement is free for the next call
    return n;
}

QString ServerDatabase::forUpdate() const
{
    return postgres() ? u" FOR UPDATE"_s : QString();
}

Result<void> ServerDatabase::lockKey(const QString &key)
{
    if (!postgres())
        return {};
    if (auto r = run(u"SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"_s, {key}, u"khóa kiểm tra"_s);
        !r)
        return r.error();
    return {};
}

Error ServerDatabase::errorFrom(const QSqlError &error, const QString &what) const
{
    return isContention(error, dialect()) ? busyError(what) : databaseError(what, error.text());
}

ServerTransaction::~ServerTransaction()
{
    if (m_active)
        (void)rollback();
}

Result<void> ServerTransaction::begin()
{
    auto r = m_db.run(m_db.postgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s, {}, u"bắt đầu giao dịch"_s);
    if (!r)
        return r.error();
    m_active = true;
    return {};
}

Result<void> ServerTransaction::commit()
{
    m_db.finishStatements();
    auto r = m_db.run(u"COMMIT"_s, {}, u"ghi giao dịch"_s);
    if (!r) {
        (void)rollback();
        return r.error();
    }
    m_active = false;
    return {};
}

Result<void> ServerTransaction::rollback()
{
    m_active = false;
    m_db.finishStatements();
    auto r = m_db.run(u"ROLLBACK"_s, {}, u"hủy giao dịch"_s);
    if (!r)
        return r.error();
    return {};
}

} // namespace hotich::server
