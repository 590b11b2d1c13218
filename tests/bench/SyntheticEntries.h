#pragma once

#include "store/SyncEntry.h"
#include "util/Result.h"

#include <vector>

namespace hotich::bench {

/// `count` birth registrations of one office as its outbox entries (seq 1 …), as the sync engine
/// pushes them: each payload is tests/data/records/birth.json with the child, parents, dates and
/// places of a SyntheticRecords birth, ID numbers that agree with sex and year, canonicalised as
/// the register stores it; record UUIDs, numbers and times as a register makes them (two officers,
/// office hours, 3 to 20 minutes apart). Deterministic for a seed.
Result<std::vector<SyncEntry>> syntheticBirthEntries(qsizetype count, quint32 seed,
                                                     const QString &office = QStringLiteral("00004"));

/// What a push of those entries costs on the wire.
struct PushWireSize
{
    qsizetype entries = 0;
    qsizetype payloadBytes = 0; ///< their canonical JSON, as stored
    qsizetype cborBytes = 0;    ///< the request's CBOR, before zstd
    qsizetype frameBytes = 0;   ///< the request as sent

    double perEntry() const { return entries ? double(frameBytes) / double(entries) : 0.0; }
};

/// The size of one sync request pushing `entries` (a pull of a 16-byte cursor beside it), at a
/// zstd level (0: the protocol's for the frame's size).
Result<PushWireSize> measurePush(const std::vector<SyncEntry> &entries, int level = 0);

} // namespace hotich::bench
