#include "AdministrativeUnits.h"

#include "TsvReader.h"
#include "text/Fold.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hotich::reference {

UnitList::UnitList(QString id, QDate effectiveFrom, QDate effectiveUntil,
                   std::vector<AdministrativeUnit> units)
    : m_id(std::move(id)), m_from(effectiveFrom), m_until(effectiveUntil), m_units(std::move(units))
{
    for (qsizetype i = 0; i < qsizetype(m_units.size()); ++i) {
        const auto &unit = m_units[size_t(i)];
        m_byCode.insert(unit.code, i);
        const QString name = text::fold(unit.name);
        const QString full = text::fold(unit.fullName);
        m_byFoldedName[name].append(i);
        if (full != name)
            m_byFoldedName[full].append(i);
        m_sortedFoldedNames.emplace_back(name, i);
    }
    std::sort(m_sortedFoldedNames.begin(), m_sortedFoldedNames.end());
}

bool UnitList::validOn(QDate date) const
{
    return date >= m_from && (m_until.isNull() || date <= m_until);
}

const AdministrativeUnit *UnitList::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_units[size_t(*it)];
}

const AdministrativeUnit *UnitList::parentOf(const AdministrativeUnit &unit) const
{
    return unit.parentCode.isEmpty() ? nullptr : find(unit.parentCode);
}

QList<const AdministrativeUnit *> UnitList::findByName(QStringView query, qsizetype limit) const
{
    const QString key = text::fold(query);
    QList<const AdministrativeUnit *> found;
    if (key.isEmpty())
        return found;
    if (const auto it = m_byFoldedName.constFind(key); it != m_byFoldedName.cend()) {
        for (qsizetype index : *it)
            found << &m_units[size_t(index)];
    } else {
        auto it2 = std::lower_bound(m_sortedFoldedNames.begin(), m_sortedFoldedNames.end(),
                                    std::pair<QString, qsizetype>(key, -1));
        for (; it2 != m_sortedFoldedNames.end() && it2->first.startsWith(key); ++it2)
            found << &m_units[size_t(it2->second)];
    }
    std::sort(found.begin(), found.end(), [](const AdministrativeUnit *a, const AdministrativeUnit *b) {
        if (a->level != b->level)
            return a->level < b->level;
        return a->code < b->code;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

QString UnitList::fullPath(const AdministrativeUnit &unit) const
{
    QString path = unit.fullName;
    for (const AdministrativeUnit *p = parentOf(unit); p; p = parentOf(*p))
        path += u", "_s + p->fullName;
    return path;
}

int UnitList::count(AdministrativeUnit::Level level) const
{
    return int(std::count_if(m_units.begin(), m_units.end(),
                             [level](const AdministrativeUnit &u) { return u.level == level; }));
}

namespace {

std::vector<AdministrativeUnit> loadUnits(const QString &resource)
{
    std::vector<AdministrativeUnit> units;
    QHash<QString, QString> provinceOf; // district code -> province code
    for (const QStringList &row : detail::readTsvResource(resource)) {
        if (row.size() < 5)
            continue;
        AdministrativeUnit unit;
        const QString &level = row[0];
        unit.level = level == u"P"_s   ? AdministrativeUnit::Level::Province
                     : level == u"D"_s ? AdministrativeUnit::Level::District
                                       : AdministrativeUnit::Level::Commune;
        unit.code = row[1];
        unit.parentCode = row[2];
        unit.name = row[3];
        unit.fullName = row[4];
        switch (unit.level) {
        case AdministrativeUnit::Level::Province:
            unit.provinceCode = unit.code;
            break;
        case AdministrativeUnit::Level::District:
            unit.provinceCode = unit.parentCode;
            provinceOf.insert(unit.code, unit.parentCode);
            break;
        case AdministrativeUnit::Level::Commune:
            unit.provinceCode = provinceOf.value(unit.parentCode, unit.parentCode);
            break;
        }
        units.push_back(std::move(unit));
    }
    return units;
}

} // namespace

AdministrativeUnits::AdministrativeUnits()
{
    // The pre-merger list is the oldest we have; it stands for every date before the merger.
    m_lists.push_back(
        std::make_unique<UnitList>(u"pre-2025-07-01"_s, QDate(1945, 9, 2), QDate(2025, 6, 30),
                                   loadUnits(u":/hotich/reference/admin-units-pre-2025-07-01.tsv"_s)));
    m_lists.push_back(
        std::make_unique<UnitList>(u"2025-07-01"_s, QDate(2025, 7, 1), QDate(),
                                   loadUnits(u":/hotich/reference/admin-units-2025-07-01.tsv"_s)));
}

const AdministrativeUnits &AdministrativeUnits::instance()
{
    static const AdministrativeUnits units;
    return units;
}

const UnitList &AdministrativeUnits::current() const
{
    return *m_lists.back();
}

const UnitList &AdministrativeUnits::validOn(QDate date) const
{
    for (const auto &list : m_lists) {
        if (list->validOn(date))
            return *list;
    }
    return date < m_lists.front()->effectiveFrom() ? *m_lists.front() : *m_lists.back();
}

} // namespace hotich::reference
