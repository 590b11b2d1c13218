#include "Outbox.h"

#include "RecordStore.h"
#include "Statement.h"
#include "util/Uuid.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

/// Fills an entry with its record: the UUID, and for a registration its content.
void takeRecord(SyncEntry &entry, const StoredRecord &record)
{
    entry.recordId = record.id;
    if (entry.operation == SyncEntry::Operation::Register) {
        entry.kind = record.kind;
        entry.year = record.year;
        entry.number = record.number;
        entry.book = record.book;
        entry.registrationDate = record.registrationDate;
        entry.payload = record.payload.toUtf8();
    }
}

} // namespace

Result<qint64> Outbox::append(SyncEntry entry, const QByteArray &contentHash)
{
    const auto link = m_head.next(u"đọc hàng đợi đồng bộ"_s);
    if (!link)
        return link.error();
    entry.seq = link->seq;
    const QByteArray hash = entry.chainHash(link->previous, contentHash);
    Statement &insert = m_db.prepared(
        "INSERT INTO outbox (seq, office, operation, record_uuid, amendment_uuid, book_kind, book_year, "
        "book_volume, actor_login, actor_name, content_hash, hash, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.seq).bind(2, entry.office).bind(3, operationCode(entry.operation));
    if (!entry.recordId.isNull())
        insert.bindBlob(4, entry.recordId.toRfc4122());
    if (!entry.amendmentId.isNull())
        insert.bindBlob(5, entry.amendmentId.toRfc4122());
    if (entry.operation == SyncEntry::Operation::BookClose)
        insert.bind(6, kindCode(entry.kind)).bind(7, qint64(entry.year)).bind(8, qint64(entry.book));
    insert.bind(9, entry.actorLogin).bind(10, entry.actorName);
    insert.bindBlob(11, contentHash).bindBlob(12, hash).bind(13, entry.createdAtMs);
    if (auto r = insert.run(u"ghi hàng đợi đồng bộ"_s); !r)
        return r.error();
    m_head.advance(entry.seq, hash);
    return entry.seq;
}

Result<void> Outbox::loadContent(Database &db, SyncEntry &entry, qint64 recordRowId, qint64 amendmentRowId)
{
    RecordStore store(db);
    auto missing = [&](const QString &what, qint64 id) {
        return Error::make(
            ErrorKind::Corrupt, u"outbox.dangling"_s,
            u"Mục %1 của hàng đợi đồng bộ trỏ tới %2 %3 không có"_s.arg(entry.seq).arg(what).arg(id),
            u"Outbox entry %1 names a missing %2 %3"_s.arg(entry.seq).arg(what).arg(id));
    };
    if (entry.operation == SyncEntry::Operation::Amend) {
        QSqlQuery &q = db.statement(u"SELECT "_s + QLatin1StringView(StoredAmendment::kColumns) +
                                    u" FROM amendments WHERE id = ?"_s);
        Reader reader(q);
        q.bindValue(0, amendmentRowId);
        if (auto r = db.run(q, u"đọc nội dung sửa đổi"_s); !r)
            return r;
        if (!q.next())
            return missing(u"nội dung sửa đổi"_s, amendmentRowId);
        const StoredAmendment a = StoredAmendment::fromRow(q);
        entry.amendmentId = a.id;
        entry.amendmentType = a.type;
        entry.payload = a.patch.toUtf8();
        recordRowId = a.recordRowId;
        if (a.byRecordRowId) {
            auto by = store.findByRowId(a.byRecordRowId);
            if (!by)
                return by.error();
            if (!by->has_value())
                return missing(u"hồ sơ"_s, a.byRecordRowId);
            entry.byRecordId = (*by)->id;
        }
    }
    if (entry.operation == SyncEntry::Operation::BookClose)
        return {};
    auto record = store.findByRowId(recordRowId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return missing(u"hồ sơ"_s, recordRowId);
    takeRecord(entry, **record);
    return {};
}

Result<QByteArray> Outbox::hashAt(qint64 seq)
{
    if (seq <= 0)
        return QByteArray();
    Reader q(m_db.statement(u"SELECT hash FROM outbox WHERE seq = ?"_s));
    q->bindValue(0, seq);
    if (auto r = m_db.run(*q, u"đọc hàng đợi đồng bộ"_s); !r)
        return r.error();
    if (!q->next()) {
        return Error::make(ErrorKind::NotFound, u"outbox.missing"_s,
                           u"Hàng đợi đồng bộ không có mục %1"_s.arg(seq),
                           u"The outbox has no entry %1"_s.arg(seq));
    }
    return q->value(0).toByteArray();
}

Result<QList<std::pair<QByteArray, QByteArray>>> Outbox::hashes(qint64 fromSeq, int limit)
{
    Reader q(m_db.statement(u"SELECT content_hash, hash FROM outbox WHERE seq >= ? ORDER BY seq LIMIT ?"_s));
    q->bindValue(0, fromSeq);
    q->bindValue(1, limit);
    if (auto r = m_db.run(*q, u"đọc hàng đợi đồng bộ"_s); !r)
        return r.error();
    QList<std::pair<QByteArray, QByteArray>> out;
    while (q->next())
        out.append({q->value(0).toByteArray(), q->value(1).toByteArray()});
    return out;
}

Result<qint64> Outbox::lastSeq()
{
    return m_db.prepared("SELECT coalesce(max(seq), 0) FROM outbox").number(u"đọc hàng đợi đồng bộ"_s);
}

Result<QList<OutboxEntry>> Outbox::read(qint64 fromSeq, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT seq, office, operation, record_uuid, amendment_uuid, book_kind, book_year, "
                   u"book_volume, actor_login, actor_name, content_hash, hash, created_at FROM outbox "
                   u"WHERE seq >= ? ORDER BY seq LIMIT ?"_s))
        return m_db.errorFrom(q.lastError(), u"đọc hàng đợi đồng bộ"_s);
    q.bindValue(0, fromSeq);
    q.bindValue(1, limit);
    if (auto r = m_db.run(q, u"đọc hàng đợi đồng bộ"_s); !r)
        return r.error();
    QList<OutboxEntry> entries;
    while (q.next()) {
        OutboxEntry out;
        SyncEntry &e = out.entry;
        e.seq = q.value(0).toLongLong();
        e.office = q.value(1).toString();
        e.operation = parseOperationCode(q.value(2).toString()).value_or(SyncEntry::Operation::Register);
        e.recordId = QUuid::fromRfc4122(q.value(3).toByteArray());
        e.amendmentId = QUuid::fromRfc4122(q.value(4).toByteArray());
        if (e.operation == SyncEntry::Operation::BookClose) {
            e.kind = parseKindCode(q.value(5).toString()).value_or(EventKind::Birth);
            e.year = q.value(6).toInt();
            e.book = q.value(7).toInt();
        }
        e.actorLogin = q.value(8).toString();
        e.actorName = q.value(9).toString();
        out.contentHash = q.value(10).toByteArray();
        out.hash = q.value(11).toByteArray();
        e.createdAtMs = q.value(12).toLongLong();
        // The rows are found by the row id their UUID carries (records made before schema 4 by
        // their legacy UUID).
        if (e.operation == SyncEntry::Operation::Register) {
            auto record = RecordStore(m_db).find(e.recordId);
            if (!record)
                return record.error();
            if (record->has_value())
                takeRecord(e, **record);
            else
                out.dangling = true;
            entries << out;
            continue;
        }
        const qint64 amendmentRowId = e.amendmentId.isNull() ? 0 : rowIdInRecordUuid(e.amendmentId);
        if (auto r = loadContent(m_db, e, 0, amendmentRowId); !r) {
            if (r.error().code != u"outbox.dangling"_s)
                return r.error();
            out.dangling = true;
        }
        entries << out;
    }
    return entries;
}

} // namespace hotich
