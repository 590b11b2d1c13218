#include "sync/server/ServerStore.h"

#include "sync/server/ChangeFeed.h"
#include "sync/server/EntryStore.h"
#include "sync/server/IdNumberRequests.h"
#include "sync/server/Offices.h"
#include "sync/server/PushIngest.h"
#include "sync/server/RecordLedger.h"
#include "sync/server/ServerStats.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &url,
                                                       std::unique_ptr<PopulationRegistry> registry)
{
    auto db = ServerDatabase::open(url);
    if (!db)
        return db.error();
    if (!registry)
        registry = std::make_unique<BuiltInPopulationRegistry>();
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(*db), std::move(registry)));
}

Result<EnrolCode> ServerStore::createEnrolCode(const QString &office, const QDateTime &now)
{
    return Enrolment(*m_db).createCode(office, now);
}

Result<Credential> ServerStore::enrol(const QString &office, const QUuid &registerUuid, const QString &code,
                                      const QDateTime &now)
{
    return Enrolment(*m_db).enrol(office, registerUuid, code, now);
}

Result<AuthenticatedRegister> ServerStore::authenticate(const QString &credentialId, const QByteArray &secret)
{
    return Credentials(*m_db).authenticate(credentialId, secret);
}

Result<PushResult> ServerStore::applyPush(const QString &office, const QUuid &registerUuid,
                                          const QUuid &epochUuid, qint64 fromSeq,
                                          const QList<SyncEntry> &entries, const QByteArray &clientHead,
                                          const QDateTime &now)
{
    return PushIngest(*m_db, *m_registry)
        .apply({office, registerUuid, epochUuid, fromSeq, entries, clientHead}, now);
}

Result<PullPage> ServerStore::pull(const QString &office, const QByteArray &cursor, int max,
                                   const QDateTime &now)
{
    // Committed before the feed is read, so the answers that came due are on this page.
    if (auto r = IdNumberRequests(*m_db, *m_registry).resolveDue(office, now); !r)
        return r.error();
    return ChangeFeed(*m_db).pull(office, cursor, max);
}

Result<QList<SyncEntry>> ServerStore::entriesOf(const QString &office, qint64 fromSeq, int max)
{
    auto held = EntryStore(*m_db).range(office, fromSeq, max);
    if (!held)
        return held.error();
    QList<SyncEntry> out;
    out.reserve(held->size());
    for (const HeldEntry &h : std::as_const(*held))
        out << h.entry;
    return out;
}

Result<void> ServerStore::revoke(const QUuid &record, const QJsonObject &decision, const QDateTime &now)
{
    ServerTransaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r;
    RecordLedger ledger(*m_db);
    auto held = ledger.find(record);
    if (!held)
        return held.error();
    if (!held->has_value()) {
        return Error::make(ErrorKind::NotFound, u"record.unknown"_s, u"Máy chủ không có hồ sơ này"_s,
                           u"The server holds no such record"_s);
    }
    // The office's row first: the revocation and the office's own pushes do not interleave.
    if (auto head = Offices(*m_db).lock((*held)->office); !head)
        return head.error();
    auto revoked = ledger.revoke(record, decision, now);
    if (!revoked)
        return revoked.error();
    Change change;
    change.body = Revocation{record, decision};
    if (auto r = ChangeFeed(*m_db).append(revoked->office, change, now); !r)
        return r.error();
    return tx.commit();
}

Result<void> ServerStore::publishReference(const ReferenceUpdate &update, const QDateTime &now)
{
    ServerTransaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r;
    Change change;
    change.body = update;
    if (auto r = ChangeFeed(*m_db).append({}, change, now); !r)
        return r.error();
    return tx.commit();
}

Result<QJsonObject> ServerStore::stats()
{
    return ServerStats(*m_db).collect();
}

Result<QList<ForkCase>> ServerStore::quarantine()
{
    return Quarantine(*m_db).open();
}

} // namespace hotich::server
