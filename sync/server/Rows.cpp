#include "sync/server/Rows.h"

#include <sqlite3.h>

#include <utility>

namespace hotich::server {

Rows::Rows(SqliteStatement *statement, bool owned, bool row, int changes)
    : m_statement(statement), m_owned(owned), m_pendingRow(row), m_changes(changes)
{
    if (!row)
        release(); // nothing to read: the statement is free at once
}

Rows::~Rows()
{
    release();
}

Rows::Rows(Rows &&other) noexcept
    : m_query(std::move(other.m_query)), m_statement(std::exchange(other.m_statement, nullptr)),
      m_owned(other.m_owned), m_pendingRow(other.m_pendingRow), m_onRow(other.m_onRow),
      m_changes(other.m_changes)
{}

Rows &Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        release();
        m_query = std::move(other.m_query);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_owned = other.m_owned;
        m_pendingRow = other.m_pendingRow;
        m_onRow = other.m_onRow;
        m_changes = other.m_changes;
    }
    return *this;
}

void Rows::release()
{
    m_onRow = false;
    m_pendingRow = false;
    if (!m_statement)
        return;
    if (m_owned) {
        sqlite3_finalize(m_statement->handle);
        delete m_statement;
    } else {
        sqlite3_reset(m_statement->handle);
        sqlite3_clear_bindings(m_statement->handle);
        m_statement->inUse = false;
    }
    m_statement = nullptr;
}

bool Rows::next()
{
    if (m_query)
        return m_query->next();
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    if (m_statement && sqlite3_step(m_statement->handle) == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    release();
    return false;
}

QVariant Rows::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!m_statement || !m_onRow)
        return QVariant();
    sqlite3_stmt *s = m_statement->handle;
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(s, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(s, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                                          sqlite3_column_bytes(s, column)));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(s, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(s, column)));
    }
    default:
        return QVariant();
    }
}

int Rows::numRowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : m_changes;
}

void Rows::finish()
{
    if (m_query)
        m_query->finish();
    else
        release();
}

} // namespace hotich::server
