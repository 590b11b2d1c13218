#include "CodeLists.h"

#include "TsvReader.h"

using namespace Qt::StringLiterals;

namespace hotich::reference {

using detail::readTsvResource;
using detail::splitList;

EthnicGroups::EthnicGroups()
{
    for (const QStringList &row : readTsvResource(u":/hotich/reference/ethnic-groups.tsv"_s)) {
        if (row.size() < 4)
            continue;
        m_entries.append({row[0], row[1], splitList(row[2]), splitList(row[3])});
    }
    for (int rank = 0; rank < 3; ++rank) {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const EthnicGroup &g = m_entries[i];
            if (rank == 0) {
                m_index.add(g.name, i, 0);
                m_index.add(g.code, i, 0);
            }
            for (const QString &name : rank == 1   ? g.spellingVariants
                                       : rank == 2 ? g.otherNames
                                                   : QStringList())
                m_index.add(name, i, rank);
        }
    }
    m_index.seal();
}

const EthnicGroups &EthnicGroups::instance()
{
    static const EthnicGroups groups;
    return groups;
}

const EthnicGroup *EthnicGroups::byCode(const QString &code) const
{
    for (const EthnicGroup &g : m_entries) {
        if (g.code == code)
            return &g;
    }
    return nullptr;
}

Religions::Religions()
{
    for (const QStringList &row : readTsvResource(u":/hotich/reference/religions.tsv"_s)) {
        if (row.isEmpty())
            continue;
        m_entries.append({row[0], row.size() > 1 ? splitList(row[1]) : QStringList()});
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.add(m_entries[i].name, i, 0);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        for (const QString &name : m_entries[i].otherSpellings)
            m_index.add(name, i, 1);
    }
    m_index.seal();
}

const Religions &Religions::instance()
{
    static const Religions religions;
    return religions;
}

Countries::Countries()
{
    for (const QStringList &row : readTsvResource(u":/hotich/reference/countries.tsv"_s)) {
        if (row.size() < 5)
            continue;
        m_entries.append(
            {row[0], row[1], row[2], row[3], row[4], row.size() > 5 ? splitList(row[5]) : QStringList()});
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Country &c = m_entries[i];
        m_index.add(c.alpha2, i, 0);
        m_index.add(c.alpha3, i, 0);
        m_index.add(c.nameVi, i, 0);
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_index.add(m_entries[i].nameEn, i, 1);
        for (const QString &name : m_entries[i].otherNamesVi)
            m_index.add(name, i, 1);
    }
    m_index.seal();
}

const Countries &Countries::instance()
{
    static const Countries countries;
    return countries;
}

const Country *Countries::byCode(const QString &alpha2) const
{
    for (const Country &c : m_entries) {
        if (c.alpha2 == alpha2)
            return &c;
    }
    return nullptr;
}

const Country &Countries::vietnam() const
{
    const Country *vn = byCode(u"VN"_s);
    Q_ASSERT(vn);
    return *vn;
}

} // namespace hotich::reference
