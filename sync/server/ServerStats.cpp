#include "sync/server/ServerStats.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

QJsonObject officeObject(const QJsonObject &offices, const QString &office)
{
    return offices.value(office).toObject();
}

} // namespace

Result<void> ServerStats::addGrouped(QJsonObject &offices, const QString &member, const QString &sql)
{
    auto q = m_db.run(sql, {}, u"đếm số liệu"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString office = q->value(0).toString();
        QJsonObject o = officeObject(offices, office);
        QJsonObject counts = o.value(member).toObject();
        counts.insert(q->value(1).toString(), q->value(2).toLongLong());
        o.insert(member, counts);
        offices.insert(office, o);
    }
    return {};
}

Result<void> ServerStats::addCount(QJsonObject &offices, const QString &member, const QString &sql)
{
    auto q = m_db.run(sql, {}, u"đếm số liệu"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString office = q->value(0).toString();
        QJsonObject o = officeObject(offices, office);
        o.insert(member, q->value(1).toLongLong());
        offices.insert(office, o);
    }
    return {};
}

Result<QJsonObject> ServerStats::collect()
{
    QJsonObject offices;
    auto heads =
        m_db.run(u"SELECT code, province_code, head_seq FROM offices ORDER BY code"_s, {}, u"đếm số liệu"_s);
    if (!heads)
        return heads.error();
    while (heads->next()) {
        offices.insert(heads->value(0).toString(), QJsonObject{{u"province"_s, heads->value(1).toString()},
                                                               {u"head"_s, heads->value(2).toLongLong()}});
    }
    const QList<std::pair<QString, QString>> grouped = {
        {u"entries"_s, u"SELECT office, operation, count(*) FROM entries GROUP BY office, operation"_s},
        {u"records"_s, u"SELECT office, kind, count(*) FROM records GROUP BY office, kind"_s},
        {u"changes"_s,
         u"SELECT office, kind, count(*) FROM changes WHERE office IS NOT NULL GROUP BY office, kind"_s},
        {u"idNumbers"_s, u"SELECT office, state, count(*) FROM id_requests GROUP BY office, state"_s},
        {u"alerts"_s,
         u"SELECT office, kind, count(*) FROM alerts WHERE resolved_at IS NULL GROUP BY office, kind"_s},
    };
    for (const auto &[member, sql] : grouped) {
        if (auto r = addGrouped(offices, member, sql); !r)
            return r.error();
    }
    const QList<std::pair<QString, QString>> counts = {
        {u"rejected"_s, u"SELECT office, count(*) FROM rejections GROUP BY office"_s},
        {u"quarantined"_s, u"SELECT a.office, count(*) FROM quarantine q JOIN alerts a ON a.id = q.alert "
                           u"WHERE a.resolved_at IS NULL GROUP BY a.office"_s},
        {u"credentials"_s,
         u"SELECT office, count(*) FROM credentials WHERE revoked_at IS NULL GROUP BY office"_s},
    };
    for (const auto &[member, sql] : counts) {
        if (auto r = addCount(offices, member, sql); !r)
            return r.error();
    }
    QJsonObject everyOffice;
    auto broadcast = m_db.run(u"SELECT kind, count(*) FROM changes WHERE office IS NULL GROUP BY kind"_s, {},
                              u"đếm số liệu"_s);
    if (!broadcast)
        return broadcast.error();
    while (broadcast->next())
        everyOffice.insert(broadcast->value(0).toString(), broadcast->value(1).toLongLong());
    auto schema = m_db.schemaVersion();
    if (!schema)
        return schema.error();
    return QJsonObject{
        {u"schema"_s, *schema}, {u"offices"_s, offices}, {u"changesForEveryOffice"_s, everyOffice}};
}

} // namespace hotich::server
