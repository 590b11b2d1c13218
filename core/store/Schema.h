#pragma once

#include "util/Result.h"

#include <QList>
#include <QStringList>

namespace hotich {
class Database;
}

namespace hotich::schema {

/// One numbered migration: the statements that bring the schema from version-1 to version.
struct Migration
{
    int version;
    QStringList statements;
    /// The migration rebuilds a table that others reference: it runs with foreign keys off and
    /// checks them all before committing (SQLite's procedure for schema changes).
    bool rebuildsTables = false;
    /// Work SQL alone cannot do (hashes, UUIDs), run after the statements in the same transaction.
    Result<void> (*upgrade)(Database &db) = nullptr;
};

/// The triggers that keep a table append-only (no UPDATE, no DELETE).
QStringList appendOnly(const QString &table);

/// Every migration, in order. Never edit a released one; append a new one.
const QList<Migration> &migrations();

} // namespace hotich::schema
