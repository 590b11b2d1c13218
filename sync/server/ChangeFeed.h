#pragma once

#include "sync/server/Changes.h"
#include "sync/server/ServerDatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hotich::server {

/// What each office pulls: the changes the centre made for it, in the order they became final.
///
/// PostgreSQL numbers rows when they are inserted but commits them in any order, so a reader that
/// followed the row id could see rows 1 and 3, move past 2 while 2's transaction is still open,
/// and never see it. Each row is therefore stamped with its transaction's id (`pg_current_xact_id()`)
/// and a pull returns only rows of transactions below the oldest one still running
/// (`pg_snapshot_xmin(pg_current_snapshot())`): every transaction that could still add a row below
/// the cursor has ended. The cursor is (transaction id, row id). On SQLite writers are serialised,
/// commit order is id order, and the cursor is the row id. Nothing of the cursor is kept on the
/// server: the office brings it back.
/// A change for one office (an empty office: for every office), not yet written.
struct OfficeChange
{
    QString office;
    Change change;
};

class ChangeFeed
{
public:
    static constexpr int kMaximumPage = 5000;

    explicit ChangeFeed(ServerDatabase &db) : m_db(db) {}

    /// Adds a change for the office (an empty office: for every office) in the caller's transaction.
    Result<qint64> append(const QString &office, const Change &change, const QDateTime &now);
    /// Adds them all, in their order, in few statements (a push gathers its findings and answers
    /// and writes them at its end).
    Result<void> append(const QList<OfficeChange> &changes, const QDateTime &now);
    /// The office's changes after `cursor` (empty: from the start), at most `max` of them. Runs as
    /// one statement outside any write transaction of the connection.
    Result<PullPage> pull(const QString &office, const QByteArray &cursor, int max);

private:
    ServerDatabase &m_db;
};

} // namespace hotich::server
