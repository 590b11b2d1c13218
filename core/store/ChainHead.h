#pragma once

#include "Database.h"

#include <QByteArray>

namespace hotich {

/// The head of a hash-chained, append-only table (the journal, the outbox): its last sequence
/// number and hash, read once and then followed in memory — so one ChainHead serves one transaction.
class ChainHead
{
public:
    /// `lastRowSql` selects (seq, hash) of the table's last row; a string literal.
    ChainHead(Database &db, const char *lastRowSql) : m_db(db), m_lastRowSql(lastRowSql) {}

    struct Link
    {
        qint64 seq;          ///< the sequence number of the next row
        QByteArray previous; ///< the hash it chains to (empty for the first row)
    };

    /// Where the next row goes.
    Result<Link> next(const QString &what);
    /// Records the row just written.
    void advance(qint64 seq, const QByteArray &hash);

private:
    Database &m_db;
    const char *m_lastRowSql;
    qint64 m_seq = -1; ///< -1 until read
    QByteArray m_hash;
};

} // namespace hotich
