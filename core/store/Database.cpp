#include "Database.h"

#include "Collation.h"
#include "RecordSearch.h"
#include "Schema.h"
#include "Statement.h"
#include "WalWriteBatching.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

/// Process-wide SQLite settings, made once before the first connection.
void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Memory statistics make every allocation take a global mutex; nothing here reads them.
        // (Refused if SQLite was already initialised, e.g. by a connection opened elsewhere.)
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        installWalWriteBatching();
    });
}

QAtomicInt connectionCounter;

quint32 bigEndian(const QByteArray &bytes, int offset, int length)
{
    quint32 v = 0;
    for (int i = 0; i < length; ++i)
        v = (v << 8) | quint8(bytes[offset + i]);
    return v;
}

Error corrupt(const QString &path, const QString &vi, const QString &en)
{
    return Error::make(
        ErrorKind::Corrupt, u"database.corrupt"_s,
        u"Tệp sổ hộ tịch %1 bị hỏng: %2. Hãy khôi phục từ bản sao lưu gần nhất (hotich-admin restore)."_s.arg(
            path, vi),
        u"The register file %1 is damaged: %2. Restore the latest backup (hotich-admin restore)."_s.arg(path,
                                                                                                        en));
}

/// Checks the SQLite header before SQLite sees the file, so that a truncated or foreign file gets
/// a precise message instead of a generic "database disk image is malformed" later.
Result<void> checkFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Storage, u"database.unreadable"_s,
                           u"Không mở được tệp %1: %2"_s.arg(path, file.errorString()),
                           u"Cannot open %1: %2"_s.arg(path, file.errorString()));
    }
    const qint64 size = file.size();
    if (size == 0 && QFileInfo::exists(path + u"-wal"_s))
        return {}; // everything is still in the write-ahead log
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return corrupt(path, u"đây không phải tệp cơ sở dữ liệu (hoặc phần đầu tệp đã bị ghi đè)"_s,
                       u"this is not a database file (or its header was overwritten)"_s);
    }
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    const bool pageCountValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return corrupt(path, u"kích thước trang không hợp lệ"_s, u"the page size is invalid"_s);
    if (pageCountValid && pages > 0 && size < qint64(pages) * pageSize) {
        return corrupt(
            path, u"tệp bị cắt cụt (còn %1 byte, cần %2 byte)"_s.arg(size).arg(qint64(pages) * pageSize),
            u"the file is truncated (%1 bytes, %2 expected)"_s.arg(size).arg(qint64(pages) * pageSize));
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_prepared.clear(); // finalised before the connection closes
    m_statements.clear();
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return schema::migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::Existing && !exists) {
        return Error::make(ErrorKind::NotFound, u"database.missing"_s,
                           u"Không tìm thấy sổ hộ tịch %1 (hãy tạo bằng hotich-admin init)"_s.arg(path),
                           u"No register at %1 (create one with hotich-admin init)"_s.arg(path));
    }
    if (mode == OpenMode::CreateNew && exists && QFileInfo(path).size() > 0) {
        return Error::make(ErrorKind::Conflict, u"database.exists"_s,
                           u"Tệp %1 đã tồn tại: không ghi đè sổ hộ tịch"_s.arg(path),
                           u"%1 already exists: a register is never overwritten"_s.arg(path));
    }
    if (mode == OpenMode::Existing) {
        if (auto header = checkFileHeader(path); !header)
            return header.error();
    }

    configureSqlite();
    const QString name = u"hotich-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(path, name));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!connection.open())
            return db->errorFrom(connection.lastError(), u"mở sổ hộ tịch"_s);
    }
    if (auto r = db->configure(); !r)
        return r.error();

    QSqlQuery q(db->connection());
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return db->errorFrom(q.lastError(), u"đọc tệp"_s);
    const int applicationId = q.value(0).toInt();
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return db->errorFrom(q.lastError(), u"đọc tệp"_s);
    const int version = q.value(0).toInt();
    q.finish();

    if (mode == OpenMode::Existing) {
        if (applicationId != kApplicationId) {
            return Error::make(ErrorKind::Corrupt, u"database.foreign"_s,
                               u"Tệp %1 không phải sổ hộ tịch của hotich"_s.arg(path),
                               u"%1 is not a hotich register"_s.arg(path));
        }
        if (version > latestSchemaVersion()) {
            return Error::make(
                ErrorKind::Conflict, u"database.newer"_s,
                u"Sổ hộ tịch %1 do phiên bản hotich mới hơn tạo (lược đồ %2): hãy cập nhật phần mềm"_s
                    .arg(path)
                    .arg(version),
                u"%1 was made by a newer hotich (schema %2): update the software"_s.arg(path).arg(version));
        }
    } else {
        if (auto r = db->exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !r)
            return r.error();
    }
    if (auto r = db->migrate(); !r)
        return r.error();
    return db;
}

Result<void> Database::configure()
{
    // Legal records: durability before speed. WAL lets readers (search, the GUI) run during a write.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA cache_size = -32768"_s}) {
        if (auto r = exec(pragma); !r)
            return r;
    }
    if (auto r = setMemoryMappedReads(true); !r)
        return r;
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA journal_mode"_s) || !q.next())
        return errorFrom(q.lastError(), u"đọc tệp"_s);
    if (q.value(0).toString() != u"wal"_s) {
        return Error::make(ErrorKind::Storage, u"database.wal"_s,
                           u"Không bật được chế độ ghi WAL cho %1 (ổ đĩa mạng?)"_s.arg(m_path),
                           u"Cannot switch %1 to WAL mode (network drive?)"_s.arg(m_path));
    }
    q.finish();
    // Safe only because every commit syncs the WAL first (synchronous=FULL above).
    enableWalWriteBatching(handle());
    if (!registerVietnameseCollation(handle()) || !registerSearchFunctions(handle())) {
        return Error::make(ErrorKind::Storage, u"database.functions"_s,
                           u"Không đăng ký được bảng so sánh tiếng Việt và hàm tìm kiếm"_s,
                           u"Cannot register the Vietnamese collation and the search function"_s);
    }
    return {};
}

unsigned Database::dataVersion() const
{
    unsigned version = 0;
    sqlite3_file_control(handle(), "main", SQLITE_FCNTL_DATA_VERSION, &version);
    return version;
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    for (const schema::Migration &m : schema::migrations()) {
        if (m.version <= current)
            continue;
        // Foreign keys can only be switched outside a transaction.
        if (m.rebuildsTables) {
            if (auto r = exec(u"PRAGMA foreign_keys = OFF"_s); !r)
                return r;
        }
        // On a failed step the file is closed right after; it still must not stay without checks.
        auto foreignKeysBack = qScopeGuard([&] {
            if (m.rebuildsTables) {
                if (auto r = exec(u"PRAGMA foreign_keys = ON"_s); !r)
                    qWarning("hotich: foreign keys stay off after a failed migration: %s",
                             qUtf8Printable(r.error().en));
            }
        });
        Transaction tx(*this);
        if (auto r = tx.begin(); !r)
            return r;
        for (const QString &sql : m.statements) {
            if (auto r = exec(sql); !r)
                return r;
        }
        if (m.upgrade) {
            if (auto r = m.upgrade(*this); !r)
                return r;
        }
        if (m.rebuildsTables) {
            QSqlQuery check(connection());
            if (!check.exec(u"PRAGMA foreign_key_check"_s))
                return errorFrom(check.lastError(), u"kiểm tra khóa ngoại"_s);
            if (check.next()) {
                return Error::make(
                    ErrorKind::Corrupt, u"database.foreignKey"_s,
                    u"Sổ hộ tịch có tham chiếu hỏng (bảng %1): không nâng cấp được"_s.arg(
                        check.value(0).toString()),
                    u"The register holds a broken reference (table %1): it cannot be upgraded"_s.arg(
                        check.value(0).toString()));
            }
        }
        if (auto r = exec(u"PRAGMA user_version = %1"_s.arg(m.version)); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
        foreignKeysBack.dismiss();
        if (m.rebuildsTables) {
            if (auto r = exec(u"PRAGMA foreign_keys = ON"_s); !r)
                return r;
        }
    }
    return {};
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(handle()) == 0;
}

Result<void> Database::setMemoryMappedReads(bool on)
{
    return exec(on ? u"PRAGMA mmap_size = 1073741824"_s : u"PRAGMA mmap_size = 0"_s);
}

int Database::schemaVersion()
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QSqlQuery &Database::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qWarning("hotich: cannot prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        it = m_statements.insert(sql, q);
    }
    return *it;
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return errorFrom(q.lastError(), sql.left(60));
    return {};
}

Result<void> Database::run(QSqlQuery &query, const QString &what)
{
    if (!query.exec()) {
        const Error e = errorFrom(query.lastError(), what);
        query.finish();
        return e;
    }
    return {};
}

Statement &Database::prepared(const char *sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end())
        it = m_prepared.insert(sql, std::make_shared<Statement>(*this, sql));
    return **it;
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return errorFromCode(error.nativeErrorCode().toInt(), detail, what);
}

Error Database::errorFromCode(int rawCode, const QString &detail, const QString &what) const
{
    const int code = rawCode & 0xFF;
    switch (code) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return corrupt(m_path, u"SQLite báo \"%1\" khi %2"_s.arg(detail, what),
                       u"SQLite says \"%1\""_s.arg(detail));
    case SQLITE_FULL:
        return Error::make(
            ErrorKind::Storage, u"disk.full"_s,
            u"Ổ đĩa đã đầy, không ghi được (%1); không có gì bị thay đổi. Hãy giải phóng dung lượng rồi làm lại."_s
                .arg(what),
            u"The disk is full (%1); nothing was changed. Free some space and try again."_s.arg(what));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::make(ErrorKind::Storage, u"database.busy"_s,
                           u"Sổ hộ tịch đang được chương trình khác ghi; hãy thử lại sau ít giây"_s,
                           u"Another program is writing to the register; try again in a few seconds"_s);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Error::make(ErrorKind::Storage, u"database.access"_s,
                           u"Không có quyền đọc/ghi tệp %1 (%2)"_s.arg(m_path, detail),
                           u"No permission to read or write %1 (%2)"_s.arg(m_path, detail));
    case SQLITE_IOERR:
        return Error::make(
            ErrorKind::Storage, u"disk.io"_s,
            u"Lỗi đọc/ghi ổ đĩa khi %1 (ổ đĩa đầy, bị tháo ra hoặc hỏng?): %2. Việc đang làm dở đã "
            u"được hủy, sổ hộ tịch không bị thay đổi."_s.arg(what, detail),
            u"Disk read/write error while %1 (disk full, removed or failing?): %2. The unfinished "
            u"change was undone; the register is unchanged."_s.arg(what, detail));
    case SQLITE_CONSTRAINT:
        return Error::make(ErrorKind::Conflict, u"database.constraint"_s,
                           u"Dữ liệu vi phạm ràng buộc của sổ hộ tịch khi %1: %2"_s.arg(what, detail),
                           u"A register constraint was violated (%1): %2"_s.arg(what, detail));
    default:
        return Error::make(ErrorKind::Storage, u"database.error"_s,
                           u"Lỗi cơ sở dữ liệu khi %1: %2"_s.arg(what, detail),
                           u"Database error (%1): %2"_s.arg(what, detail));
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // SQLite rolls back by itself after some errors; any other failure here leaves the
    // transaction to end with the connection, and is worth a line in the log.
    if (auto r = rollback(); !r)
        qWarning("hotich: rollback failed: %s", qUtf8Printable(r.error().en));
}

Result<void> Transaction::begin()
{
    if (auto r = m_db.prepared("BEGIN IMMEDIATE").run(u"bắt đầu ghi"_s); !r)
        return r;
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    auto r = m_db.prepared("COMMIT").run(u"lưu vào sổ (commit)"_s);
    if (!r) {
        if (auto undone = rollback(); !undone)
            qWarning("hotich: rollback after a failed commit failed: %s", qUtf8Printable(undone.error().en));
        return r;
    }
    m_active = false;
    return {};
}

Result<void> Transaction::rollback()
{
    if (!m_active)
        return {};
    m_active = false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"ROLLBACK"_s) && m_db.inTransaction())
        return m_db.errorFrom(q.lastError(), u"hủy thay đổi (rollback)"_s);
    return {};
}

} // namespace hotich
