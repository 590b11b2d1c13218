#pragma once

#include "sync/server/ServerDatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hotich::server {

/// Where an office's chain stands on the server.
struct OfficeHead
{
    QString office;
    QString provinceCode; ///< "01"
    qint64 seq = 0;       ///< the highest sequence held (0: none)
    QByteArray hash;      ///< the chain hash after it (empty: none)
};

/// The offices the server serves: one row each, made when the office's first enrolment code is,
/// holding the head of the office's chain. Every write for an office locks that row first, so two
/// server processes never apply batches for the same office at once.
class Offices
{
public:
    explicit Offices(ServerDatabase &db) : m_db(db) {}

    /// The province of a commune code of the administrative-unit lists ("00004" → "01"), or an
    /// error naming the code.
    static Result<QString> provinceOf(const QString &office);

    /// Adds the office if the server does not know it yet.
    Result<void> ensure(const QString &office, const QDateTime &now);
    /// Reads the office's head and locks its row until the transaction ends (PostgreSQL; SQLite's
    /// writers are serialised by BEGIN IMMEDIATE). office.unknown when it was never enrolled.
    Result<OfficeHead> lock(const QString &office);
    Result<void> setHead(const QString &office, qint64 seq, const QByteArray &hash);
    /// The codes of every office, in order.
    Result<QStringList> all();

private:
    ServerDatabase &m_db;
};

} // namespace hotich::server
