#pragma once

#include "auth/Accounts.h"
#include "model/EventKind.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace hotich {

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
    /// Restores the backup at `source` after checking it whole; returns where the register as it
    /// was is kept. The journal is then the backup's, and the restore its next entry.
    Result<QString> restore(const QString &source, const Account &actor);
    /// Closes the current book of the kind's register of `year`; returns the book closed.
    Result<int> closeBook(EventKind kind, int year, const Account &actor);

private:
    Result<void> journal(const Account &actor, const QString &action, const QString &detail);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hotich
