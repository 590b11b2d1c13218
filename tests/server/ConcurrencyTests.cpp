#include "ServerFixture.h"

#include "model/Person.h"

#include <QJsonDocument>

#include <latch>
#include <optional>
#include <thread>

using namespace hotich;
using namespace hotich::server;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

/// What one thread's push came to. Catch2 assertions are not thread-safe: threads only record.
struct Outcome
{
    std::optional<Error> failure;
    PushResult result;
};

/// Runs `push` on `threads` threads at once, each with a connection of its own (Qt Sql's rule: a
/// connection belongs to the thread that opened it). With `held`, the pushes start while a lock
/// they need is held on `holder`, and it is released only once every push waits for it: they
/// certainly overlap. Returns each thread's outcome.
template <class Push>
QList<Outcome> pushAtOnce(ServerFixture &server, int threads, Push push, const QString &lockSql = {})
{
    std::optional<ServerTransaction> holding;
    auto holder = server.connect();
    if (!lockSql.isEmpty()) {
        holding.emplace(holder->database());
        must(holding->begin());
        must(holder->database().run(lockSql, {}, u"giữ khóa"_s));
    }
    QList<Outcome> outcomes(threads);
    std::latch ready(threads);
    std::vector<std::thread> running;
    for (int i = 0; i < threads; ++i) {
        running.emplace_back([&, i] {
            auto store = ServerStore::open(server.url());
            ready.arrive_and_wait();
            if (!store) {
                outcomes[i].failure = store.error();
                return;
            }
            auto r = push(**store, i);
            if (r)
                outcomes[i].result = *r;
            else
                outcomes[i].failure = r.error();
        });
    }
    if (holding) {
        // Until every push waits on the lock: each look is one round trip, the bound a generous
        // count of them (no clock involved).
        bool allWaiting = false;
        for (int look = 0; look < 200000 && !allWaiting; ++look)
            allWaiting = server.count(u"SELECT count(*) FROM pg_locks WHERE NOT granted"_s) >= threads;
        CHECK(allWaiting);
        must(holding->rollback());
    }
    for (std::thread &t : running)
        t.join();
    return outcomes;
}

} // namespace

TEST_CASE("Two servers given the same batch at once: exactly one applies it, nothing is held twice")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    const QStringList names = {u"An"_s,   u"Bảo"_s,  u"Cúc"_s,  u"Dũng"_s, u"Giang"_s, u"Hà"_s,  u"Hải"_s,
                               u"Khoa"_s, u"Lan"_s,  u"Long"_s, u"Mai"_s,  u"Minh"_s,  u"Nam"_s, u"Ngọc"_s,
                               u"Phúc"_s, u"Quân"_s, u"Sơn"_s,  u"Tâm"_s,  u"Thảo"_s,  u"Vy"_s};
    for (int i = 1; i <= 20; ++i)
        office.addBirth(names[i - 1], u"2026-10-%1"_s.arg(i, 2, 10, QLatin1Char('0')));
    const QList<OutboxEntry> outbox = office.outbox();
    QList<SyncEntry> entries;
    for (const OutboxEntry &e : outbox)
        entries << e.entry;
    const RegisterIdentity id = office.identity();
    const QDateTime now = server.now;

    // On PostgreSQL both wait on the office's row, held by a third connection, then race for it.
    const QList<Outcome> outcomes = pushAtOnce(
        server, 2,
        [&](ServerStore &store, int) {
            return store.applyPush(u"00004"_s, id.uuid, id.epoch, 1, entries, outbox.constLast().hash, now);
        },
        backend == Backend::Postgres ? u"SELECT code FROM offices WHERE code = '00004' FOR UPDATE"_s
                                     : QString());
    QList<int> applied;
    for (const Outcome &o : outcomes) {
        if (o.failure)
            FAIL(o.failure->code.toStdString() << ": " << o.failure->en.toStdString());
        CHECK_FALSE(o.result.refused);
        CHECK(o.result.through == 20);
        applied << o.result.applied;
    }
    std::sort(applied.begin(), applied.end());
    CHECK(applied == QList<int>{0, 20});
    CHECK(server.count(u"SELECT count(*) FROM entries"_s) == 20);
    CHECK(server.count(u"SELECT count(*) FROM records"_s) == 20);
    CHECK(server.count(u"SELECT count(*) FROM id_requests"_s) == 20);
    CHECK(server.count(u"SELECT count(*) FROM changes"_s) == 20);
    CHECK(server.count(u"SELECT count(DISTINCT number) FROM issued_id_numbers"_s) == 20);
    CHECK(server.count(u"SELECT head_seq FROM offices"_s) == 20);
}

TEST_CASE("The same birth pushed by two offices at once is still flagged to both")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend, {0, false, false});
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    std::vector<std::unique_ptr<OfficeRegister>> offices;
    offices.push_back(std::make_unique<OfficeRegister>(u"00004"_s));
    offices.push_back(std::make_unique<OfficeRegister>(u"00008"_s));
    struct Batch
    {
        QString office;
        RegisterIdentity id;
        QList<SyncEntry> entries;
        QByteArray head;
    };
    QList<Batch> batches;
    for (auto &o : offices) {
        o->addBirth(u"An"_s);
        const QList<OutboxEntry> outbox = o->outbox();
        batches << Batch{o->office, o->identity(), {outbox[0].entry}, outbox[0].hash};
    }
    const QString key = birthDuplicateKey(QJsonDocument::fromJson(batches[0].entries[0].payload).object());
    REQUIRE_FALSE(key.isEmpty());
    const QDateTime now = server.now;

    // On PostgreSQL both pushes wait on the birth's key, each in its own office's transaction:
    // without that lock each would look for the other before it commits and find nothing.
    const QList<Outcome> outcomes = pushAtOnce(
        server, 2,
        [&](ServerStore &store, int i) {
            const Batch &b = batches[i];
            return store.applyPush(b.office, b.id.uuid, b.id.epoch, 1, b.entries, b.head, now);
        },
        backend == Backend::Postgres
            ? u"SELECT pg_advisory_xact_lock(hashtextextended('birth:%1', 0))"_s.arg(key)
            : QString());
    for (const Outcome &o : outcomes) {
        if (o.failure)
            FAIL(o.failure->code.toStdString() << ": " << o.failure->en.toStdString());
        CHECK(o.result.applied == 1);
    }
    for (const QString &office : {u"00004"_s, u"00008"_s}) {
        INFO(office.toStdString());
        const QList<Change> findings = ofKind(pullAll(server.store(), office, now), ChangeKind::Finding);
        REQUIRE(findings.size() == 1);
        CHECK(std::get<CrossOfficeFinding>(findings[0].body).code == u"birth.possibleDuplicate"_s);
    }
}
