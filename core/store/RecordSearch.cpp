#include "RecordSearch.h"

#include "text/Fold.h"
#include "util/Uuid.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

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
    // The principal persons' names, then " | " and each other person's: the words must all fall in one.
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

Result<QList<SearchHit>> RecordSearch::search(const SearchQuery &query)
{
    const QStringList tokens = searchTokens(text::foldQuery(query.text));
    const QString match = ftsQueryOf(tokens);
    const QString words = tokens.join(u' ');
    // The records matching: those in the FTS5 index, and the newest search rows not yet in it.
    static const QString kMatches =
        u"(SELECT rowid AS record FROM record_fts WHERE record_fts MATCH ? UNION ALL "
        u"SELECT record FROM record_index WHERE record > (SELECT indexed_through FROM record_fts_state) "
        u"AND names_match(names, ?)) AS m"_s;
    const bool recordFilters =
        query.kind || query.from.isValid() || query.to.isValid() || query.year || query.number;
    // Several words must name one person (FTS5 only knows they are all in the row); one word does.
    const bool onePerson = tokens.size() > 1;
    const QString personFilter = onePerson ? u"names_match(i.names, ?)"_s : u"1"_s;
    QString sql;
    QVariantList values;
    if (!match.isEmpty() && !recordFilters) {
        // Sort the matches on the small index rows and join the large record rows for the page only.
        sql =
            u"SELECT r.uuid, r.kind, r.year, r.number, r.book, r.registration_date, top.display, top.status "
            u"FROM (SELECT i.record, i.display, i.status, i.sort_key FROM "_s +
            kMatches + u" JOIN record_index i ON i.record = m.record WHERE "_s + personFilter +
            u" ORDER BY i.sort_key LIMIT ?) AS top "
            u"JOIN records r ON r.id = top.record ORDER BY top.sort_key"_s;
        values << match << words;
        if (onePerson)
            values << words;
        values << std::max(1, query.limit);
    } else {
        sql = u"SELECT r.uuid, r.kind, r.year, r.number, r.book, r.registration_date, i.display, i.status "_s;
        if (!match.isEmpty()) {
            sql += u"FROM "_s + kMatches +
                   u" JOIN record_index i ON i.record = m.record JOIN records r ON r.id = i.record "
                   u"WHERE "_s +
                   personFilter;
            values << match << words;
            if (onePerson)
                values << words;
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
                               : u" ORDER BY i.sort_key LIMIT ?"_s;
        values << std::max(1, query.limit);
    }

    Reader q(m_db.statement(sql));
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (auto r = m_db.run(*q, u"tìm kiếm"_s); !r)
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

} // namespace hotich
