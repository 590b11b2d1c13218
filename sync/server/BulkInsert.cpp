#include "sync/server/BulkInsert.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

BulkInsert::BulkInsert(ServerDatabase &db, QString into, int columns, QString tail, QString what)
    : m_db(db), m_into(std::move(into)), m_columns(columns), m_tail(std::move(tail)), m_what(std::move(what))
{}

void BulkInsert::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(int(row.size()) == m_columns);
    m_values.append(QVariantList(row));
}

QString BulkInsert::statement(int rows) const
{
    QString one = u"("_s;
    for (int c = 0; c < m_columns; ++c)
        one += c == 0 ? u"?"_s : u", ?"_s;
    one += u')';
    QString sql = u"INSERT INTO "_s + m_into + u" VALUES "_s;
    sql.reserve(sql.size() + rows * (one.size() + 2) + m_tail.size());
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += u", "_s;
        sql += one;
    }
    return sql + m_tail;
}

Result<void> BulkInsert::run(const std::function<void(const Rows &)> &returned)
{
    const qsizetype total = size();
    for (qsizetype done = 0; done < total;) {
        int rows = kMaximumRows;
        while (rows > total - done)
            rows /= 2;
        auto q =
            m_db.run(statement(rows), m_values.mid(done * m_columns, qsizetype(rows) * m_columns), m_what);
        if (!q)
            return q.error();
        while (q->next()) {
            if (returned)
                returned(*q);
        }
        done += rows;
    }
    return {};
}

Result<void> selectForKeys(ServerDatabase &db, const QString &select, const QStringList &keys,
                           const QVariantList &after, const QString &what,
                           const std::function<void(const Rows &)> &row)
{
    for (qsizetype from = 0; from < keys.size(); from += BulkInsert::kMaximumRows) {
        const QStringList some = keys.mid(from, BulkInsert::kMaximumRows);
        QVariantList values;
        values.reserve(some.size() + after.size());
        for (const QString &k : some)
            values << k;
        values << after;
        auto q = db.run(select.arg(QStringList(some.size(), u"?"_s).join(u", "_s)), values, what);
        if (!q)
            return q.error();
        while (q->next())
            row(*q);
    }
    return {};
}

} // namespace hotich::server
