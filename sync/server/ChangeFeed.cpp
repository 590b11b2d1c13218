#include "sync/server/ChangeFeed.h"

#include "sync/server/BulkInsert.h"
#include "sync/server/ServerErrors.h"
#include "util/JsonWriter.h"

#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

// Cursor bytes: a tag naming the database it was issued by, then big-endian numbers.
constexpr char kSqliteTag = 'S';
constexpr char kPostgresTag = 'P';

struct Cursor
{
    qint64 xid = -1; ///< PostgreSQL only
    qint64 id = 0;
};

void appendNumber(QByteArray &out, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, 8);
}

QByteArray encode(const Cursor &c, Dialect dialect)
{
    QByteArray out;
    if (dialect == Dialect::Postgres) {
        out.append(kPostgresTag);
        appendNumber(out, c.xid);
    } else {
        out.append(kSqliteTag);
    }
    appendNumber(out, c.id);
    return out;
}

std::optional<Cursor> decode(const QByteArray &bytes, Dialect dialect)
{
    Cursor c;
    if (bytes.isEmpty())
        return c;
    const bool pg = dialect == Dialect::Postgres;
    if (bytes.size() != (pg ? 17 : 9) || bytes[0] != (pg ? kPostgresTag : kSqliteTag))
        return std::nullopt;
    if (pg)
        c.xid = qFromBigEndian<qint64>(bytes.constData() + 1);
    c.id = qFromBigEndian<qint64>(bytes.constData() + (pg ? 9 : 1));
    if (c.id < 0)
        return std::nullopt;
    return c;
}

} // namespace

Result<qint64> ChangeFeed::append(const QString &office, const Change &change, const QDateTime &now)
{
    // The xid column takes its default: the transaction's id on PostgreSQL.
    auto q = m_db.run(u"INSERT INTO changes (office, kind, record, body, created_at) VALUES (?, ?, ?, ?, ?) "
                      u"RETURNING id"_s,
                      {nullIfEmpty(office), changeKindCode(change.kind()), uuidValue(change.record()),
                       compactJson(change.bodyJson()), now.toMSecsSinceEpoch()},
                      u"ghi thay đổi cho đơn vị"_s);
    if (!q)
        return q.error();
    if (!q->next()) {
        return Error::make(ErrorKind::Storage, u"server.database"_s,
                           u"Cơ sở dữ liệu không trả về mã của thay đổi vừa ghi"_s,
                           u"The database gave no id for the change just written"_s);
    }
    return q->value(0).toLongLong();
}

Result<void> ChangeFeed::append(const QList<OfficeChange> &changes, const QDateTime &now)
{
    BulkInsert rows(m_db, u"changes (office, kind, record, body, created_at)"_s, 5, QString(),
                    u"ghi thay đổi cho đơn vị"_s);
    for (const OfficeChange &c : changes) {
        rows.add({nullIfEmpty(c.office), changeKindCode(c.change.kind()), uuidValue(c.change.record()),
                  compactJson(c.change.bodyJson()), now.toMSecsSinceEpoch()});
    }
    return rows.run();
}

Result<PullPage> ChangeFeed::pull(const QString &office, const QByteArray &cursorBytes, int max)
{
    const auto cursor = decode(cursorBytes, m_db.dialect());
    if (!cursor)
        return errors::pullCursor();
    max = std::clamp(max, 1, kMaximumPage);
    // Two ranges of the (office, xid, id) index, the office's own and the broadcast, each cut at
    // the page: one scan with `office = ? OR office IS NULL` read and sorted all the office's
    // changes at every pull (65 ms for a no-op at a million records).
    QString after;
    QVariantList bounds;
    if (m_db.postgres()) {
        // Only rows whose transaction ended before every transaction still running began.
        after = u"(xid, id) > (?, ?) AND xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint"_s;
        bounds = {cursor->xid, cursor->id};
    } else {
        // xid is always 0 here; said outright, so that SQLite seeks to the id (with the row value
        // it reads the office's changes from the start).
        after = u"xid = 0 AND id > ?"_s;
        bounds = {cursor->id};
    }
    const QString range = u"SELECT id, xid, kind, body, created_at FROM changes WHERE %1 AND "_s + after +
                          u" ORDER BY xid, id LIMIT ?"_s;
    const QString sql = u"SELECT * FROM ("_s + range.arg(u"office = ?"_s) +
                        u") AS own UNION ALL SELECT * FROM ("_s + range.arg(u"office IS NULL"_s) +
                        u") AS everyone ORDER BY 2, 1 LIMIT ?"_s;
    QVariantList values{office};
    values << bounds << max + 1 << bounds << max + 1 << max + 1;
    auto q = m_db.run(sql, values, u"đọc thay đổi cho đơn vị"_s);
    if (!q)
        return q.error();
    PullPage page;
    Cursor last = *cursor;
    while (q->next()) {
        if (page.changes.size() == max) {
            page.more = true;
            break;
        }
        const auto kind = parseChangeKindCode(q->value(2).toString());
        const QJsonObject body = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
        if (!kind) {
            return Error::make(
                ErrorKind::Corrupt, u"server.change"_s,
                u"Thay đổi %1 trong cơ sở dữ liệu máy chủ có loại không rõ"_s.arg(q->value(0).toLongLong()),
                u"Change %1 in the server database has an unknown kind"_s.arg(q->value(0).toLongLong()));
        }
        auto change = Change::fromJson(*kind, body);
        if (!change)
            return change.error();
        change->id = q->value(0).toLongLong();
        change->atMs = q->value(4).toLongLong();
        last = Cursor{q->value(1).toLongLong(), change->id};
        page.changes << *change;
    }
    page.cursor = page.changes.isEmpty() ? cursorBytes : encode(last, m_db.dialect());
    return page;
}

} // namespace hotich::server
