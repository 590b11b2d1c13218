#include "RegisterIndex.h"

#include "Statement.h"
#include "text/Fold.h"
#include "text/Names.h"
#include "text/SortKey.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hotich {

QString statusCode(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Active:
        return u"active"_s;
    case RecordStatus::Voided:
        return u"voided"_s;
    case RecordStatus::Dissolved:
        return u"dissolved"_s;
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
    RecordFacts facts = RecordFacts::of(kind, view);
    if (principal)
        facts.principal = *principal;
    return of(kind, view, facts);
}

IndexEntry IndexEntry::of(EventKind kind, const QJsonObject &view, const RecordFacts &facts)
{
    IndexEntry e;
    e.status = statusFromView(view);
    const QList<PersonView> &persons = facts.principal;
    QStringList folded;
    QStringList display;
    for (const PersonView &p : persons) {
        folded << text::fold(p.fullName);
        display << p.fullName;
    }
    e.foldedNames = folded.join(u" | "_s);
    for (const QString &other : otherFoldedNames(kind, facts)) {
        if (!folded.contains(other))
            e.foldedNames += u" | "_s + other;
    }
    e.display = display.join(u" – "_s);
    if (!persons.isEmpty()) {
        const PersonView &first = persons.first();
        const text::NameParts parts =
            first.nameParts ? *first.nameParts : text::splitFullName(first.fullName);
        e.sortKey = text::vietnameseSortKey(QStringList{parts.given, parts.family, parts.middle}.join(u' '));
    }
    if (kind == EventKind::Birth)
        e.duplicateKey = facts.duplicateKey;
    if (kind == EventKind::Marriage || kind == EventKind::Death) {
        for (const PersonView &p : facts.persons) {
            if (!isPrincipalRole(kind, p.role))
                continue;
            const QString role = kind == EventKind::Death ? u"deceased"_s : p.role;
            for (const QString &key : personKeys(p))
                e.personEvents.append({key, role});
        }
    }
    return e;
}

QStringList IndexEntry::otherFoldedNames(EventKind kind, const RecordFacts &facts)
{
    QStringList names;
    for (const PersonView &p : facts.persons) {
        if (p.fullName.isEmpty() || isPrincipalRole(kind, p.role))
            continue;
        const QString folded = text::fold(p.fullName);
        if (!names.contains(folded))
            names << folded;
    }
    return names;
}

Result<void> RegisterIndex::write(qint64 rowId, const IndexEntry &e, bool replace)
{
    QString oldNames;
    if (replace) {
        Statement &old = m_db.prepared("SELECT names FROM record_index WHERE record = ?");
        auto row = old.bind(1, rowId).step(u"đọc chỉ mục tìm kiếm"_s);
        if (!row)
            return row.error();
        replace = *row;
        if (replace)
            oldNames = old.text(0);
        old.reset();
    }
    Statement &q = m_db.prepared(replace ? "UPDATE record_index SET status = ?, names = ?, display = ?, "
                                           "sort_key = ?, dup_key = ? WHERE record = ?"
                                         : "INSERT INTO record_index (status, names, display, sort_key, "
                                           "dup_key, record) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, statusCode(e.status)).bind(2, e.foldedNames).bind(3, e.display).bindBlob(4, e.sortKey);
    q.bindOptional(5, e.duplicateKey).bind(6, rowId);
    if (auto r = q.run(u"ghi chỉ mục tìm kiếm"_s); !r)
        return r;
    const auto through = indexedThrough();
    if (!through)
        return through.error();
    if (!replace) {
        if (rowId - *through >= kSearchBatch) {
            if (auto r = indexThrough(rowId); !r)
                return r;
        }
    } else if (rowId <= *through && oldNames != e.foldedNames) {
        // The old persons leave the index, or a corrected name would still be found.
        if (auto r = indexPersons(rowId, oldNames, true); !r)
            return r;
        if (auto r = indexPersons(rowId, e.foldedNames, false); !r)
            return r;
    }
    if (replace) {
        Statement &clear = m_db.prepared("DELETE FROM person_events WHERE record = ?");
        if (auto r = clear.bind(1, rowId).run(u"ghi chỉ mục nhân thân"_s); !r)
            return r;
    }
    for (const auto &[key, role] : e.personEvents) {
        Statement &insert =
            m_db.prepared("INSERT OR IGNORE INTO person_events (person_key, record, role) VALUES (?, ?, ?)");
        if (auto r = insert.bind(1, key).bind(2, rowId).bind(3, role).run(u"ghi chỉ mục nhân thân"_s); !r)
            return r;
    }
    return {};
}

Result<qint64> RegisterIndex::indexedThrough()
{
    if (!m_indexedThrough) {
        auto through =
            m_db.prepared("SELECT indexed_through FROM record_fts_state").number(u"đọc chỉ mục tìm kiếm"_s);
        if (!through)
            return through.error();
        m_indexedThrough = through.value();
    }
    return *m_indexedThrough;
}

QList<std::pair<qint64, QStringView>> RegisterIndex::personRows(qint64 record, QStringView names)
{
    QList<std::pair<qint64, QStringView>> rows;
    qint64 slot = 0;
    for (QStringView person : names.tokenize(u'|')) {
        const qint64 row = record * kPersonSlots + std::min(slot++, kPersonSlots - 1);
        if (person.trimmed().isEmpty())
            continue;
        if (!rows.isEmpty() && rows.last().first == row) // past the last slot: it holds the rest
            rows.last().second = names.sliced(rows.last().second.data() - names.data());
        else
            rows.append({row, person});
    }
    return rows;
}

Result<void> RegisterIndex::indexPersons(qint64 record, QStringView names, bool remove)
{
    Statement &q =
        remove ? m_db.prepared("INSERT INTO person_fts (person_fts, rowid, names) VALUES ('delete', ?, ?)")
               : m_db.prepared("INSERT INTO person_fts (rowid, names) VALUES (?, ?)");
    for (const auto &[row, person] : personRows(record, names)) {
        if (auto r = q.bind(1, row).bindUtf8(2, person.toUtf8()).run(u"ghi chỉ mục tìm kiếm"_s); !r)
            return r;
    }
    return {};
}

Result<void> RegisterIndex::indexRows(qint64 after, qint64 through)
{
    Statement &rows =
        m_db.prepared("SELECT record, names FROM record_index WHERE record > ? AND record <= ?");
    rows.bind(1, after).bind(2, through);
    for (;;) {
        auto row = rows.step(u"cập nhật chỉ mục tìm kiếm"_s);
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if (auto r = indexPersons(rows.int64(0), rows.text(1), false); !r) {
            rows.reset();
            return r;
        }
    }
}

Result<void> RegisterIndex::indexThrough(qint64 rowId)
{
    const auto through = indexedThrough();
    if (!through)
        return through.error();
    if (auto r = indexRows(*through, rowId); !r)
        return r;
    Statement &mark = m_db.prepared("UPDATE record_fts_state SET indexed_through = ?");
    if (auto r = mark.bind(1, rowId).run(u"cập nhật chỉ mục tìm kiếm"_s); !r)
        return r;
    m_indexedThrough = rowId;
    return {};
}

Result<qint64> RegisterIndex::newestSearchRow()
{
    return m_db.prepared("SELECT coalesce(max(record), 0) FROM record_index")
        .number(u"đọc chỉ mục tìm kiếm"_s);
}

Result<void> RegisterIndex::indexPendingSearchRows()
{
    const auto newest = newestSearchRow();
    if (!newest)
        return newest.error();
    const auto through = indexedThrough();
    if (!through)
        return through.error();
    return *newest > *through ? indexThrough(*newest) : Result<void>();
}

Result<qint64> RegisterIndex::rebuildSearchIndex()
{
    Statement &clear = m_db.prepared("INSERT INTO person_fts (person_fts) VALUES ('delete-all')");
    if (auto r = clear.run(u"dựng lại chỉ mục tìm kiếm"_s); !r)
        return r.error();
    const auto rows = m_db.prepared("SELECT count(*) FROM record_index").number(u"đọc chỉ mục tìm kiếm"_s);
    const auto newest = newestSearchRow();
    if (!rows || !newest)
        return !rows ? rows.error() : newest.error();
    if (auto r = indexRows(0, *newest); !r)
        return r.error();
    Statement &mark = m_db.prepared("UPDATE record_fts_state SET indexed_through = ?");
    if (auto r = mark.bind(1, *newest).run(u"dựng lại chỉ mục tìm kiếm"_s); !r)
        return r.error();
    m_indexedThrough = *newest;
    return rows;
}

namespace {

// Registrations as the rules cite them: r.uuid, r.kind, r.year, r.number, r.registration_date, r.id.
constexpr const char *kMarriagesOfPerson =
    "SELECT r.uuid, r.kind, r.year, r.number, r.registration_date, r.id FROM person_events p "
    "JOIN record_index i ON i.record = p.record JOIN records r ON r.id = p.record "
    "WHERE p.person_key = ? AND p.role IN ('husband', 'wife') AND i.status = 'active'";
constexpr const char *kDeathOfPerson =
    "SELECT r.uuid, r.kind, r.year, r.number, r.registration_date, r.id FROM person_events p "
    "JOIN record_index i ON i.record = p.record JOIN records r ON r.id = p.record "
    "WHERE p.person_key = ? AND p.role = 'deceased' AND i.status = 'active' LIMIT 1";
constexpr const char *kBirthsWithKey =
    "SELECT r.uuid, r.kind, r.year, r.number, r.registration_date, r.id FROM record_index i "
    "JOIN records r ON r.id = i.record WHERE i.dup_key = ? AND i.status = 'active' LIMIT 5";
constexpr const char *kSpousesOfMarriage =
    "SELECT person_key FROM person_events WHERE record = ? AND role IN ('husband', 'wife')";

} // namespace

QList<RegisteredEvent> RegisterIndex::events(const char *sql, const QString &key) const
{
    QList<RegisteredEvent> found;
    Statement &q = m_db.prepared(sql);
    q.bind(1, key);
    for (;;) {
        auto row = q.step(u"tra cứu sổ hộ tịch"_s);
        if (!row) {
            if (!m_lookupError)
                m_lookupError = row.error();
            return found;
        }
        if (!*row)
            return found;
        RegisteredEvent e;
        e.id = QUuid::fromRfc4122(q.blob(0));
        e.kind = parseKindCode(q.text(1)).value_or(EventKind::Birth);
        e.year = int(q.int64(2));
        e.number = int(q.int64(3));
        e.registrationDate = QDate::fromString(q.text(4), Qt::ISODate);
        e.rowId = q.int64(5);
        found << e;
    }
}

QList<RegisteredEvent> RegisterIndex::activeMarriagesOf(const QStringList &personKeys) const
{
    QList<RegisteredEvent> marriages;
    for (const QString &key : personKeys) {
        for (const RegisteredEvent &m : events(kMarriagesOfPerson, key)) {
            if (std::any_of(marriages.begin(), marriages.end(),
                            [&](const RegisteredEvent &e) { return e.id == m.id; }))
                continue;
            // A marriage ends with the death of either spouse.
            QStringList spouseKeys;
            Statement &spouses = m_db.prepared(kSpousesOfMarriage);
            spouses.bind(1, m.rowId);
            for (auto row = spouses.step(u"tra cứu sổ hộ tịch"_s); row && *row;
                 row = spouses.step(u"tra cứu sổ hộ tịch"_s))
                spouseKeys << spouses.text(0);
            spouses.reset();
            if (!deathOf(spouseKeys))
                marriages << m;
        }
    }
    return marriages;
}

std::optional<RegisteredEvent> RegisterIndex::deathOf(const QStringList &personKeys) const
{
    for (const QString &key : personKeys) {
        const QList<RegisteredEvent> deaths = events(kDeathOfPerson, key);
        if (!deaths.isEmpty())
            return deaths.first();
    }
    return std::nullopt;
}

QList<RegisteredEvent> RegisterIndex::birthsWithDuplicateKey(const QString &key) const
{
    if (key.isEmpty())
        return {};
    return events(kBirthsWithKey, key);
}

std::optional<Error> RegisterIndex::takeLookupError() const
{
    auto e = std::move(m_lookupError);
    m_lookupError.reset();
    return e;
}

} // namespace hotich
