#pragma once

#include "BackupSchedule.h"
#include "auth/Accounts.h"
#include "model/EventKind.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace hotich {

/// What one look at the backup schedule did (RegisterMaintenance::backUpIfDue).
struct ScheduledBackup
{
    bool made = false; ///< false: none was due (or the schedule is off)
    QString file;      ///< the backup made, when one was
    qint64 bytes = 0;
    QStringList removed; ///< the schedule's older backups let go, beyond the count kept
    QDateTime lastMade;  ///< the newest of the schedule's backups in the folder (invalid: none)
    QDateTime nextDue;   ///< when the next one is due (invalid: the schedule is off)
};

/// The register's housekeeping, each journaled under the account that does it: rebuilding the
/// search index, backups and restores (administrators), closing a register book (officers).
/// hotich-admin and the GUI both call these; neither writes the journal itself.
class RegisterMaintenance
{
public:
    RegisterMaintenance(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Rebuilds the search index from the records; returns the rows indexed.
    Result<qint64> reindex(const Account &actor);
    /// Backs the register up to `destination` (which must not exist); returns its size in bytes.
    /// `progress` reports each step and may cancel (backup::Progress); a cancelled backup is not
    /// journaled, since nothing was written.
    Result<qint64> backup(const QString &destination, const Account &actor,
                          const backup::Progress &progress = {});
    /// Makes the scheduled backup (BackupSchedule) when it is due, into the schedule's folder,
    /// then lets go of the schedule's oldest files beyond the count kept. Any account may run it:
    /// the administrator who chose the schedule allowed it; it is journaled as scheduled under the
    /// account logged in. A missing folder (a USB drive unplugged) or a full disk is an error that
    /// leaves nothing behind; the next look tries again.
    Result<ScheduledBackup> backUpIfDue(const Account &actor, const backup::Progress &progress = {});
    /// Restores the backup at `source` after checking it whole; returns where the register as it
    /// was is kept. The journal is then the backup's, and the restore its next entry. A backup of
    /// another office's register is refused, and so is anything that is not a sound register.
    Result<QString> restore(const QString &source, const Account &actor);
    /// Closes the current book of the kind's register of `year`; returns the book closed.
    Result<int> closeBook(EventKind kind, int year, const Account &actor);

private:
    Result<void> journal(const Account &actor, const QString &action, const QString &detail);
    Result<qint64> backUpJournaled(const QString &destination, const Account &actor, const QString &action,
                                   const backup::Progress &progress);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hotich
