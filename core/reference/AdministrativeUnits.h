#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace hotich::reference {

/// Đơn vị hành chính — a province, a district (before 1 July 2025) or a commune (xã, phường, đặc khu).
struct AdministrativeUnit
{
    enum class Level
    {
        Province,
        District,
        Commune
    };

    Level level = Level::Commune;
    QString code;       ///< statistics office code: 2 digits province, 3 district, 5 commune
    QString parentCode; ///< the province (or, before 2025-07-01, the district) it belongs to
    QString name;       ///< "Ba Đình"
    QString fullName;   ///< "Phường Ba Đình"
    QString provinceCode;
};

/// One list of units with the dates it was in force.
class UnitList
{
public:
    UnitList(QString id, QDate effectiveFrom, QDate effectiveUntil, std::vector<AdministrativeUnit> units);

    const QString &id() const { return m_id; }
    QDate effectiveFrom() const { return m_from; }
    /// Last day in force; null for the list in force now.
    QDate effectiveUntil() const { return m_until; }
    bool validOn(QDate date) const;

    const std::vector<AdministrativeUnit> &units() const { return m_units; }
    const AdministrativeUnit *find(const QString &code) const;
    const AdministrativeUnit *parentOf(const AdministrativeUnit &unit) const;

    /// Units whose name or full name folds to the query ("ba dinh", "Phường Ba Đình"); when none
    /// does, those whose folded name starts with it. Provinces first, then by code.
    QList<const AdministrativeUnit *> findByName(QStringView query, qsizetype limit = 50) const;

    /// "Phường Ba Đình, Thành phố Hà Nội" (with the district before 2025).
    QString fullPath(const AdministrativeUnit &unit) const;

    int count(AdministrativeUnit::Level level) const;

private:
    QString m_id;
    QDate m_from;
    QDate m_until;
    std::vector<AdministrativeUnit> m_units;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, QList<qsizetype>> m_byFoldedName;
    std::vector<std::pair<QString, qsizetype>> m_sortedFoldedNames; // for prefix look-ups
};

/// The administrative unit lists shipped with hotich (resources/reference), each with the date it
/// took effect; loaded once, on first use, and shared read-only by all threads.
class AdministrativeUnits
{
public:
    static const AdministrativeUnits &instance();

    const UnitList &current() const;
    /// The list in force on the date; the oldest list for dates before any list's start.
    const UnitList &validOn(QDate date) const;
    const std::vector<std::unique_ptr<UnitList>> &lists() const { return m_lists; }

private:
    AdministrativeUnits();
    std::vector<std::unique_ptr<UnitList>> m_lists; // oldest first
};

} // namespace hotich::reference
