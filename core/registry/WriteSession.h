#pragma once

#include "auth/Accounts.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/RegisterIndex.h"
#include "store/RegisterNumbering.h"

#include <QDate>
#include <QDateTime>

#include <memory>
#include <optional>

namespace hotich {

struct RecordView;
struct StoredRecord;

/// What a write transaction shares: the chain heads and register positions it follows in memory,
/// the derived index, and the time it runs at. Kept from one transaction to the next while no
/// other writer has changed the file (WriteSessions).
class WriteSession
{
public:
    explicit WriteSession(Database &db) : journal(db), outbox(db), numbering(db), index(db), m_db(db) {}

    void startAt(QDateTime at, QDate localDate);
    qint64 nowMs() const { return m_nowMs; }
    const QDateTime &now() const { return m_now; }
    QDate today() const { return m_today; }

    /// Refuses to write while the register must catch up after a restore (read once per session:
    /// a sync that clears the mark changes the file, so the next transaction gets a new session).
    Result<void> requireWritable();

    /// The row id the next record takes (read once, then followed).
    Result<qint64> nextRowId();
    void wroteRecord(qint64 rowId) { m_lastRowId = rowId; }

    /// One written row, as the journal (local row ids and hashes) and the sync outbox (the portable
    /// entry) both log it.
    struct Logged
    {
        QString actor;          ///< login
        QString action;         ///< journal action: "record.register", "record.amend"
        QString table;          ///< "records", "amendments"
        qint64 rowId = 0;       ///< the row written
        QByteArray contentHash; ///< the row's local content hash, which the journal vouches for
        QString detail;
        SyncEntry sync;         ///< the outbox entry (its seq is assigned)
        QByteArray payloadHash; ///< of sync.payload, when already computed
    };
    /// Appends the journal entry and the outbox entry of a written row, in this transaction.
    Result<void> log(Logged row);

    /// Writes an amendment of `target` (a JSON merge patch on its current view), updates its search
    /// row, and logs it. `byRecord` is the registration that made it (a correction), or null.
    Result<void> writeAmendment(const QString &office, const RecordView &target, const QString &type,
                                const QJsonObject &patch, const StoredRecord *byRecord, const Account &actor);

    Journal journal;
    Outbox outbox;
    RegisterNumbering numbering;
    RegisterIndex index;

private:
    Database &m_db;
    std::optional<qint64> m_lastRowId;
    std::optional<bool> m_writable;
    QDateTime m_now;
    qint64 m_nowMs = 0;
    QDate m_today;
};

/// Begins write transactions and reuses the last committed session when nothing has changed the
/// file since (its chain heads and register positions are still true): a registration at the
/// counter then reads no chain head again.
class WriteSessions
{
public:
    explicit WriteSessions(Database &db) : m_db(db) {}

    /// Begins a write transaction and the session it runs in, at `now`; `today` is the local date
    /// the rules were checked on (finding it takes a time-zone look-up).
    Result<void> begin(std::optional<Transaction> &tx, std::unique_ptr<WriteSession> &session, QDateTime now,
                       QDate today);
    /// Commits; the session is kept for the next transaction.
    Result<void> commit(std::optional<Transaction> &tx, std::unique_ptr<WriteSession> &session);

private:
    Database &m_db;
    std::unique_ptr<WriteSession> m_last; ///< the last committed session, while m_lastVersion holds
    unsigned m_lastVersion = 0;
};

} // namespace hotich
