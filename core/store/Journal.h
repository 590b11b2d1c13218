#pragma once

#include "ChainHead.h"
#include "Database.h"

#include <QByteArray>
#include <QString>

namespace hotich {

/// One entry of the audit journal: who did what, when, to which row (with the row's content hash).
struct JournalEntry
{
    qint64 seq = 0;
    qint64 atMs = 0; ///< Unix milliseconds, UTC
    QString actor;   ///< account login
    QString action;  ///< "record.register", "account.add", "login.failed", …
    QString targetTable;
    qint64 targetId = 0;
    QByteArray contentHash;
    QString detail;
    QByteArray hash; ///< BLAKE2b-256 (FieldHasher) of the previous entry's hash and this entry's fields

    /// Computes the chain hash of this entry following `previous` (empty for the first entry).
    QByteArray chainHash(const QByteArray &previous) const;
};

/// Appends entries to the audit journal. Every write to the register goes through here, inside
/// the same transaction as the write, so the journal can never miss or invent a change.
/// The head of the chain is read once and then followed in memory: use one Journal per transaction.
class Journal
{
public:
    explicit Journal(Database &db)
        : m_db(db), m_head(db, "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
    {}

    /// Appends the entry (seq and hash are filled in) and returns its sequence number.
    Result<qint64> append(JournalEntry entry);

private:
    Database &m_db;
    ChainHead m_head;
};

} // namespace hotich
