#include "sync/server/EntryStore.h"

#include "model/PartialDate.h"
#include "sync/server/BulkInsert.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

constexpr QStringView kColumns =
    u"seq, operation, record_uuid, amendment_uuid, by_record_uuid, kind, year, number, book, "
    u"registration_date, amendment_type, payload, created_at, actor_login, actor_name, content_hash, hash, "
    u"register_uuid, epoch_uuid, received_at";

HeldEntry fromRow(const Rows &q, const QString &office)
{
    HeldEntry h;
    SyncEntry &e = h.entry;
    e.office = office; // one office per table read; the column is not repeated
    e.seq = q.value(0).toLongLong();
    e.operation = parseOperationCode(q.value(1).toString()).value_or(SyncEntry::Operation::Register);
    e.recordId = uuidFrom(q.value(2));
    e.amendmentId = uuidFrom(q.value(3));
    e.byRecordId = uuidFrom(q.value(4));
    e.kind = parseKindCode(q.value(5).toString()).value_or(EventKind::Birth);
    e.year = q.value(6).toInt();
    e.number = q.value(7).toInt();
    e.book = q.value(8).toInt();
    e.registrationDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.amendmentType = q.value(10).toString();
    e.payload = q.value(11).toByteArray();
    e.createdAtMs = q.value(12).toLongLong();
    e.actorLogin = q.value(13).toString();
    e.actorName = q.value(14).toString();
    h.contentHash = q.value(15).toByteArray();
    h.hash = q.value(16).toByteArray();
    h.registerUuid = uuidFrom(q.value(17));
    h.epoch = uuidFrom(q.value(18));
    h.receivedAtMs = q.value(19).toLongLong();
    return h;
}

} // namespace

Result<QList<QByteArray>> EntryStore::hashes(const QString &office, qint64 from, qint64 to)
{
    QList<QByteArray> out;
    if (to < from)
        return out;
    auto q = m_db.run(u"SELECT hash FROM entries WHERE office = ? AND seq >= ? AND seq <= ? ORDER BY seq"_s,
                      {office, from, to}, u"đọc chuỗi của đơn vị"_s);
    if (!q)
        return q.error();
    while (q->next())
        out << q->value(0).toByteArray();
    return out;
}

Result<QList<HeldEntry>> EntryStore::select(const QString &office, const QString &where,
                                            const QVariantList &values)
{
    auto q = m_db.run(u"SELECT "_s + kColumns + where, values, u"đọc các mục đồng bộ"_s);
    if (!q)
        return q.error();
    QList<HeldEntry> out;
    while (q->next())
        out << fromRow(*q, office);
    return out;
}

Result<QList<HeldEntry>> EntryStore::range(const QString &office, qint64 fromSeq, int max)
{
    return select(office, u" FROM entries WHERE office = ? AND seq >= ? ORDER BY seq LIMIT ?"_s,
                  {office, fromSeq, max});
}

Result<QList<HeldEntry>> EntryStore::quarantined(qint64 alertId)
{
    auto office = m_db.run(u"SELECT office FROM alerts WHERE id = ?"_s, {alertId}, u"đọc cảnh báo"_s);
    if (!office)
        return office.error();
    if (!office->next())
        return QList<HeldEntry>();
    return select(office->value(0).toString(), u" FROM quarantine WHERE alert = ? ORDER BY seq"_s, {alertId});
}

Result<void> EntryStore::insert(const QString &table, const QVariant &owner, const QList<HeldEntry> &held)
{
    const QString ownerColumn = table == u"entries"_s ? u"office"_s : u"alert"_s;
    const QString conflict = table == u"entries"_s ? QString() : u" ON CONFLICT DO NOTHING"_s;
    BulkInsert rows(m_db, table + u" ("_s + ownerColumn + u", "_s + kColumns + u')', 21, conflict,
                    u"ghi mục đồng bộ"_s);
    for (const HeldEntry &h : held) {
        const SyncEntry &e = h.entry;
        rows.add({owner, e.seq, operationCode(e.operation), uuidValue(e.recordId), uuidValue(e.amendmentId),
                  uuidValue(e.byRecordId), kindCode(e.kind), e.year, e.number, e.book,
                  e.registrationDate.isValid() ? isoDate(e.registrationDate) : QString(u""_s),
                  e.amendmentType.isNull() ? QString(u""_s) : e.amendmentType,
                  // Never NULL: an empty payload and a missing one hash alike.
                  e.payload.isNull() ? QByteArray("") : e.payload, e.createdAtMs,
                  e.actorLogin.isNull() ? QString(u""_s) : e.actorLogin,
                  e.actorName.isNull() ? QString(u""_s) : e.actorName, h.contentHash, h.hash,
                  uuidValue(h.registerUuid), uuidValue(h.epoch), h.receivedAtMs});
    }
    return rows.run();
}

Result<void> EntryStore::append(const QString &office, const QList<HeldEntry> &held)
{
    return insert(u"entries"_s, office, held);
}

Result<void> EntryStore::quarantine(qint64 alertId, const QList<HeldEntry> &held)
{
    return insert(u"quarantine"_s, alertId, held);
}

Result<void> EntryStore::reject(const QString &office, qint64 seq, const Error &why)
{
    auto r = m_db.run(u"INSERT INTO rejections (office, seq, code, vi, en) VALUES (?, ?, ?, ?, ?)"_s,
                      {office, seq, why.code, why.vi, why.en}, u"ghi mục bị từ chối"_s);
    if (!r)
        return r.error();
    return {};
}

Result<QList<EntryRejection>> EntryStore::rejections(const QString &office, qint64 from, qint64 to)
{
    QList<EntryRejection> out;
    if (to < from)
        return out;
    auto q = m_db.run(u"SELECT seq, code, vi, en FROM rejections WHERE office = ? AND seq >= ? AND seq <= ? "
                      u"ORDER BY seq"_s,
                      {office, from, to}, u"đọc mục bị từ chối"_s);
    if (!q)
        return q.error();
    while (q->next())
        out << EntryRejection{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString()};
    return out;
}

Result<bool> EntryStore::holdsAmendment(const QUuid &amendmentId, const QString &office, qint64 seq)
{
    auto held = m_db.number(
        u"SELECT count(*) FROM entries WHERE amendment_uuid = ? AND NOT (office = ? AND seq >= ?)"_s,
        {uuidValue(amendmentId), office, seq}, u"tra cứu sửa đổi"_s);
    if (!held)
        return held.error();
    return *held > 0;
}

} // namespace hotich::server
