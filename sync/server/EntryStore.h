#pragma once

#include "store/SyncEntry.h"
#include "sync/server/PushResult.h"
#include "sync/server/ServerDatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace hotich::server {

/// An outbox entry as the server keeps it: the entry, the two hashes the server computed for it,
/// and which register and epoch sent it first.
struct HeldEntry
{
    SyncEntry entry;
    QByteArray contentHash;
    QByteArray hash; ///< the chain hash
    QUuid registerUuid;
    QUuid epoch;
    qint64 receivedAtMs = 0;
};

/// The offices' chains as the server holds them (table `entries`), the rejections kept beside
/// them, and the pushed side of forks (table `quarantine`, same columns). Append-only: nothing here
/// updates or deletes an entry.
class EntryStore
{
public:
    explicit EntryStore(ServerDatabase &db) : m_db(db) {}

    /// The chain hashes of the office's entries `from` … `to`, in order (fewer when not all held).
    Result<QList<QByteArray>> hashes(const QString &office, qint64 from, qint64 to);
    /// Up to `max` entries of the office from `fromSeq` on, in order.
    Result<QList<HeldEntry>> range(const QString &office, qint64 fromSeq, int max);

    /// Adds the office's new entries, in few statements.
    Result<void> append(const QString &office, const QList<HeldEntry> &held);
    /// Keeps the pushed side of a fork under its alert (once: a batch sent again adds nothing).
    Result<void> quarantine(qint64 alertId, const QList<HeldEntry> &held);
    Result<QList<HeldEntry>> quarantined(qint64 alertId);

    Result<void> reject(const QString &office, qint64 seq, const Error &why);
    /// The rejections of the office's entries `from` … `to`.
    Result<QList<EntryRejection>> rejections(const QString &office, qint64 from, qint64 to);

    /// Whether an entry other than the office's `seq` carries the amendment UUID (an amendment is
    /// made once): another office's, or one of this office before `seq` (the entries after it in
    /// the same push are held already, and the first of two is the one that counts).
    Result<bool> holdsAmendment(const QUuid &amendmentId, const QString &office, qint64 seq);

private:
    Result<void> insert(const QString &table, const QVariant &owner, const QList<HeldEntry> &held);
    Result<QList<HeldEntry>> select(const QString &office, const QString &where, const QVariantList &values);

    ServerDatabase &m_db;
};

} // namespace hotich::server
