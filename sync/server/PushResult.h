#pragma once

#include "store/SyncEntry.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace hotich::server {

/// One push of an office's register (docs/sync-protocol.md, "One sync"): outbox entries `from` …
/// `from + n − 1`, and the client's chain hash after the last one.
struct PushBatch
{
    QString office; ///< the credential's office
    QUuid registerUuid;
    QUuid epoch;
    qint64 from = 1;
    QList<SyncEntry> entries;
    QByteArray head; ///< empty when the client holds no entry yet
};

/// An entry the server holds but refused to apply, for good: a rule across offices that it breaks.
/// The sequence still advances; the office keeps the rejection with its record.
struct EntryRejection
{
    qint64 seq = 0;
    QString code;
    QString vi;
    QString en;
};

/// What the server did with a push. A refusal of the whole batch (a gap, a fork, a clone, another
/// office's entry, a chain that does not match) is an answer, not a failure: `refused` holds it and
/// `through` still tells the client where the server stands. Only a failure of the server itself
/// (its database, `server.busy`) is an Error of applyPush.
struct PushResult
{
    qint64 through = 0; ///< the highest sequence the server holds for the office
    int applied = 0;    ///< entries this push added (0 for a repeated batch)
    /// Rejections of the batch's entries, also of those held from an earlier send of the batch.
    QList<EntryRejection> rejected;
    /// The batch went to quarantine (a fork, `refused` is push.fork): the sequences kept there.
    QList<qint64> quarantined;
    /// The office's entries after the client's last one, when the client is behind with a history
    /// that matches (a restored register): applied by the client as they are.
    QList<SyncEntry> catchUp;
    bool catchUpMore = false; ///< more entries wait after catchUp
    /// Why nothing of the batch was applied: push.gap, push.fork, register.clone, office.mismatch,
    /// push.headMismatch, frame.malformed.
    std::optional<Error> refused;

    /// The sequence the server expects next (what a push.gap names).
    qint64 expected() const { return through + 1; }
};

} // namespace hotich::server
