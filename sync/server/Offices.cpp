#include "sync/server/Offices.h"

#include "reference/AdministrativeUnits.h"
#include "sync/server/ServerErrors.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

Result<QString> Offices::provinceOf(const QString &office)
{
    // The current list first; an office of a commune merged away keeps its province.
    const auto &units = reference::AdministrativeUnits::instance();
    const reference::AdministrativeUnit *unit = units.current().find(office);
    for (auto it = units.lists().rbegin(); !unit && it != units.lists().rend(); ++it)
        unit = (*it)->find(office);
    if (!unit || unit->level != reference::AdministrativeUnit::Level::Commune) {
        return Error::invalid(u"office.code"_s, u"office"_s,
                              u"\"%1\" không phải mã đơn vị hành chính cấp xã"_s.arg(office),
                              u"\"%1\" is not the code of a commune"_s.arg(office));
    }
    return unit->provinceCode;
}

Result<void> Offices::ensure(const QString &office, const QDateTime &now)
{
    const auto province = provinceOf(office);
    if (!province)
        return province.error();
    auto r = m_db.run(u"INSERT INTO offices (code, province_code, created_at) VALUES (?, ?, ?) "
                      u"ON CONFLICT (code) DO NOTHING"_s,
                      {office, *province, now.toMSecsSinceEpoch()}, u"ghi đơn vị"_s);
    if (!r)
        return r.error();
    return {};
}

Result<OfficeHead> Offices::lock(const QString &office)
{
    auto q = m_db.run(u"SELECT province_code, head_seq, head_hash FROM offices WHERE code = ?"_s +
                          m_db.forUpdate(),
                      {office}, u"đọc đơn vị"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return errors::officeUnknown(office);
    OfficeHead head;
    head.office = office;
    head.provinceCode = q->value(0).toString();
    head.seq = q->value(1).toLongLong();
    head.hash = q->value(2).toByteArray();
    return head;
}

Result<void> Offices::setHead(const QString &office, qint64 seq, const QByteArray &hash)
{
    auto r = m_db.run(u"UPDATE offices SET head_seq = ?, head_hash = ? WHERE code = ?"_s,
                      {seq, nullIfEmpty(hash), office}, u"ghi đầu chuỗi của đơn vị"_s);
    if (!r)
        return r.error();
    return {};
}

Result<QStringList> Offices::all()
{
    auto q = m_db.run(u"SELECT code FROM offices ORDER BY code"_s, {}, u"đọc đơn vị"_s);
    if (!q)
        return q.error();
    QStringList codes;
    while (q->next())
        codes << q->value(0).toString();
    return codes;
}

} // namespace hotich::server
