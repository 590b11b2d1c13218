#pragma once

#include "sync/server/ServerDatabase.h"

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace hotich::server {

/// The registers and epochs of each office the server has seen (docs/sync-protocol.md, "Handshake,
/// restores and clones"), each with the last sequence it vouched for: the end of a batch the server
/// accepted from it, whose chain matched the server's. A file that shows another history below
/// that sequence under the same register and epoch is a clone.
class RegisterEpochs
{
public:
    explicit RegisterEpochs(ServerDatabase &db) : m_db(db) {}

    /// The last sequence the epoch vouched for, or nothing for an epoch never seen.
    Result<std::optional<qint64>> knownThrough(const QString &office, const QUuid &registerUuid,
                                               const QUuid &epoch);
    /// Notes that the epoch holds the office's chain through `through`.
    Result<void> vouch(const QString &office, const QUuid &registerUuid, const QUuid &epoch, qint64 through,
                       const QDateTime &now);

private:
    ServerDatabase &m_db;
};

} // namespace hotich::server
