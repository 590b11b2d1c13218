#pragma once

#include "NameIndex.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hotich::reference {

/// Dân tộc — one of the 54 recognised ethnic groups.
struct EthnicGroup
{
    QString code; ///< "01" Kinh … "54" Rơ Măm (General Statistics Office order)
    QString name;
    QStringList otherNames;
    QStringList spellingVariants;
};

/// Tôn giáo. No official codes are available, so a religion is stored by its name.
struct Religion
{
    QString name;
    QStringList otherSpellings;
};

/// Quốc tịch / quốc gia — a country from ISO 3166-1, with its Vietnamese name.
struct Country
{
    QString alpha2;
    QString alpha3;
    QString numeric;
    QString nameEn;
    QString nameVi;
    QStringList otherNamesVi;
};

/// A code list loaded once from the resources; `match` finds the entry a typed name means.
template <class Entry>
class CodeList
{
public:
    const QList<Entry> &all() const { return m_entries; }
    const Entry *match(QStringView name) const
    {
        const qsizetype i = m_index.find(name);
        return i < 0 ? nullptr : &m_entries[i];
    }

protected:
    QList<Entry> m_entries;
    detail::NameIndex m_index;
};

class EthnicGroups : public CodeList<EthnicGroup>
{
public:
    static const EthnicGroups &instance();
    const EthnicGroup *byCode(const QString &code) const;

private:
    EthnicGroups();
};

class Religions : public CodeList<Religion>
{
public:
    static const Religions &instance();

private:
    Religions();
};

class Countries : public CodeList<Country>
{
public:
    static const Countries &instance();
    const Country *byCode(const QString &alpha2) const;
    const Country &vietnam() const;

private:
    Countries();
};

} // namespace hotich::reference
