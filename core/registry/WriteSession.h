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
struct StoredAmendment;
struct StoredRecord;
struct IndexEntry;

/// Who wrote a row: the local account the row names, and the login and full name its journal and
/// outbox entries carry. They are the account's own, except for an entry the register gets back from
/// the server (CatchUp), which keeps the officer who first wrote it.
struct Author
{
    qint64 accountId = 0;
    QString login;
    QString fullName;

    static Author of(const Account &account) { return {account.id, account.login, account.fullName}; }
};

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
        /// When the entry was first written, if not now: a caught-up entry keeps its time (it is hashed).
        std::optional<qint64> createdAtMs;
    };
    /// Appends the journal entry and the outbox entry of a written row, in this transaction.
    Result<void> log(Logged row);

    /// Writes an amendment of `target` (a JSON merge patch on its current view), updates its search
    /// row, and logs it. `byRecord` is the registration that made it (a correction), or null.
    Result<void> writeAmendment(const QString &office, const RecordView &target, const QString &type,
                                const QJsonObject &patch, const StoredRecord *byRecord, const Account &actor);
    /// Writes `amendment` of `target` as it is (type, patch text, time; its UUID when set, see
    /// RecordStore::insert), updates the target's search row, and logs it under `author`.
    Result<void> writeAmendment(const QString &office, const RecordView &target, StoredAmendment &amendment,
                                const StoredRecord *byRecord, const Author &author,
                                const QString &journalDetail = {});
    /// Writes a record whose register position is already taken, its search row, and logs it under
    /// `author` (the record's createdBy is the author's account).
    Result<void> writeRecord(StoredRecord &record, const IndexEntry &indexEntry,
                             const QByteArray &payloadHash, const Author &author,
                             const QString &journalDetail = {});

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
