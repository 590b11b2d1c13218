#pragma once

#include "sync/server/ServerDatabase.h"

#include <QJsonObject>

namespace hotich::server {

/// Counts for `hotich-server stats`: per office, each count by kind (entries by operation,
/// records by kind of event, changes by kind, ID number requests by state, alerts by kind).
class ServerStats
{
public:
    explicit ServerStats(ServerDatabase &db) : m_db(db) {}

    Result<QJsonObject> collect();

private:
    /// Adds `SELECT office, kind, count(*) … GROUP BY office, kind` under offices.<office>.<member>.
    Result<void> addGrouped(QJsonObject &offices, const QString &member, const QString &sql);
    Result<void> addCount(QJsonObject &offices, const QString &member, const QString &sql);

    ServerDatabase &m_db;
};

} // namespace hotich::server
