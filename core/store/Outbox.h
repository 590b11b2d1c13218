#pragma once

#include "ChainHead.h"
#include "Database.h"
#include "SyncEntry.h"

#include <QByteArray>
#include <QList>

namespace hotich {

/// An outbox entry as stored: the entry with its content loaded, and its two hashes.
struct OutboxEntry
{
    SyncEntry entry;
    QByteArray contentHash;
    QByteArray hash; ///< the chain hash
    /// The entry names a record or amendment that is not there (a damaged file): its content could
    /// not be loaded. `verify` reports it; sync never sends it.
    bool dangling = false;
};

/// The sync outbox: written in the same transaction as each change, so the server learns of every
/// change exactly once. Entries are portable (SyncEntry): they name records and amendments by UUID
/// and their hashes are recomputed by the server from what it receives. Nothing here deletes.
/// Like the Journal, it follows its chain head in memory: use one Outbox per transaction.
class Outbox
{
public:
    explicit Outbox(Database &db)
        : m_db(db), m_head(db, "SELECT seq, hash FROM outbox ORDER BY seq DESC LIMIT 1")
    {}

    /// Appends the entry (its seq is assigned) with the content hash already computed for it.
    /// Returns the sequence number.
    Result<qint64> append(SyncEntry entry, const QByteArray &contentHash);

    /// Up to `limit` entries from `fromSeq` on, in order, each with the content its hash covers
    /// read from the records, amendments and books it names.
    Result<QList<OutboxEntry>> read(qint64 fromSeq, int limit);

    /// The content and chain hashes of up to `limit` entries from `fromSeq` on, in order, as
    /// written (without their content).
    Result<QList<std::pair<QByteArray, QByteArray>>> hashes(qint64 fromSeq, int limit);
    /// The chain hash of entry `seq` (empty for 0: before the first entry).
    Result<QByteArray> hashAt(qint64 seq);
    /// The last sequence written (0 when the outbox is empty).
    Result<qint64> lastSeq();

    /// The content of an entry from the rows it names (by row id): the record, or the amendment and
    /// its record. Used by read() and by the schema-6 upgrade of older outboxes.
    static Result<void> loadContent(Database &db, SyncEntry &entry, qint64 recordRowId,
                                    qint64 amendmentRowId);

private:
    Database &m_db;
    ChainHead m_head;
};

} // namespace hotich
