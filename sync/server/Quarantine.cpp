#include "sync/server/Quarantine.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

Result<qint64> Quarantine::raise(const OfficeHead &office, const QString &kind, qint64 seq,
                                 const QUuid &registerUuid, const QUuid &epoch, const Error &why,
                                 const QDateTime &now)
{
    if (auto r = m_db.run(
            u"INSERT INTO alerts (office, province_code, kind, seq, register_uuid, epoch_uuid, vi, en, "
            u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {office.office, office.provinceCode, kind, seq, uuidValue(registerUuid), uuidValue(epoch), why.vi,
             why.en, now.toMSecsSinceEpoch()},
            u"ghi cảnh báo cho cấp tỉnh"_s);
        !r)
        return r.error();
    return m_db.number(
        u"SELECT id FROM alerts WHERE office = ? AND kind = ? AND seq = ? AND register_uuid = ? AND "
        u"epoch_uuid = ?"_s,
        {office.office, kind, seq, uuidValue(registerUuid), uuidValue(epoch)},
        u"đọc cảnh báo cho cấp tỉnh"_s);
}

Result<QList<ForkCase>> Quarantine::open()
{
    auto q = m_db.run(
        u"SELECT id, office, province_code, kind, seq, register_uuid, epoch_uuid, vi, en, created_at "
        u"FROM alerts WHERE resolved_at IS NULL ORDER BY id"_s,
        {}, u"đọc cảnh báo cho cấp tỉnh"_s);
    if (!q)
        return q.error();
    QList<ForkCase> cases;
    while (q->next()) {
        ForkCase c;
        c.alertId = q->value(0).toLongLong();
        c.office = q->value(1).toString();
        c.provinceCode = q->value(2).toString();
        c.kind = q->value(3).toString();
        c.seq = q->value(4).toLongLong();
        c.registerUuid = uuidFrom(q->value(5));
        c.epoch = uuidFrom(q->value(6));
        c.vi = q->value(7).toString();
        c.en = q->value(8).toString();
        c.createdAtMs = q->value(9).toLongLong();
        cases << c;
    }
    q->finish();
    EntryStore entries(m_db);
    for (ForkCase &c : cases) {
        auto held = entries.range(c.office, c.seq, kShownEntries);
        if (!held)
            return held.error();
        c.held = *held;
        auto pushed = entries.quarantined(c.alertId);
        if (!pushed)
            return pushed.error();
        c.pushed = pushed->mid(0, kShownEntries);
    }
    return cases;
}

} // namespace hotich::server
