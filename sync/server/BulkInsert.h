#pragma once

#include "sync/server/ServerDatabase.h"

#include <QString>
#include <QVariantList>

#include <functional>

namespace hotich::server {

/// Many rows of one table inserted in few statements: a push's 2,000 entries went in as 2,000
/// statements, each bound, stepped and reset, opening the table and its indexes again. Rows go in
/// chunks of a power of two rows (at most kMaximumRows), so that a batch of any size needs at most
/// nine distinct statements, each kept prepared by ServerDatabase::run. The parameters of a chunk
/// stay far below both databases' limits (SQLite 32,766; PostgreSQL 65,535).
class BulkInsert
{
public:
    static constexpr int kMaximumRows = 256;

    /// `into` is "table (column, …)", `tail` what follows the values (" ON CONFLICT DO NOTHING
    /// RETURNING …"), `what` the step for error messages.
    BulkInsert(ServerDatabase &db, QString into, int columns, QString tail, QString what);

    /// One row: exactly as many values as columns, in their order.
    void add(std::initializer_list<QVariant> row);
    qsizetype size() const { return m_values.size() / m_columns; }

    /// Inserts the rows added, in order; `returned` is given each row the tail's RETURNING gives.
    Result<void> run(const std::function<void(const Rows &)> &returned = {});

private:
    QString statement(int rows) const;

    ServerDatabase &m_db;
    QString m_into;
    int m_columns;
    QString m_tail;
    QString m_what;
    QVariantList m_values;
};

/// The rows of `select` for many keys in few statements (the same rule's look-up for a whole
/// batch): run once for each chunk of at most BulkInsert::kMaximumRows keys, "%1" in `select`
/// standing for the chunk's "?, ?, …", the keys bound before `after`. Each row read goes to `row`.
Result<void> selectForKeys(ServerDatabase &db, const QString &select, const QStringList &keys,
                           const QVariantList &after, const QString &what,
                           const std::function<void(const Rows &)> &row);

} // namespace hotich::server
