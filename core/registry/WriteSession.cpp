#include "WriteSession.h"

#include "RecordView.h"
#include "store/RecordStore.h"
#include "store/RegisterIdentity.h"

using namespace Qt::StringLiterals;

namespace hotich {

void WriteSession::startAt(QDateTime at, QDate localDate)
{
    m_now = std::move(at);
    m_nowMs = m_now.toMSecsSinceEpoch();
    m_today = localDate;
}

Result<void> WriteSession::requireWritable()
{
    if (!m_writable) {
        auto identity = RegisterIdentity::read(m_db);
        if (!identity)
            return identity.error();
        m_writable = identity->writable();
    }
    if (!*m_writable)
        return catchUpFirst();
    return {};
}

Result<qint64> WriteSession::nextRowId()
{
    if (!m_lastRowId) {
        auto last = RecordStore(m_db).lastRowId();
        if (!last)
            return last.error();
        m_lastRowId = last.value();
    }
    return *m_lastRowId + 1;
}

Result<void> WriteSession::log(Logged row)
{
    JournalEntry entry;
    entry.atMs = m_nowMs;
    entry.actor = row.actor;
    entry.action = row.action;
    entry.targetTable = row.table;
    entry.targetId = row.rowId;
    entry.contentHash = std::move(row.contentHash);
    entry.detail = std::move(row.detail);
    if (auto r = journal.append(std::move(entry)); !r)
        return r.error();
    row.sync.createdAtMs = row.createdAtMs.value_or(m_nowMs);
    const QByteArray portableHash = row.sync.contentHash(row.payloadHash);
    if (auto r = outbox.append(std::move(row.sync), portableHash); !r)
        return r.error();
    return {};
}

Result<void> WriteSession::writeAmendment(const QString &office, const RecordView &target,
                                          const QString &type, const QJsonObject &patch,
                                          const StoredRecord *byRecord, const Account &actor)
{
    StoredAmendment amendment;
    amendment.type = type;
    amendment.patch = RecordStore::serialize(patch);
    amendment.createdAtMs = m_nowMs;
    return writeAmendment(office, target, amendment, byRecord, Author::of(actor), type);
}

Result<void> WriteSession::writeAmendment(const QString &office, const RecordView &target,
                                          StoredAmendment &amendment, const StoredRecord *byRecord,
                                          const Author &author, const QString &journalDetail)
{
    const qint64 targetRowId = target.stored.rowId;
    RecordStore store(m_db);
    amendment.recordRowId = targetRowId;
    amendment.byRecordRowId = byRecord ? byRecord->rowId : 0;
    amendment.createdBy = author.accountId;
    if (auto r = store.insert(amendment); !r)
        return r;

    auto amendments = store.amendmentsOf(targetRowId);
    if (!amendments)
        return amendments.error();
    const RecordView view = RecordView::derive(target.stored, amendments.value());
    if (auto r = index.write(targetRowId, IndexEntry::of(target.stored.kind, view.current), true); !r)
        return r;

    WriteSession::Logged logged;
    logged.actor = author.login;
    logged.action = u"record.amend"_s;
    logged.table = u"amendments"_s;
    logged.rowId = amendment.rowId;
    logged.contentHash = amendment.contentHash();
    logged.detail = journalDetail.isEmpty() ? amendment.type : journalDetail;
    logged.sync.office = office;
    logged.sync.operation = SyncEntry::Operation::Amend;
    logged.sync.actorLogin = author.login;
    logged.sync.actorName = author.fullName;
    logged.sync.recordId = target.stored.id;
    logged.sync.amendmentId = amendment.id;
    logged.sync.amendmentType = amendment.type;
    logged.sync.payload = amendment.patch.toUtf8();
    if (byRecord)
        logged.sync.byRecordId = byRecord->id;
    logged.createdAtMs = amendment.createdAtMs;
    return log(std::move(logged));
}

Result<void> WriteSession::writeRecord(StoredRecord &record, const IndexEntry &indexEntry,
                                       const QByteArray &payloadHash, const Author &author,
                                       const QString &journalDetail)
{
    record.createdBy = author.accountId;
    if (auto r = RecordStore(m_db).insert(record); !r)
        return r;
    wroteRecord(record.rowId);
    if (auto r = index.write(record.rowId, indexEntry, false); !r)
        return r;

    WriteSession::Logged logged;
    logged.actor = author.login;
    logged.action = u"record.register"_s;
    logged.table = u"records"_s;
    logged.rowId = record.rowId;
    logged.contentHash = record.contentHash(payloadHash);
    logged.detail = journalDetail;
    logged.sync.office = record.office;
    logged.sync.operation = SyncEntry::Operation::Register;
    logged.sync.actorLogin = author.login;
    logged.sync.actorName = author.fullName;
    logged.sync.recordId = record.id;
    logged.sync.kind = record.kind;
    logged.sync.year = record.year;
    logged.sync.number = record.number;
    logged.sync.book = record.book;
    logged.sync.registrationDate = record.registrationDate;
    logged.sync.payload = record.payloadUtf8.isEmpty() ? record.payload.toUtf8() : record.payloadUtf8;
    logged.payloadHash = payloadHash;
    logged.createdAtMs = record.createdAtMs;
    return log(std::move(logged));
}

Result<void> WriteSessions::begin(std::optional<Transaction> &tx, std::unique_ptr<WriteSession> &session,
                                  QDateTime now, QDate today)
{
    tx.emplace(m_db);
    if (auto r = tx->begin(); !r) {
        tx.reset();
        return r;
    }
    if (m_last && m_db.dataVersion() == m_lastVersion)
        session = std::move(m_last);
    else
        session = std::make_unique<WriteSession>(m_db);
    m_last.reset();
    session->startAt(std::move(now), today);
    return {};
}

Result<void> WriteSessions::commit(std::optional<Transaction> &tx, std::unique_ptr<WriteSession> &session)
{
    auto committed = tx->commit();
    tx.reset();
    if (!committed) {
        session.reset();
        return committed;
    }
    m_lastVersion = m_db.dataVersion();
    m_last = std::move(session);
    return {};
}

} // namespace hotich
