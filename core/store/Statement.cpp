#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace hotich {

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_prepareError = db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())),
                                          u"chuẩn bị câu lệnh %1"_s.arg(QString::fromUtf8(sql)));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, const QString &text)
{
    // The file holds UTF-8: converting here (Qt's SIMD converter) is cheaper than SQLite's own.
    return bindUtf8(index, text.toUtf8());
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

Result<bool> Statement::step(const QString &what)
{
    if (m_prepareError)
        return *m_prepareError;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        reset();
        return false;
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    reset();
    return m_db.errorFromCode(rc, message, what);
}

Result<void> Statement::run(const QString &what)
{
    auto r = step(what);
    if (!r)
        return r.error();
    if (*r)
        reset(); // a row came back; step() has already reset after the last one or an error
    return {};
}

Result<qint64> Statement::number(const QString &what, qint64 none)
{
    auto row = step(what);
    if (!row)
        return row.error();
    if (!*row)
        return none;
    const qint64 value = int64(0);
    reset();
    return value;
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column))
                : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.handle());
}

} // namespace hotich
