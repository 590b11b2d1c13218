#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace hotich::server {

/// A statement the server keeps prepared on its SQLite connection. Used by one Rows at a time.
struct SqliteStatement
{
    sqlite3_stmt *handle = nullptr;
    bool inUse = false;
};

/// The outcome of one statement ServerDatabase::run ran, positioned before its first row. On
/// PostgreSQL it is a QSqlQuery. On SQLite it is SQLite's own statement: there Qt's binding (a
/// placeholder name formatted per value) and its row bookkeeping cost as much as SQLite's work.
/// The statement is free for the next run once the rows are read to the end, finish() is called, or
/// the Rows is destroyed.
class Rows
{
public:
    explicit Rows(QSqlQuery query) : m_query(std::move(query)) {}
    /// A SQLite statement stepped once: `row` when that step gave a row, else `changes` rows changed.
    /// An `owned` statement (prepared because the kept one was in use) is finalised at the end.
    Rows(SqliteStatement *statement, bool owned, bool row, int changes);
    ~Rows();
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    /// Moves to the next row; false after the last (or when SQLite fails to read one).
    bool next();
    /// A column of the current row: a number as qlonglong or double, text as QString, a blob as
    /// QByteArray, NULL as an invalid QVariant.
    QVariant value(int column) const;
    /// Rows inserted, updated or deleted by the statement.
    int numRowsAffected() const;
    void finish();

private:
    void release();

    std::optional<QSqlQuery> m_query; // PostgreSQL
    SqliteStatement *m_statement = nullptr;
    bool m_owned = false;
    bool m_pendingRow = false; // the first step gave a row that next() has not yet moved to
    bool m_onRow = false;
    int m_changes = 0;
};

} // namespace hotich::server
