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

qsizetype NameIndex::find(QStringView name) const
{
    const auto it = m_slots.constFind(key(name));
    if (it == m_slots.cend() || it->ambiguous)
        return -1;
    return it->entry;
}

} // namespace hotich::reference::detail
