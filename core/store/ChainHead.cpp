#include "ChainHead.h"

#include "Statement.h"

namespace hotich {

Result<ChainHead::Link> ChainHead::next(const QString &what)
{
    if (m_seq < 0) {
        Statement &last = m_db.prepared(m_lastRowSql);
        auto row = last.step(what);
        if (!row)
            return row.error();
        m_seq = *row ? last.int64(0) : 0;
        m_hash = *row ? last.blob(1) : QByteArray();
        last.reset();
    }
    return Link{m_seq + 1, m_hash};
}

void ChainHead::advance(qint64 seq, const QByteArray &hash)
{
    m_seq = seq;
    m_hash = hash;
}

} // namespace hotich
