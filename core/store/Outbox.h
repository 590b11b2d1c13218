#pragma once

#include "ChainHead.h"
#include "Database.h"

#include <QByteArray>
#include <QString>

namespace hotich {

/// One change waiting for the ministry server.
struct OutboxEntry
{
    qint64 seq = 0; ///< per-office, gapless, from 1
    QString office;
    QString operation; ///< "register" or "amend"
    qint64 recordId = 0;
    qint64 amendmentId = 0; ///< 0 for a registration
    QByteArray contentHash; ///< content hash of the record or amendment row
    qint64 createdAtMs = 0;
    QByteArray hash; ///< BLAKE2b-256 (FieldHasher) of the previous entry's hash and this entry's fields

    QByteArray chainHash(const QByteArray &previous) const;
};

/// The sync outbox: written in the same transaction as each registration or amendment, so the
/// server learns of every change exactly once. The sync engine reads it; nothing here deletes.
/// Like the Journal, it follows its chain head in memory: use one Outbox per transaction.
class Outbox
{
public:
    explicit Outbox(Database &db)
        : m_db(db), m_head(db, "SELECT seq, hash FROM outbox ORDER BY seq DESC LIMIT 1")
    {}
    Result<qint64> append(OutboxEntry entry);

private:
    Database &m_db;
    ChainHead m_head;
};

} // namespace hotich
