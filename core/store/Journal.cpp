#include "Journal.h"

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
        Reader last(m_db.statement(u"SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"_s));
        if (auto r = m_db.run(*last, u"đọc nhật ký"_s); !r)
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
        u"INSERT INTO journal (seq, at, actor, action, target_table, target_id, content_hash, detail, hash) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bindValue(0, entry.seq);
    insert.bindValue(1, entry.atMs);
    insert.bindValue(2, entry.actor);
    insert.bindValue(3, entry.action);
    insert.bindValue(4, entry.targetTable.isEmpty() ? QVariant() : QVariant(entry.targetTable));
    insert.bindValue(5, entry.targetTable.isEmpty() ? QVariant() : QVariant(entry.targetId));
    insert.bindValue(6, entry.contentHash.isEmpty() ? QVariant() : QVariant(entry.contentHash));
    insert.bindValue(7, entry.detail.isEmpty() ? QVariant() : QVariant(entry.detail));
    insert.bindValue(8, entry.hash);
    if (auto r = m_db.run(insert, u"ghi nhật ký"_s); !r)
        return r.error();
    m_headSeq = entry.seq;
    m_headHash = entry.hash;
    return entry.seq;
}

} // namespace hotich
