#pragma once

#include "sync/server/EntryStore.h"
#include "sync/server/Offices.h"
#include "sync/server/ServerDatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace hotich::server {

/// A fork or a clone the province has to resolve: the alert and both versions of the history from
/// the sequence where they part.
struct ForkCase
{
    qint64 alertId = 0;
    QString office;
    QString provinceCode;
    QString kind;       ///< "fork" or "clone"
    qint64 seq = 0;     ///< the first sequence where the histories differ
    QUuid registerUuid; ///< the register and epoch that sent the other version
    QUuid epoch;
    QString vi;
    QString en;
    qint64 createdAtMs = 0;
    QList<HeldEntry> held;   ///< the server's version, from `seq` on
    QList<HeldEntry> pushed; ///< the version kept in quarantine (a clone's is refused, not kept)
};

/// Alerts for the province and the quarantined side of forks. Never merged into the office's
/// history: the province decides which version is the register.
class Quarantine
{
public:
    static constexpr int kShownEntries = 100; ///< of each side, per case

    explicit Quarantine(ServerDatabase &db) : m_db(db) {}

    /// Raises the alert once (a batch sent again finds it) and returns its id.
    Result<qint64> raise(const OfficeHead &office, const QString &kind, qint64 seq, const QUuid &registerUuid,
                         const QUuid &epoch, const Error &why, const QDateTime &now);
    /// The unresolved cases, oldest first, with both sides.
    Result<QList<ForkCase>> open();

private:
    ServerDatabase &m_db;
};

} // namespace hotich::server
