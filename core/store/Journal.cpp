#include "Journal.h"

#include "Statement.h"
#include "util/Hash.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

QByteArray JournalEntry::chainHash(const QByteArray &previous) const
{
    return FieldHasher()
        .add(QByteArrayView(previous))
        .add(seq)
        .add(atMs)
        .add(actor)
        .add(action)
        .add(targetTable)
        .add(targetId)
        .add(QByteArrayView(contentHash))
        .add(detail)
        .result();
}

Result<qint64> Journal::append(JournalEntry entry)
{
    const auto link = m_head.next(u"đọc nhật ký"_s);
    if (!link)
        return link.error();
    entry.seq = link->seq;
    entry.hash = entry.chainHash(link->previous);
    Statement &insert = m_db.prepared(
        "INSERT INTO journal (seq, at, actor, action, target_table, target_id, content_hash, detail, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.seq).bind(2, entry.atMs).bind(3, entry.actor).bind(4, entry.action);
    if (!entry.targetTable.isEmpty())
        insert.bind(5, entry.targetTable).bind(6, entry.targetId);
    if (!entry.contentHash.isEmpty())
        insert.bindBlob(7, entry.contentHash);
    insert.bindOptional(8, entry.detail).bindBlob(9, entry.hash);
    if (auto r = insert.run(u"ghi nhật ký"_s); !r)
        return r.error();
    m_head.advance(entry.seq, entry.hash);
    return entry.seq;
}

} // namespace hotich
