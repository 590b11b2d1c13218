#pragma once

#include "sync/server/ChangeFeed.h"
#include "sync/server/CrossOfficeRules.h"
#include "sync/server/EntryStore.h"
#include "sync/server/IdNumberRequests.h"
#include "sync/server/Offices.h"
#include "sync/server/PopulationRegistry.h"
#include "sync/server/PushResult.h"
#include "sync/server/RecordLedger.h"
#include "sync/server/ServerDatabase.h"

#include <QDateTime>

#include <optional>

namespace hotich::server {

/// Applies one push of an office (docs/sync-protocol.md, "One sync"), in one transaction that
/// begins by locking the office's row: two server processes given batches of the same office apply
/// them one after the other, and the second finds the first's entries held.
///
/// The server recomputes every content hash and the chain from its own hash before `from`, so what
/// it stores is what the entries say, whatever the client claims; the client's head must then be
/// the recomputed one. Entries it already holds with the same hash are skipped (a batch sent again
/// changes nothing and gets the same answer); a gap, another office's entry or a chain that does
/// not match refuse the batch. An entry at a held sequence with another hash is a fork, kept in
/// quarantine, or, when the same register and epoch had vouched for the held one, a clone, refused.
/// New entries are held in order; one that breaks a rule across offices is held but rejected, and
/// the entries behind it still apply.
class PushIngest
{
public:
    static constexpr int kMaximumBatch = 2000;
    static constexpr int kCatchUpPage = 2000;

    PushIngest(ServerDatabase &db, PopulationRegistry &registry) : m_db(db), m_registry(registry) {}

    Result<PushResult> apply(const PushBatch &batch, const QDateTime &now);

private:
    static std::optional<Error> checkShape(const PushBatch &batch);
    /// What follows an entry applied to the records (`outcome`): its rejection kept, or the rules
    /// across offices (`rules`) for a new registration, whose findings are added to `feed`, and a new birth
    /// that asks for an ID number added to `wanted`. Returns the rejection, if the entry has one.
    Result<std::optional<EntryRejection>> settle(const OfficeHead &office, const SyncEntry &entry,
                                                 const LedgerOutcome &outcome, CrossOfficeRules &rules,
                                                 QList<OfficeChange> &feed,
                                                 QList<IdNumberRequests::Birth> &wanted);

    ServerDatabase &m_db;
    PopulationRegistry &m_registry;
};

} // namespace hotich::server
