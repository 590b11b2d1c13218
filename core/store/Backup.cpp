#include "Backup.h"

#include "IntegrityCheck.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace hotich::backup {

namespace {

Error sqliteError(int code, const QString &whatVi, const QString &whatEn)
{
    const QString detail = QString::fromUtf8(sqlite3_errstr(code));
    if ((code & 0xFF) == SQLITE_FULL) {
        return Error::make(ErrorKind::Storage, u"disk.full"_s,
                           u"Ổ đĩa đã đầy khi %1; không có gì bị thay đổi"_s.arg(whatVi),
                           u"The disk is full while %1; nothing was changed"_s.arg(whatEn));
    }
    return Error::make(ErrorKind::Storage, u"backup.failed"_s, u"Lỗi khi %1: %2"_s.arg(whatVi, detail),
                       u"Failed while %1: %2"_s.arg(whatEn, detail));
}

/// Pages per step of a backup that reports progress: 4 MiB of 4 KiB pages, a fraction of a second.
constexpr int kPagesPerStep = 1024;
/// A lock held longer than 500 × 10 ms fails the backup rather than waiting on.
constexpr int kBusyWaits = 500;

/// Copies every page of `from` into `to`: in one step, or in steps with `progress` after each
/// (SQLite starts again by itself if another connection writes between steps, so the copy is a
/// consistent snapshot either way). SQLITE_INTERRUPT when `progress` cancels.
int copyDatabase(sqlite3 *to, sqlite3 *from, const Progress &progress)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return sqlite3_errcode(to);
    int rc = SQLITE_OK;
    int busyWaits = 0;
    do {
        rc = sqlite3_backup_step(b, progress ? kPagesPerStep : -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busyWaits <= kBusyWaits) {
            sqlite3_sleep(10); // a writer holds a lock for a moment: try again, a bounded number of times
            continue;
        }
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            const qint64 total = sqlite3_backup_pagecount(b);
            if (!progress(total - sqlite3_backup_remaining(b), total)) {
                sqlite3_backup_finish(b);
                return SQLITE_INTERRUPT;
            }
        }
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busyWaits <= kBusyWaits));
    const int finished = sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? finished : rc;
}

} // namespace

Result<qint64> create(Database &db, const QString &destination, const Progress &progress)
{
    if (QFileInfo::exists(destination)) {
        return Error::make(ErrorKind::Conflict, u"backup.exists"_s,
                           u"Tệp %1 đã tồn tại: không ghi đè bản sao lưu"_s.arg(destination),
                           u"%1 already exists: a backup is never overwritten"_s.arg(destination));
    }
    const QString partial = destination + u".partial"_s;
    QFile::remove(partial);
    sqlite3 *out = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &out,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(out, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = copyDatabase(out, db.handle(), progress);
    sqlite3_close(out);
    if (rc == SQLITE_INTERRUPT) {
        QFile::remove(partial);
        return Error::make(ErrorKind::Conflict, u"backup.cancelled"_s,
                           u"Đã huỷ sao lưu sang %1: không tệp nào được ghi"_s.arg(destination),
                           u"The backup to %1 was cancelled: no file was written"_s.arg(destination));
    }
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return sqliteError(rc, u"sao lưu sang %1"_s.arg(destination), u"backing up to %1"_s.arg(destination));
    }
    // The copy must open as a sound register before it takes the final name.
    {
        auto copy = Database::open(partial, Database::OpenMode::Existing);
        if (!copy) {
            QFile::remove(partial);
            return copy.error();
        }
    }
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return Error::make(ErrorKind::Storage, u"backup.rename"_s, u"Không đổi tên được %1"_s.arg(partial),
                           u"Cannot rename %1"_s.arg(partial));
    }
    return QFileInfo(destination).size();
}

Result<QString> restore(Database &db, const QString &source, qint64 nowMs,
                        const QList<VouchedTable> &otherTables,
                        const std::function<Result<void>(Database &copy)> &markCopy)
{
    const QString marked = db.path() + u".restoring"_s;
    QFile::remove(marked);
    const auto removeMarked = qScopeGuard([&] { QFile::remove(marked); });
    {
        auto backupDb = Database::open(source, Database::OpenMode::Existing);
        if (!backupDb)
            return backupDb.error();
        auto report = IntegrityCheck(**backupDb, otherTables).run();
        if (!report)
            return report.error();
        if (!report->ok()) {
            return Error::make(
                ErrorKind::Corrupt, u"backup.unsound"_s,
                u"Bản sao lưu %1 không toàn vẹn (%2): không khôi phục"_s.arg(source,
                                                                             report->problems.first().vi),
                u"The backup %1 is not sound (%2): not restored"_s.arg(source, report->problems.first().en));
        }
        if (auto copied = create(**backupDb, marked); !copied)
            return copied.error();
    }
    auto copy = Database::open(marked, Database::OpenMode::Existing);
    if (!copy)
        return copy.error();
    if (auto r = markCopy(**copy); !r)
        return r.error();
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(u"yyyyMMdd-HHmmss"_s);
    const QString safety = db.path() + u".before-restore-"_s + stamp;
    if (auto kept = create(db, safety); !kept)
        return kept.error();
    const int rc = copyDatabase(db.handle(), (*copy)->handle(), {});
    if (rc != SQLITE_OK)
        return sqliteError(rc, u"khôi phục từ %1"_s.arg(source), u"restoring from %1"_s.arg(source));
    return safety;
}

} // namespace hotich::backup
