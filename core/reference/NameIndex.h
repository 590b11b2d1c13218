#pragma once

#include <QHash>
#include <QString>

namespace hotich::reference::detail {

/// Matches typed or imported names to entries of a code list, ignoring case, diacritics, spaces,
/// hyphens and apostrophes ("H'Mông", "Hmông", "hmong"). Names are added in order of authority:
/// a key already taken by an official name is not overridden by a variant, and a lesser name that
/// two entries share (e.g. "Thổ", another name of the Tày) is dropped as ambiguous.
class NameIndex
{
public:
    static QString key(QStringView name);

    /// rank: 0 official name or code, 1 accepted spelling, 2 other name.
    void add(QStringView name, qsizetype entry, int rank);
    /// Call once every name is added: official names and codes as written are then found without
    /// folding (almost every look-up is of one).
    void seal();
    /// The entry index, or -1.
    qsizetype find(QStringView name) const;

private:
    struct Slot
    {
        qsizetype entry;
        int rank;
        bool ambiguous;
    };
    qsizetype findByKey(const QString &key) const;

    QHash<QString, Slot> m_slots;
    QStringList m_official;            ///< names and codes of rank 0, as written
    QHash<QString, qsizetype> m_exact; ///< the same, with what find() gives for them
};

} // namespace hotich::reference::detail
