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
    if (m_headSeq < 0) {
        Statement &last = m_db.prepared("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1");
        auto row = last.step(u"đọc nhật ký"_s);
        if (!row)
            return row.error();
        m_headSeq = *row ? last.int64(0) : 0;
        m_headHash = *row ? last.blob(1) : QByteArray();
        last.reset();
    }
    entry.seq = m_headSeq + 1;
    entry.hash = entry.chainHash(m_headHash);
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
    m_headSeq = entry.seq;
    m_headHash = entry.hash;
    return entry.seq;
}

} // namespace hotich
