#include "RecordSearch.h"

#include "text/Fold.h"
#include "util/Uuid.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QVariant>

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

QString RecordSearch::ftsQuery(QStringView textQuery)
{
    const QString folded = text::foldQuery(textQuery);
    QStringList tokens;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    for (QString &t : tokens)
        t = u'"' + t + u'"';
    return tokens.join(u' ');
}

Result<QList<SearchHit>> RecordSearch::search(const SearchQuery &query)
{
    const QString match = ftsQuery(query.text);
    const bool recordFilters =
        query.kind || query.from.isValid() || query.to.isValid() || query.year || query.number;
    QString sql;
    QVariantList values;
    if (!match.isEmpty() && !recordFilters) {
        // Sort the matches on the small index rows and join the large record rows for the page only.
        sql =
            u"SELECT r.uuid, r.kind, r.year, r.number, r.book, r.registration_date, top.display, top.status "
            u"FROM (SELECT i.record, i.display, i.status, i.sort_key FROM record_fts f "
            u"JOIN record_index i ON i.record = f.rowid WHERE record_fts MATCH ? ORDER BY i.sort_key LIMIT "
            u"?) AS top "
            u"JOIN records r ON r.id = top.record ORDER BY top.sort_key"_s;
        values << match << std::max(1, query.limit);
    } else {
        sql = u"SELECT r.uuid, r.kind, r.year, r.number, r.book, r.registration_date, i.display, i.status "_s;
        if (!match.isEmpty()) {
            sql += u"FROM record_fts f JOIN record_index i ON i.record = f.rowid JOIN records r ON r.id = "
                   u"i.record "
                   u"WHERE record_fts MATCH ?"_s;
            values << match;
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
