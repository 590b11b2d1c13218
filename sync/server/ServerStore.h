#pragma once

#include "store/SyncEntry.h"
#include "sync/server/Changes.h"
#include "sync/server/Credentials.h"
#include "sync/server/Enrolment.h"
#include "sync/server/PopulationRegistry.h"
#include "sync/server/PushResult.h"
#include "sync/server/Quarantine.h"
#include "sync/server/ServerDatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

namespace hotich::server {

/// The reference ministry server without its HTTP and its frames: what `hotich-server` does for
/// each request, on its database (PostgreSQL or SQLite). One ServerStore is one connection, used
/// by one thread; several stores, threads and processes may share a PostgreSQL database, since
/// nothing is kept in memory between calls and every write locks the office it concerns.
class ServerStore
{
public:
    /// Opens (and migrates) the database at `url`; the built-in population registry unless another
    /// is given.
    static Result<std::unique_ptr<ServerStore>> open(const QString &url,
                                                     std::unique_ptr<PopulationRegistry> registry = nullptr);

    ServerDatabase &database() { return *m_db; }

    // Enrolment (docs/sync-protocol.md, "Enrolment and recovery").
    Result<EnrolCode> createEnrolCode(const QString &office, const QDateTime &now);
    Result<Credential> enrol(const QString &office, const QUuid &registerUuid, const QString &code,
                             const QDateTime &now);
    Result<AuthenticatedRegister> authenticate(const QString &credentialId, const QByteArray &secret);

    /// One push of the credential's office (see PushIngest): entries `fromSeq` … in order, and the
    /// client's chain hash after the last one.
    Result<PushResult> applyPush(const QString &office, const QUuid &registerUuid, const QUuid &epochUuid,
                                 qint64 fromSeq, const QList<SyncEntry> &entries,
                                 const QByteArray &clientHead, const QDateTime &now);
    /// The office's changes after `cursor`: first the ID number requests that came due are asked
    /// again, then a page of the feed (see ChangeFeed).
    Result<PullPage> pull(const QString &office, const QByteArray &cursor, int max, const QDateTime &now);
    /// The office's entries from `fromSeq` on, to rebuild its register (`hotich-admin recover`).
    Result<QList<SyncEntry>> entriesOf(const QString &office, qint64 fromSeq, int max);

    /// The centre voids a record (a court's or a superior body's decision): the office pulls it.
    Result<void> revoke(const QUuid &record, const QJsonObject &decision, const QDateTime &now);
    /// A new version of a reference list, for every office.
    Result<void> publishReference(const ReferenceUpdate &update, const QDateTime &now);

    /// `hotich-server stats` and `hotich-server quarantine`.
    Result<QJsonObject> stats();
    Result<QList<ForkCase>> quarantine();

private:
    ServerStore(std::unique_ptr<ServerDatabase> db, std::unique_ptr<PopulationRegistry> registry)
        : m_db(std::move(db)), m_registry(std::move(registry))
    {}

    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<PopulationRegistry> m_registry;
};

} // namespace hotich::server
