#include "ServerFixture.h"

#include "support/PostgresServer.h"

using namespace Qt::StringLiterals;
using namespace hotich::server;

namespace hotich::test {

ServerFixture::ServerFixture(Backend backend, BuiltInPopulationRegistry::Options registry)
    : m_backend(backend), m_registry(registry)
{
    m_url = backend == Backend::Sqlite ? u"sqlite:"_s + m_dir.path(u"server.db"_s)
                                       : PostgresServer::shared().createDatabase();
    m_store = connect();
}

std::unique_ptr<ServerStore> ServerFixture::connect()
{
    return must(ServerStore::open(m_url, std::make_unique<BuiltInPopulationRegistry>(m_registry)));
}

qint64 ServerFixture::count(const QString &sql)
{
    return must(m_store->database().number(sql, {}, u"đếm"_s));
}

OfficeRegister::OfficeRegister(const QString &officeCode)
    : reg(QDate(2026, 11, 26), 0, officeCode), office(officeCode)
{}

RegisterIdentity OfficeRegister::identity()
{
    return must(RegisterIdentity::read(reg.db()));
}

QList<OutboxEntry> OfficeRegister::outbox(qint64 from)
{
    return must(Outbox(reg.db()).read(from, 100000));
}

PushResult OfficeRegister::push(ServerStore &store, const QDateTime &now, qint64 from, qint64 to)
{
    const QList<OutboxEntry> all = outbox(1);
    QList<SyncEntry> entries;
    QByteArray head = from > 1 && from - 2 < all.size() ? all[from - 2].hash : QByteArray();
    for (const OutboxEntry &e : all) {
        if (e.entry.seq < from || (to > 0 && e.entry.seq > to))
            continue;
        entries << e.entry;
        head = e.hash;
    }
    const RegisterIdentity id = identity();
    return must(store.applyPush(office, id.uuid, id.epoch, from, entries, head, now));
}

QUuid OfficeRegister::addBirth(const QString &givenName, const QString &birthDate, const QString &motherName)
{
    QJsonObject b = with(example(u"birth"_s), u"subject.givenName"_s, givenName);
    b = with(b, u"subject.idNumber"_s, QJsonValue());
    b = with(b, u"subject.birthDate"_s, birthDate);
    b = with(b, u"mother.fullName"_s, motherName);
    b = with(b, u"mother.idNumber"_s, QJsonValue()); // the mother known by her name: one per name
    return reg.mustAdd(b);
}

PushResult pushEntries(ServerStore &store, const QString &office, const RegisterIdentity &identity,
                       qint64 from, const QList<SyncEntry> &entries, const QByteArray &previous,
                       const QDateTime &now)
{
    QByteArray head = previous;
    for (const SyncEntry &e : entries)
        head = e.chainHash(head, e.contentHash());
    return must(store.applyPush(office, identity.uuid, identity.epoch, from, entries, head, now));
}

QList<Change> ofKind(const QList<Change> &changes, ChangeKind kind)
{
    QList<Change> out;
    for (const Change &c : changes) {
        if (c.kind() == kind)
            out << c;
    }
    return out;
}

QList<Change> pullAll(ServerStore &store, const QString &office, const QDateTime &now, QByteArray *cursor)
{
    QByteArray at = cursor ? *cursor : QByteArray();
    QList<Change> all;
    // Bounded: a feed that never ends is a failure, not a hang.
    for (int page = 0; page < 100; ++page) {
        const PullPage p = must(store.pull(office, at, 1000, now));
        all << p.changes;
        at = p.cursor;
        if (!p.more) {
            if (cursor)
                *cursor = at;
            return all;
        }
    }
    FAIL("the pull feed does not end");
    return all;
}

} // namespace hotich::test
