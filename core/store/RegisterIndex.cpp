#include "RegisterIndex.h"

#include "text/Fold.h"
#include "text/Names.h"
#include "text/SortKey.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

QString statusCode(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Active: return u"active"_s;
    case RecordStatus::Voided: return u"voided"_s;
    case RecordStatus::Dissolved: return u"dissolved"_s;
    }
    return {};
}

RecordStatus statusFromView(const QJsonObject &view)
{
    if (view.contains(u"voided"_s))
        return RecordStatus::Voided;
    if (view.contains(u"dissolved"_s) || view.contains(u"ended"_s))
        return RecordStatus::Dissolved;
    return RecordStatus::Active;
}

IndexEntry IndexEntry::of(EventKind kind, const QJsonObject &view, const QList<PersonView> *principal)
{
    IndexEntry e;
    e.status = statusFromView(view);
    const QList<PersonView> persons = principal ? *principal : principalPersonsOf(kind, view);
    QStringList folded;
    QStringList display;
    for (const PersonView &p : persons) {
        folded << text::fold(p.fullName);
        display << p.fullName;
    }
    e.foldedNames = folded.join(u' ');
    e.display = display.join(u" – "_s);
    if (!persons.isEmpty()) {
        const text::NameParts parts = text::splitFullName(persons.first().fullName);
        e.sortKey = text::vietnameseSortKey(QStringList{parts.given, parts.family, parts.middle}.join(u' '));
    }
    if (kind == EventKind::Birth)
        e.duplicateKey = birthDuplicateKey(view);
    if (kind == EventKind::Marriage || kind == EventKind::Death) {
        for (const PersonView &p : principalPersonsOf(kind, view)) {
            const QString role = kind == EventKind::Death ? u"deceased"_s : p.role;
            for (const QString &key : personKeys(p))
                e.personEvents.append({key, role});
        }
    }
    return e;
}

Result<void> RegisterIndex::write(qint64 rowId, const IndexEntry &e, bool replace)
{
    QString oldNames;
    if (replace) {
        Reader old(m_db.statement(u"SELECT names FROM record_index WHERE record = ?"_s));
        old->bindValue(0, rowId);
        if (auto r = m_db.run(*old, u"đọc chỉ mục tìm kiếm"_s); !r)
            return r;
        replace = old->next();
        if (replace)
            oldNames = old->value(0).toString();
    }
    QSqlQuery &q = m_db.statement(
        replace ? u"UPDATE record_index SET status = ?, names = ?, display = ?, sort_key = ?, dup_key = ? WHERE record = ?"_s
                : u"INSERT INTO record_index (status, names, display, sort_key, dup_key, record) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, statusCode(e.status));
    q.bindValue(1, e.foldedNames);
    q.bindValue(2, e.display);
    q.bindValue(3, e.sortKey);
    q.bindValue(4, e.duplicateKey.isEmpty() ? QVariant() : QVariant(e.duplicateKey));
    q.bindValue(5, rowId);
    if (auto r = m_db.run(q, u"ghi chỉ mục tìm kiếm"_s); !r)
        return r;
    if (!replace || oldNames != e.foldedNames) {
        if (replace) {
            QSqlQuery &remove = m_db.statement(
                u"INSERT INTO record_fts (record_fts, rowid, names) VALUES ('delete', ?, ?)"_s);
            remove.bindValue(0, rowId);
            remove.bindValue(1, oldNames);
            if (auto r = m_db.run(remove, u"ghi chỉ mục tìm kiếm"_s); !r)
                return r;
        }
        QSqlQuery &add = m_db.statement(u"INSERT INTO record_fts (rowid, names) VALUES (?, ?)"_s);
        add.bindValue(0, rowId);
        add.bindValue(1, e.foldedNames);
        if (auto r = m_db.run(add, u"ghi chỉ mục tìm kiếm"_s); !r)
            return r;
    }
    if (replace) {
        QSqlQuery &clear = m_db.statement(u"DELETE FROM person_events WHERE record = ?"_s);
        clear.bindValue(0, rowId);
        if (auto r = m_db.run(clear, u"ghi chỉ mục nhân thân"_s); !r)
            return r;
    }
    for (const auto &[key, role] : e.personEvents) {
        QSqlQuery &insert = m_db.statement(u"INSERT OR IGNORE INTO person_events (person_key, record, role) VALUES (?, ?, ?)"_s);
        insert.bindValue(0, key);
        insert.bindValue(1, rowId);
        insert.bindValue(2, role);
        if (auto r = m_db.run(insert, u"ghi chỉ mục nhân thân"_s); !r)
            return r;
    }
    return {};
}

namespace {
const QString kEventColumns = u"r.id, r.uuid, r.kind, r.year, r.number, r.registration_date"_s;
}

QList<RegisteredEvent> RegisterIndex::events(const QString &sql, const QVariant &key) const
{
    QList<RegisteredEvent> found;
    Reader q(m_db.statement(sql));
    q->bindValue(0, key);
    if (auto r = m_db.run(*q, u"tra cứu sổ hộ tịch"_s); !r) {
        if (!m_lookupError)
            m_lookupError = r.error();
        return found;
    }
    while (q->next()) {
        RegisteredEvent e;
        e.id = QUuid::fromRfc4122(q->value(1).toByteArray());
        e.kind = parseKindCode(q->value(2).toString()).value_or(EventKind::Birth);
        e.year = q->value(3).toInt();
        e.number = q->value(4).toInt();
        e.registrationDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        found << e;
    }
    return found;
}

QList<RegisteredEvent> RegisterIndex::activeMarriagesOf(const QStringList &personKeys) const
{
    QList<RegisteredEvent> marriages;
    for (const QString &key : personKeys) {
        const QList<RegisteredEvent> candidates = events(
            u"SELECT "_s + kEventColumns
                + u" FROM person_events p JOIN record_index i ON i.record = p.record JOIN records r ON r.id = p.record "
                  u"WHERE p.person_key = ? AND p.role IN ('husband', 'wife') AND i.status = 'active'"_s,
            key);
        for (const RegisteredEvent &m : candidates) {
            if (std::any_of(marriages.begin(), marriages.end(), [&](const RegisteredEvent &e) { return e.id == m.id; }))
                continue;
            // A marriage ends with the death of either spouse.
            QStringList spouseKeys;
            {
                Reader keys(m_db.statement(u"SELECT p.person_key FROM person_events p JOIN records r ON r.id = p.record "
                                           u"WHERE r.uuid = ? AND p.role IN ('husband', 'wife')"_s));
                keys->bindValue(0, m.id.toRfc4122());
                if (keys->exec()) {
                    while (keys->next())
                        spouseKeys << keys->value(0).toString();
                }
            }
            if (!deathOf(spouseKeys))
                marriages << m;
        }
    }
    return marriages;
}

std::optional<RegisteredEvent> RegisterIndex::deathOf(const QStringList &personKeys) const
{
    for (const QString &key : personKeys) {
        const QList<RegisteredEvent> deaths = events(
            u"SELECT "_s + kEventColumns
                + u" FROM person_events p JOIN record_index i ON i.record = p.record JOIN records r ON r.id = p.record "
                  u"WHERE p.person_key = ? AND p.role = 'deceased' AND i.status = 'active' LIMIT 1"_s,
            key);
        if (!deaths.isEmpty())
            return deaths.first();
    }
    return std::nullopt;
}

QList<RegisteredEvent> RegisterIndex::birthsWithDuplicateKey(const QString &key) const
{
    if (key.isEmpty())
        return {};
    return events(u"SELECT "_s + kEventColumns
                      + u" FROM record_index i JOIN records r ON r.id = i.record "
                        u"WHERE i.dup_key = ? AND i.status = 'active' LIMIT 5"_s,
                  key);
}

std::optional<Error> RegisterIndex::takeLookupError() const
{
    auto e = std::move(m_lookupError);
    m_lookupError.reset();
    return e;
}

} // namespace hotich
