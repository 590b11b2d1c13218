#include "RecordStore.h"

#include "Statement.h"
#include "model/PartialDate.h"
#include "util/Hash.h"
#include "util/JsonWriter.h"
#include "util/Uuid.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

StoredRecord StoredRecord::fromRow(const QSqlQuery &q)
{
    StoredRecord r;
    r.rowId = q.value(0).toLongLong();
    r.id = QUuid::fromRfc4122(q.value(1).toByteArray());
    r.office = q.value(2).toString();
    r.kind = parseKindCode(q.value(3).toString()).value_or(EventKind::Birth);
    r.year = q.value(4).toInt();
    r.number = q.value(5).toInt();
    r.book = q.value(6).toInt();
    r.registrationDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.payload = q.value(8).toString();
    r.createdAtMs = q.value(9).toLongLong();
    r.createdBy = q.value(10).toLongLong();
    return r;
}

StoredRecord StoredRecord::fromRow(const Statement &q)
{
    StoredRecord r;
    r.rowId = q.int64(0);
    r.id = QUuid::fromRfc4122(q.blob(1));
    r.office = q.text(2);
    r.kind = parseKindCode(q.text(3)).value_or(EventKind::Birth);
    r.year = int(q.int64(4));
    r.number = int(q.int64(5));
    r.book = int(q.int64(6));
    r.registrationDate = QDate::fromString(q.text(7), Qt::ISODate);
    r.payload = q.text(8);
    r.createdAtMs = q.int64(9);
    r.createdBy = q.int64(10);
    return r;
}

StoredAmendment StoredAmendment::fromRow(const Statement &q)
{
    StoredAmendment a;
    a.rowId = q.int64(0);
    a.recordRowId = q.int64(1);
    a.type = q.text(2);
    a.byRecordRowId = q.int64(3);
    a.patch = q.text(4);
    a.createdAtMs = q.int64(5);
    a.createdBy = q.int64(6);
    a.id = QUuid::fromRfc4122(q.blob(7));
    return a;
}

StoredAmendment StoredAmendment::fromRow(const QSqlQuery &q)
{
    StoredAmendment a;
    a.rowId = q.value(0).toLongLong();
    a.recordRowId = q.value(1).toLongLong();
    a.type = q.value(2).toString();
    a.byRecordRowId = q.value(3).toLongLong();
    a.patch = q.value(4).toString();
    a.createdAtMs = q.value(5).toLongLong();
    a.createdBy = q.value(6).toLongLong();
    a.id = QUuid::fromRfc4122(q.value(7).toByteArray());
    return a;
}

QJsonObject StoredRecord::json() const
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

QByteArray StoredRecord::payloadHash(const QString &payload)
{
    return payloadHashOfUtf8(payload.toUtf8());
}

QByteArray StoredRecord::payloadHashOfUtf8(const QByteArray &payloadUtf8)
{
    return FieldHasher::of(QByteArrayView(payloadUtf8));
}

QByteArray StoredRecord::contentHash(const QByteArray &payloadHash) const
{
    return FieldHasher()
        .add(QByteArrayView(id.toRfc4122()))
        .add(office)
        .add(kindCode(kind))
        .add(qint64(year))
        .add(qint64(number))
        .add(qint64(book))
        .add(isoDate(registrationDate))
        .add(QByteArrayView(payloadHash))
        .add(createdAtMs)
        .add(createdBy)
        .result();
}

QJsonObject StoredAmendment::patchJson() const
{
    return QJsonDocument::fromJson(patch.toUtf8()).object();
}

QByteArray StoredAmendment::contentHash() const
{
    return FieldHasher()
        .add(recordRowId)
        .add(type)
        .add(byRecordRowId)
        .add(patch)
        .add(createdAtMs)
        .add(createdBy)
        .result();
}

QString RecordStore::serialize(const QJsonObject &json)
{
    return compactJson(json);
}

Result<void> RecordStore::insert(StoredRecord &r)
{
    Q_ASSERT(r.rowId > 0 && rowIdInRecordUuid(r.id) == r.rowId);
    Statement &q = m_db.prepared("INSERT INTO records (id, uuid, office, kind, year, number, book, "
                                 "registration_date, payload, created_at, created_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, r.rowId).bindBlob(2, r.id.toRfc4122()).bind(3, r.office).bind(4, kindCode(r.kind));
    if (r.number)
        q.bind(5, qint64(r.year)).bind(6, qint64(r.number));
    if (r.book)
        q.bind(7, qint64(r.book));
    q.bind(8, isoDate(r.registrationDate)).bind(10, r.createdAtMs).bind(11, r.createdBy);
    if (r.payloadUtf8.isEmpty())
        q.bind(9, r.payload);
    else
        q.bindUtf8(9, r.payloadUtf8);
    return q.run(u"ghi hồ sơ"_s);
}

Result<void> RecordStore::insert(StoredAmendment &a)
{
    auto last =
        m_db.prepared("SELECT coalesce(max(id), 0) FROM amendments").number(u"đọc nội dung sửa đổi"_s);
    if (!last)
        return last.error();
    a.rowId = last.value() + 1;
    if (a.id.isNull()) {
        a.id = makeRecordUuid(QDateTime::fromMSecsSinceEpoch(a.createdAtMs, Qt::UTC), a.rowId);
    } else if (rowIdInRecordUuid(a.id) != a.rowId) {
        // Found by the row id its UUID carries (Outbox::read): it can only take that row.
        return Error::make(
            ErrorKind::Conflict, u"amendment.row"_s,
            u"Nội dung sửa đổi %1 phải là dòng %2 của sổ, nhưng dòng tiếp theo là %3"_s.arg(uuidText(a.id))
                .arg(rowIdInRecordUuid(a.id))
                .arg(a.rowId),
            u"Amendment %1 must be row %2 of the register, but the next row is %3"_s.arg(uuidText(a.id))
                .arg(rowIdInRecordUuid(a.id))
                .arg(a.rowId));
    }
    Statement &q = m_db.prepared("INSERT INTO amendments (id, record, type, by_record, patch, created_at, "
                                 "created_by, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, a.rowId).bind(2, a.recordRowId).bind(3, a.type);
    if (a.byRecordRowId)
        q.bind(4, a.byRecordRowId);
    q.bind(5, a.patch).bind(6, a.createdAtMs).bind(7, a.createdBy).bindBlob(8, a.id.toRfc4122());
    return q.run(u"ghi nội dung sửa đổi"_s);
}

Result<std::optional<StoredRecord>> RecordStore::findWhere(const QString &where, const QVariant &key)
{
    Reader q(m_db.statement(u"SELECT "_s + QLatin1StringView(StoredRecord::kColumns) +
                            u" FROM records WHERE "_s + where));
    q->bindValue(0, key);
    if (auto res = m_db.run(*q, u"đọc hồ sơ"_s); !res)
        return res.error();
    if (!q->next())
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(StoredRecord::fromRow(*q));
}

Result<std::optional<StoredRecord>> RecordStore::find(const QUuid &id)
{
    // The row id the UUID carries, checked against the UUID; records made before schema 4 keep
    // their UUIDs in legacy_record_uuids.
    auto found = findByRowId(rowIdInRecordUuid(id));
    if (!found || (found->has_value() && (*found)->id == id))
        return found;
    return findWhere(u"id = (SELECT record FROM legacy_record_uuids WHERE uuid = ?)"_s, id.toRfc4122());
}

Result<qint64> RecordStore::lastRowId()
{
    return m_db.prepared("SELECT coalesce(max(id), 0) FROM records").number(u"đọc hồ sơ"_s);
}

Result<std::optional<StoredRecord>> RecordStore::findByRowId(qint64 rowId)
{
    // On SQLite's own statement: found at every sync of every entry and every ID number pulled.
    Statement &q = m_db.prepared("SELECT " HOTICH_RECORD_COLUMNS " FROM records WHERE id = ?");
    q.bind(1, rowId);
    auto row = q.step(u"đọc hồ sơ"_s);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredRecord>();
    std::optional<StoredRecord> found(StoredRecord::fromRow(q));
    q.reset();
    return found;
}

Result<QList<StoredAmendment>> RecordStore::amendmentsOf(qint64 recordRowId)
{
    Statement &q =
        m_db.prepared("SELECT " HOTICH_AMENDMENT_COLUMNS " FROM amendments WHERE record = ? ORDER BY id");
    q.bind(1, recordRowId);
    QList<StoredAmendment> list;
    for (;;) {
        auto row = q.step(u"đọc nội dung sửa đổi"_s);
        if (!row)
            return row.error();
        if (!*row)
            return list;
        list << StoredAmendment::fromRow(q);
    }
}

Result<void> RecordStore::forEachRecordId(std::optional<EventKind> kind,
                                          const std::function<Result<void>(const QUuid &)> &visit)
{
    // Its own statement, not a cached one: `visit` reads the register with the cached ones.
    QSqlQuery ids(m_db.connection());
    ids.setForwardOnly(true);
    if (!ids.prepare(kind ? u"SELECT uuid FROM records WHERE kind = ? ORDER BY id"_s
                          : u"SELECT uuid FROM records ORDER BY id"_s))
        return m_db.errorFrom(ids.lastError(), u"đọc hồ sơ"_s);
    if (kind)
        ids.bindValue(0, kindCode(*kind));
    if (auto r = m_db.run(ids, u"đọc hồ sơ"_s); !r)
        return r;
    while (ids.next()) {
        if (auto r = visit(QUuid::fromRfc4122(ids.value(0).toByteArray())); !r)
            return r;
    }
    return {};
}

} // namespace hotich
