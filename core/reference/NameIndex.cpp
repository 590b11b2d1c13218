#include "NameIndex.h"

#include "text/Fold.h"

namespace hotich::reference::detail {

QString NameIndex::key(QStringView name)
{
    QString folded = text::fold(name);
    folded.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return folded;
}

void NameIndex::add(QStringView name, qsizetype entry, int rank)
{
    if (rank == 0)
        m_official << name.toString();
    const QString k = key(name);
    if (k.isEmpty())
        return;
    auto it = m_slots.find(k);
    if (it == m_slots.end()) {
        m_slots.insert(k, {entry, rank, false});
        return;
    }
    if (it->entry == entry || it->rank < rank)
        return;
    if (it->rank > rank)
        *it = {entry, rank, false};
    else
        it->ambiguous = true;
}

void NameIndex::seal()
{
    for (const QString &name : std::as_const(m_official)) {
        if (const qsizetype entry = findByKey(key(name)); entry >= 0)
            m_exact.insert(name, entry);
    }
    m_official.clear();
}

qsizetype NameIndex::find(QStringView name) const
{
    if (!m_exact.isEmpty()) {
        if (const auto it = m_exact.constFind(name.toString()); it != m_exact.cend())
            return *it;
    }
    return findByKey(key(name));
}

qsizetype NameIndex::findByKey(const QString &k) const
{
    const auto it = m_slots.constFind(k);
    if (it == m_slots.cend() || it->ambiguous)
        return -1;
    return it->entry;
}

} // namespace hotich::reference::detail
