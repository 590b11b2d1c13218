#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hotich {

class Database;

/// A statement prepared on the raw SQLite connection that Qt Sql opened. Used only for the few
/// statements every registration runs: there QSqlQuery's QVariant binding and result bookkeeping
/// cost about as much as SQLite's own work. Obtain one from Database::prepared(); it is reset after
/// each step() that returns no row and by reset(). A statement that could not be prepared (a
/// damaged schema, a file that is not a register) binds nothing and fails every step() with the
/// reason: a broken file is an error to report, not a reason to stop the program.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Parameters are numbered from 1, as in SQLite.
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, qint64 value);
    Statement &bindBlob(int index, const QByteArray &bytes);
    /// Text already in UTF-8 (the database's encoding: SQLite need not convert it).
    Statement &bindUtf8(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    /// Binds text, or NULL when the text is empty.
    Statement &bindOptional(int index, const QString &text);

    /// Runs one step: true when a row is ready, false when done (the statement is then reset).
    Result<bool> step(const QString &what);
    /// Runs a statement that returns no rows.
    Result<void> run(const QString &what);
    /// Runs a query of one number (a max, a count, a mark): its first column, or `none` without a row.
    Result<qint64> number(const QString &what, qint64 none = 0);
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    qint64 lastInsertRowId() const;

private:
    Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<Error> m_prepareError;
};

} // namespace hotich
