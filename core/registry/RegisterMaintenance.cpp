#include "RegisterMaintenance.h"

#include "RegisterCheck.h"
#include "RegisterSetup.h"
#include "store/Backup.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/RegisterIdentity.h"
#include "store/RegisterIndex.h"
#include "store/RegisterNumbering.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hotich {

Result<void> RegisterMaintenance::journal(const Account &actor, const QString &action, const QString &detail)
{
    JournalEntry entry;
    entry.atMs = m_clock.now().toMSecsSinceEpoch();
    entry.actor = actor.login;
    entry.action = action;
    entry.detail = detail;
    if (auto r = Journal(m_db).append(entry); !r)
        return r.error();
    return {};
}

Result<qint64> RegisterMaintenance::reindex(const Account &actor)
{
    if (auto r = requireRole(actor, Role::Admin); !r)
        return r.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto rows = RegisterIndex(m_db).rebuildSearchIndex();
    if (!rows)
        return rows.error();
    if (auto r = journal(actor, u"search.reindex"_s, QString::number(rows.value())); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return rows;
}

Result<qint64> RegisterMaintenance::backup(const QString &destination, const Account &actor,
                                           const backup::Progress &progress)
{
    if (auto r = requireRole(actor, Role::Admin); !r)
        return r.error();
    return backUpJournaled(destination, actor, u"register.backup"_s, progress);
}

Result<ScheduledBackup> RegisterMaintenance::backUpIfDue(const Account &actor,
                                                         const backup::Progress &progress)
{
    auto schedule = readBackupSchedule(m_db);
    if (!schedule)
        return schedule.error();
    ScheduledBackup run;
    if (schedule->frequency == BackupSchedule::Frequency::Off)
        return run;
    const QDir folder(schedule->folder);
    if (!folder.exists()) {
        const QString shown = QDir::toNativeSeparators(schedule->folder);
        return Error::make(
            ErrorKind::NotFound, u"backup.folderMissing"_s,
            u"Không thấy thư mục sao lưu %1 (ổ USB chưa cắm?): chưa sao lưu, sẽ thử lại sau"_s.arg(shown),
            u"The backup folder %1 is not there (is the USB drive plugged in?): nothing was "
            u"backed up, it is tried again later"_s.arg(shown));
    }
    auto office = readOffice(m_db);
    if (!office)
        return office.error();
    const QDateTime now = m_clock.now();
    const auto names = [&] {
        return folder.entryList(QDir::Files);
    };
    run.lastMade = BackupSchedule::lastMade(names(), office->code);
    if (!schedule->isDue(run.lastMade, now)) {
        run.nextDue = schedule->nextDue(run.lastMade);
        return run;
    }
    run.file = folder.filePath(BackupSchedule::fileName(office->code, now));
    auto size = backUpJournaled(run.file, actor, u"register.backup.scheduled"_s, progress);
    if (!size)
        return size.error();
    run.made = true;
    run.bytes = size.value();
    run.lastMade = BackupSchedule::madeAt(QFileInfo(run.file).fileName(), office->code);
    run.nextDue = schedule->nextDue(run.lastMade);
    for (const QString &old : schedule->beyondKept(names(), office->code)) {
        if (QFile::remove(folder.filePath(old)))
            run.removed.append(old);
    }
    return run;
}

Result<qint64> RegisterMaintenance::backUpJournaled(const QString &destination, const Account &actor,
                                                    const QString &action, const backup::Progress &progress)
{
    auto size = backup::create(m_db, destination, progress);
    if (!size)
        return size.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = journal(actor, action, destination); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return size;
}

Result<QString> RegisterMaintenance::restore(const QString &source, const Account &actor)
{
    if (auto r = requireRole(actor, Role::Admin); !r)
        return r.error();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    // The copy becomes a new epoch of the register, which must catch up with the server before it
    // writes (docs/sync-protocol.md), and its journal says who restored it: both before it replaces
    // the register, so no crash can leave an unmarked restore.
    auto office = readOffice(m_db);
    if (!office)
        return office.error();
    auto mark = [&](Database &copy) -> Result<void> {
        // Checked on the copy, before anything of the register changes.
        auto backedUp = readOffice(copy);
        if (!backedUp)
            return backedUp.error();
        if (backedUp->code != office->code) {
            return Error::make(
                ErrorKind::Conflict, u"restore.otherOffice"_s,
                u"%1 là sổ hộ tịch của cơ quan khác (%2, mã %3), không phải của %4: không "
                u"khôi phục"_s.arg(source, backedUp->fullPath, backedUp->code, office->fullPath),
                u"%1 is another office's register (%2, code %3), not %4's: not restored"_s.arg(
                    source, backedUp->fullPath, backedUp->code, office->fullPath));
        }
        Transaction tx(copy);
        if (auto r = tx.begin(); !r)
            return r;
        if (auto identity = RegisterIdentity::beginEpoch(copy, u"restore"_s, nowMs); !identity)
            return identity.error();
        if (auto r = RegisterMaintenance(copy, m_clock).journal(actor, u"register.restore"_s, source); !r)
            return r;
        return tx.commit();
    };
    return restoreRegister(m_db, source, nowMs, mark);
}

Result<int> RegisterMaintenance::closeBook(EventKind kind, int year, const Account &actor)
{
    if (auto r = requireRole(actor, Role::Officer); !r)
        return r.error();
    auto office = readOffice(m_db);
    if (!office)
        return office.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto identity = RegisterIdentity::read(m_db);
    if (!identity)
        return identity.error();
    if (!identity->writable())
        return catchUpFirst();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    auto closed = RegisterNumbering(m_db).closeBook(office->code, kind, year, nowMs);
    if (!closed)
        return closed.error();
    if (auto r =
            journal(actor, u"book.close"_s, u"%1/%2/%3"_s.arg(kindCode(kind)).arg(year).arg(closed.value()));
        !r)
        return r.error();
    SyncEntry entry;
    entry.office = office->code;
    entry.operation = SyncEntry::Operation::BookClose;
    entry.createdAtMs = nowMs;
    entry.actorLogin = actor.login;
    entry.actorName = actor.fullName;
    entry.kind = kind;
    entry.year = year;
    entry.book = closed.value();
    if (auto r = Outbox(m_db).append(entry, entry.contentHash()); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return closed;
}

} // namespace hotich
