#pragma once

#include "store/Database.h"
#include "store/SyncEntry.h"
#include "util/Clock.h"

#include <QList>

namespace hotich {

/// How far a catch-up has come.
struct CatchUpOutcome
{
    qint64 applied = 0; ///< entries written by this page (those already held are not counted)
    qint64 through = 0; ///< the last sequence the register now holds
    bool done = false;  ///< the last page: the register writes again
};

/// Applies the office's own entries the server sends back (docs/sync-protocol.md, "Handshake,
/// restores and clones"): after a restore, the entries the backup lost; for `hotich-admin recover`,
/// every entry of the office from sequence 1 into a new empty register. Each entry is written as it
/// was first written (same UUIDs, numbers, books, dates, payloads, times and officer) through the
/// register's own write paths, and appended to the outbox at the same sequence, so the local chain
/// continues with the hashes the server holds. The only writes that pass the catch-up mark.
class CatchUp
{
public:
    CatchUp(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Applies entries from … from + n − 1 of the office in one transaction, all or nothing. `from`
    /// is at most the outbox's last sequence + 1; entries the register already holds must be the
    /// same (then they are skipped: the same page twice changes nothing). Refused whole: a gap,
    /// another office, a malformed entry, a record that is already held, a number or book that is
    /// not the register's next, an amendment of an unknown record. The server holds every entry it
    /// sends, so `pushed_through` moves to the last one; with `more` false the catch-up mark is
    /// cleared and the register writes again.
    Result<CatchUpOutcome> apply(qint64 from, const QList<SyncEntry> &entries, bool more);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hotich
