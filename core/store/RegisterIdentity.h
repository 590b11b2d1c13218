#pragma once

#include "Database.h"

#include <QUuid>

namespace hotich {

/// Which register this file is, and which history of it (docs/sync-protocol.md). The UUID is made
/// at init and never changes; the epoch is new at init, at every restore and at recovery, so the
/// server tells a restored file (a new epoch) from a clone (the same epoch, another history).
struct RegisterIdentity
{
    QUuid uuid;
    QUuid epoch;
    QString epochOrigin; ///< "init", "restore", "recover"
    qint64 epochStartedAtMs = 0;
    /// After a restore: the office's entries the server holds must come back before it writes.
    bool catchUp = false;
    /// An administrator chose to write before catching up (the history will fork).
    bool allowFork = false;

    /// Whether the register may write new entries now.
    bool writable() const { return !catchUp || allowFork; }

    static Result<RegisterIdentity> read(Database &db);
    /// Starts a new epoch; after a restore the register must catch up before it writes again.
    static Result<RegisterIdentity> beginEpoch(Database &db, const QString &origin, qint64 nowMs);
    /// The catch-up is done (or, with `allowFork`, waived): the register writes again.
    static Result<void> setCatchUp(Database &db, bool catchUp, bool allowFork);
};

/// The error a write gets while the register must catch up after a restore.
Error catchUpFirst();

} // namespace hotich
