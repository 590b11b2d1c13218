#include "Outbox.h"

#include "Statement.h"
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
    const auto link = m_head.next(u"đọc hàng đợi đồng bộ"_s);
    if (!link)
        return link.error();
    entry.seq = link->seq;
    entry.hash = entry.chainHash(link->previous);
    Statement &insert = m_db.prepared(
        "INSERT INTO outbox (seq, office, operation, record, amendment, content_hash, hash, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.seq).bind(2, entry.office).bind(3, entry.operation).bind(4, entry.recordId);
    if (entry.amendmentId)
        insert.bind(5, entry.amendmentId);
    insert.bindBlob(6, entry.contentHash).bindBlob(7, entry.hash).bind(8, entry.createdAtMs);
    if (auto r = insert.run(u"ghi hàng đợi đồng bộ"_s); !r)
        return r.error();
    m_head.advance(entry.seq, entry.hash);
    return entry.seq;
}

} // namespace hotich
