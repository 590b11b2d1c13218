#pragma once

#include "sync/server/DatabaseUrl.h"

#include <QList>
#include <QStringList>

namespace hotich::server {

/// One numbered migration of the server's database. The statements are written once for both
/// databases; the few types that differ are placeholders that dialectSql() fills in:
/// `{id}` an integer key the database numbers, `{blob}` bytes, `{xid}` the writing transaction's id
/// (PostgreSQL; 0 on SQLite, whose writers commit in id order).
struct ServerMigration
{
    int version;
    QStringList statements;
};

/// Every migration, in order. Never edit a released one; append a new one.
const QList<ServerMigration> &serverMigrations();

/// The statement with the placeholders of the dialect filled in.
QString dialectSql(const QString &statement, Dialect dialect);

} // namespace hotich::server
