#include "RecordSearch.h"

#include "text/Fold.h"
#include "util/Uuid.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hotich {

QJsonObject SearchHit::toJson() const
{
    QJsonObject o{{u"id"_s, uuidText(id)},
                  {u"kind"_s, kindCode(kind)},
                  {u"registrationDate"_s, registrationDate.toString(Qt::ISODate)},
                  {u"names"_s, names},
                  {u"status"_s, statusCode(status)}};
    o.insert(u"year"_s, number ? QJsonValue(year) : QJsonValue());
    o.insert(u"number"_s, number ? QJsonValue(number) : QJsonValue());
    o.insert(u"book"_s, number ? QJsonValue(book) : QJsonValue());
    return o;
}

QStringList RecordSearch::searchTokens(QStringView text)
{
    QStringList tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text[i].isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            tokens << text.sliced(start, i - start).toString();
            start = -1;
        }
    }
    return tokens;
}

namespace {

QString ftsQueryOf(QStringList tokens)
{
    for (QString &t : tokens)
        t = u'"' + t + u'"';
    return tokens.join(u' ');
}

} // namespace

QString RecordSearch::ftsQuery(QStringView textQuery)
{
    return ftsQueryOf(searchTokens(text::foldQuery(textQuery)));
}

namespace {

QStringView textArgument(sqlite3_value *value)
{
    const auto *data = static_cast<const QChar *>(sqlite3_value_text16(value));
    return data ? QStringView(data, sqlite3_value_bytes16(value) / 2) : QStringView();
}

/// Whether `word` is one of the words of `text`, split as searchTokens splits them.
bool hasWord(QStringView text, QStringView word)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text[i].isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            if (i - start == word.size() && text.sliced(start, i - start) == word)
                return true;
            start = -1;
        }
    }
    return false;
}

void namesMatch(sqlite3_context *context, int, sqlite3_value **values)
{
    // The words are the same for every row of a statement: split them once and keep them with it.
    QStringList split;
    const auto *words = static_cast<const QStringList *>(sqlite3_get_auxdata(context, 1));
    if (!words) {
        split = RecordSearch::searchTokens(textArgument(values[1]));
        words = &split;
        sqlite3_set_auxdata(context, 1, new QStringList(split),
                            [](void *p) { delete static_cast<QStringList *>(p); });
    }
    // Each person's name, principal persons first, between " | ": the words must all fall in one.
    // Runs over every match of a search: no allocation per row.
    const QStringView names = textArgument(values[0]);
    bool all = false;
    if (!words->isEmpty()) {
        for (QStringView part : names.tokenize(u'|')) {
            all =
                std::all_of(words->begin(), words->end(), [&](const QString &w) { return hasWord(part, w); });
            if (all)
                break;
        }
    }
    sqlite3_result_int(context, all ? 1 : 0);
}

} // namespace

bool registerSearchFunctions(sqlite3 *db)
{
    return db && sqlite3_create_function_v2(db, "names_match", 2,
                                            SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                            namesMatch, nullptr, nullptr, nullptr) == SQLITE_OK;
}

namespace {

/// The hits of a statement whose columns are uuid, kind, year, number, book, registration date,
/// display and status.
Result<QList<SearchHit>> readHits(Database &db, const QString &sql, const QVariantList &values)
{
    Reader q(db.statement(sql));
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (auto r = db.run(*q, u"tìm kiếm"_s); !r)
        return r.error();
    QList<SearchHit> hits;
    while (q->next()) {
        SearchHit h;
        h.id = QUuid::fromRfc4122(q->value(0).toByteArray());
        h.kind = parseKindCode(q->value(1).toString()).value_or(EventKind::Birth);
        h.year = q->value(2).toInt();
        h.number = q->value(3).toInt();
        h.book = q->value(4).toInt();
        h.registrationDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        h.names = q->value(6).toString();
        const QString status = q->value(7).toString();
        h.status = status == u"voided"_s      ? RecordStatus::Voided
                   : status == u"dissolved"_s ? RecordStatus::Dissolved
                                              : RecordStatus::Active;
        hits << h;
    }
    return hits;
}

Result<qint64> readCount(Database &db, const QString &sql, const QVariantList &values)
{
    Reader q(db.statement(sql));
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (auto r = db.run(*q, u"tìm kiếm"_s); !r)
        return r.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

Result<RecordSearch::IndexedMatches> RecordSearch::indexedMatches(const QString &match, qint64 most)
{
    Reader q(m_db.statement(u"SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?"_s));
    q->bindValue(0, match);
    q->bindValue(1, most);
    if (auto r = m_db.run(*q, u"tìm kiếm"_s); !r)
        return r.error();
    IndexedMatches found;
    while (q->next()) {
        ++found.persons;
        // In rowid order: a record's persons come together.
        const qint64 record = q->value(0).toLongLong() / RegisterIndex::kPersonSlots;
        if (found.records.isEmpty() || found.records.last() != record)
            found.records << record;
    }
    return found;
}

std::optional<Result<QList<SearchHit>>> RecordSearch::searchInNameOrder(const QString &words, int limit,
                                                                        qint64 rows, qint64 matches)
{
    // FTS5 counts persons, and a record may hold several of them ("nguyen": the child and the
    // father), so fewer records match than it counts: walk four times the rows a page should take,
    // then sort after all. The walk goes in name order, which the index does not know: each row
    // walked is matched directly, one person at a time.
    const qint64 walk = 4 * qint64(limit) * std::max<qint64>(1, rows / matches);
    auto hits = readHits(
        m_db,
        u"SELECT r.uuid, r.kind, r.year, r.number, r.book, r.registration_date, top.display, top.status "
        u"FROM (SELECT i.record, i.display, i.status, i.sort_key FROM "
        u"(SELECT record, display, status, sort_key, names FROM record_index INDEXED BY record_index_sort "
        u"ORDER BY sort_key, record LIMIT ?) AS i WHERE names_match(i.names, ?) LIMIT ?) AS top "
        u"JOIN records r ON r.id = top.record ORDER BY top.sort_key, top.record"_s,
        {walk, words, limit});
    if (!hits)
        return hits.error();
    if (hits.value().size() < limit)
        return std::nullopt;
    return hits;
}

Result<QList<SearchHit>> RecordSearch::searchByNames(const QString &match, const QString &words, int limit)
{
    // Sorting m matches costs about m rows; walking the names in order to a page of `limit` costs
    // about limit·n/m. The walk wins past m = √(limit·n): read the matches only that far. Those
    // read are the page's candidates when they are all: the FTS5 query runs once.
    auto rows = readCount(m_db, u"SELECT coalesce(max(record), 0) FROM record_index"_s, {});
    if (!rows)
        return rows.error();
    const qint64 enough = std::max<qint64>(limit, qint64(std::sqrt(double(limit) * double(rows.value()))));
    auto matches = indexedMatches(match, enough);
    if (!matches)
        return matches.error();
    if (matches->persons >= enough) {
        if (auto walked = searchInNameOrder(words, limit, rows.value(), matches->persons))
            return *walked;
        matches = indexedMatches(match, -1);
        if (!matches)
            return matches.error();
    }
    QStringList records;
    records.reserve(matches->records.size());
    for (qint64 record : std::as_const(matches->records))
        records << QString::number(record);
    // Sort the matches on the small index rows and join the large record rows for the page only.
    // NOT INDEXED: given the name-order index, SQLite walks it for the LIMIT and tests every row
    // against the matches (3 s for a rare word at 1,000,000 records); the matches are few here.
    return readHits(
        m_db,
        u"SELECT r.uuid, r.kind, r.year, r.number, r.book, r.registration_date, top.display, top.status "
        u"FROM (SELECT i.record, i.display, i.status, i.sort_key FROM "
        u"(SELECT value AS record FROM json_each(?) UNION ALL "
        u"SELECT record FROM record_index WHERE record > (SELECT indexed_through FROM record_fts_state) "
        u"AND names_match(names, ?)) AS m "
        u"JOIN record_index i NOT INDEXED ON i.record = m.record ORDER BY i.sort_key, i.record LIMIT ?) AS "
        u"top "
        u"JOIN records r ON r.id = top.record ORDER BY top.sort_key, top.record"_s,
        {QString(u'[' + records.join(u',') + u']'), words, limit});
}

Result<QList<SearchHit>> RecordSearch::search(const SearchQuery &query)
{
    const QStringList tokens = searchTokens(text::foldQuery(query.text));
    const QString match = ftsQueryOf(tokens);
    const QString words = tokens.join(u' ');
    const int limit = std::max(1, query.limit);
    const bool recordFilters =
        query.kind || query.from.isValid() || query.to.isValid() || query.year || query.number;
    if (!match.isEmpty() && !recordFilters)
        return searchByNames(match, words, limit);
    // The records matching: those with a person in the FTS5 index who holds every word (each
    // record once, however many of its persons match), and the newest search rows, not yet in it,
    // matched directly one person at a time. The two sets do not meet.
    static const QString kMatches =
        u"(SELECT DISTINCT rowid / %1 AS record FROM person_fts WHERE person_fts MATCH ? UNION ALL "
        u"SELECT record FROM record_index WHERE record > (SELECT indexed_through FROM record_fts_state) "
        u"AND names_match(names, ?)) AS m"_s.arg(RegisterIndex::kPersonSlots);
    QString sql =
        u"SELECT r.uuid, r.kind, r.year, r.number, r.book, r.registration_date, i.display, i.status "_s;
    QVariantList values;
    if (!match.isEmpty()) {
        sql += u"FROM "_s + kMatches +
               u" JOIN record_index i NOT INDEXED ON i.record = m.record JOIN records r ON r.id = i.record "
               u"WHERE 1"_s;
        values << match << words;
    } else {
        sql += u"FROM records r JOIN record_index i ON i.record = r.id WHERE 1"_s;
    }
    if (query.kind) {
        sql += u" AND r.kind = ?"_s;
        values << kindCode(*query.kind);
    }
    if (query.from.isValid()) {
        sql += u" AND r.registration_date >= ?"_s;
        values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        sql += u" AND r.registration_date <= ?"_s;
        values << query.to.toString(Qt::ISODate);
    }
    if (query.year) {
        sql += u" AND r.year = ?"_s;
        values << query.year;
    }
    if (query.number) {
        sql += u" AND r.number = ?"_s;
        values << query.number;
    }
    sql += match.isEmpty() ? u" ORDER BY r.year, r.kind, r.number LIMIT ?"_s
                           : u" ORDER BY i.sort_key, i.record LIMIT ?"_s;
    values << limit;

    return readHits(m_db, sql, values);
}

} // namespace hotich
