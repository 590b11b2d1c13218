#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QList>

#include <functional>

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
    QMap<QString, qint64> otherRows; ///< rows of each VouchedTable checked, by table name
    qint64 journalEntries = 0;
    qint64 outboxEntries = 0;
    qint64 stockReceipts = 0;
    qint64 formJournalEntries = 0;

    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

/// A table whose rows the journal vouches for, owned by a layer above the store (the accounts of
/// `auth`): that layer reads its own rows and hashes them, the check compares the hashes.
struct VouchedTable
{
    using RowSink = std::function<void(qint64 id, const QByteArray &contentHash)>;

    QString table;
    QString whatVi; ///< "Tài khoản", as messages name one row
    QString whatEn;
    /// Calls the sink once per row of the table; an empty hash marks a row that cannot be sound.
    std::function<Result<void>(Database &, const RowSink &)> readRows;
};

/// Verifies a register end to end: SQLite's own integrity check; the journal's hash chain (an
/// edited, deleted or reordered entry breaks it); every record, amendment and account against the
/// content hash its journal entry vouches for (and the rows of each VouchedTable given) (an edit, a deletion
/// or a row slipped in outside hotich shows); the outbox chain; the blank-form stock (vouched for by the
/// journal) and the form journal's chain; and gapless register numbers. A journal entry
/// for a table it was not given is reported as a deleted row: a whole register is checked with the tables of
/// the layers above (registry/RegisterCheck.h, verifyRegister).
class IntegrityCheck
{
public:
    explicit IntegrityCheck(Database &db, QList<VouchedTable> otherTables = {})
        : m_db(db), m_otherTables(std::move(otherTables))
    {}
    Result<IntegrityReport> run();

private:
    Result<void> checkSqlite(IntegrityReport &report);
    Result<void> checkJournal(IntegrityReport &report);
    Result<void> checkRows(IntegrityReport &report);
    Result<void> checkOutbox(IntegrityReport &report);
    Result<void> checkFormJournal(IntegrityReport &report);
    Result<void> checkNumbering(IntegrityReport &report);
    Result<void> checkSearchIndex(IntegrityReport &report);
    /// The first term and record where the FTS5 index and one built from the search rows differ.
    Result<QString> searchIndexDifference();

    Database &m_db;
    QList<VouchedTable> m_otherTables;
    QHash<QString, QHash<qint64, QByteArray>> m_vouched; ///< table → row id → content hash (latest entry)
};

} // namespace hotich
