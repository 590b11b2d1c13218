#include "Outbox.h"

#include "util/Hash.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

QByteArray OutboxEntry::chainHash(const QByteArray &previous) const
{
    return FieldHasher()
        .add(QByteArrayView(previous))
        .add(seq)
        .add(office)
        .add(operation)
        .add(recordId)
        .add(amendmentId)
        .add(QByteArrayView(contentHash))
        .add(createdAtMs)
        .result();
}

Result<qint64> Outbox::append(OutboxEntry entry)
{
    if (m_headSeq < 0) {
        Reader last(m_db.statement(u"SELECT seq, hash FROM outbox ORDER BY seq DESC LIMIT 1"_s));
        if (auto r = m_db.run(*last, u"đọc hàng đợi đồng bộ"_s); !r)
            return r.error();
        m_headSeq = 0;
        if (last->next()) {
            m_headSeq = last->value(0).toLongLong();
            m_headHash = last->value(1).toByteArray();
        }
    }
    entry.seq = m_headSeq + 1;
    entry.hash = entry.chainHash(m_headHash);
    QSqlQuery &insert = m_db.statement(
        u"INSERT INTO outbox (seq, office, operation, record, amendment, content_hash, hash, created_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bindValue(0, entry.seq);
    insert.bindValue(1, entry.office);
    insert.bindValue(2, entry.operation);
    insert.bindValue(3, entry.recordId);
    insert.bindValue(4, entry.amendmentId ? QVariant(entry.amendmentId) : QVariant());
    insert.bindValue(5, entry.contentHash);
    insert.bindValue(6, entry.hash);
    insert.bindValue(7, entry.createdAtMs);
    if (auto r = m_db.run(insert, u"ghi hàng đợi đồng bộ"_s); !r)
        return r.error();
    m_headSeq = entry.seq;
    m_headHash = entry.hash;
    return entry.seq;
}

} // namespace hotich
