#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QList>

namespace hotich {

struct IntegrityProblem
{
    QString code; ///< "journal.tampered", "record.tampered", "numbering.gap", …
    QString table;
    qint64 id = 0; ///< row id or sequence number
    QString vi;
    QString en;
};

struct IntegrityReport
{
    QList<IntegrityProblem> problems;
    qint64 records = 0;
    qint64 amendments = 0;
    qint64 accounts = 0;
    qint64 journalEntries = 0;
    qint64 outboxEntries = 0;

    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

/// Verifies a register end to end: SQLite's own integrity check; the journal's hash chain (an
/// edited, deleted or reordered entry breaks it); every record, amendment and account against the
/// content hash its journal entry vouches for (an edit, a deletion or a row slipped in outside
/// hotich shows); the outbox chain; and gapless register numbers.
class IntegrityCheck
{
public:
    explicit IntegrityCheck(Database &db) : m_db(db) {}
    Result<IntegrityReport> run();

private:
    Result<void> checkSqlite(IntegrityReport &report);
    Result<void> checkJournal(IntegrityReport &report);
    Result<void> checkRows(IntegrityReport &report);
    Result<void> checkOutbox(IntegrityReport &report);
    Result<void> checkNumbering(IntegrityReport &report);
    Result<void> checkSearchIndex(IntegrityReport &report);

    Database &m_db;
    QHash<QString, QHash<qint64, QByteArray>> m_vouched; ///< table → row id → content hash (latest entry)
    QHash<qint64, QByteArray> m_recordHashes;
    QHash<qint64, QByteArray> m_amendmentHashes;
};

} // namespace hotich
