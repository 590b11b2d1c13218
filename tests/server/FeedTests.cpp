#include "ServerFixture.h"

#include "sync/server/ChangeFeed.h"
#include "util/Uuid.h"

using namespace hotich;
using namespace hotich::server;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

Change findingAbout(const QString &what)
{
    CrossOfficeFinding f;
    f.record = makeUuidV7(QDateTime::currentDateTimeUtc());
    f.code = u"test.finding"_s;
    f.vi = what;
    f.en = what;
    Change c;
    c.body = f;
    return c;
}

QStringList whatOf(const QList<Change> &changes)
{
    QStringList out;
    for (const Change &c : changes)
        out << std::get<CrossOfficeFinding>(c.body).en;
    return out;
}

} // namespace

TEST_CASE("A pull never echoes the office's own entries, and never another office's changes")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister office(u"00004"_s);
    office.reg.mustAdd(example(u"death"_s));
    office.reg.mustAdd(example(u"marriage"_s));
    REQUIRE(office.push(server.store(), server.now).applied == 2);
    CHECK(pullAll(server.store(), u"00004"_s, server.now).isEmpty());
    CHECK(pullAll(server.store(), u"00008"_s, server.now).isEmpty());

    const QUuid birth = office.addBirth(u"An"_s);
    REQUIRE(office.push(server.store(), server.now, 3).applied == 1);
    const QList<Change> mine = pullAll(server.store(), u"00004"_s, server.now);
    REQUIRE(mine.size() == 1); // the ID number the centre issued, not the birth itself
    CHECK(mine[0].kind() == ChangeKind::IdNumberResult);
    CHECK(mine[0].record() == birth);
    CHECK(pullAll(server.store(), u"00008"_s, server.now).isEmpty());
}

TEST_CASE("The pull feed pages by cursor: at most max changes, more while some wait, each once")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    int day = 0;
    for (const QString &name : {u"An"_s, u"Bảo"_s, u"Cúc"_s, u"Dũng"_s, u"Giang"_s})
        office.addBirth(name, u"2026-11-%1"_s.arg(++day, 2, 10, QLatin1Char('0')));
    REQUIRE(office.push(server.store(), server.now).applied == 5);

    QByteArray cursor;
    QList<QUuid> seen;
    QList<int> pages;
    for (int page = 0; page < 10; ++page) {
        const PullPage p = must(server.store().pull(u"00004"_s, cursor, 2, server.now));
        pages << int(p.changes.size());
        for (const Change &c : p.changes)
            seen << c.record();
        cursor = p.cursor;
        if (!p.more)
            break;
    }
    CHECK(pages == QList<int>{2, 2, 1});
    CHECK(seen.size() == 5);
    CHECK(QSet<QUuid>(seen.begin(), seen.end()).size() == 5);
    // At the end the cursor stays where it is.
    const PullPage end = must(server.store().pull(u"00004"_s, cursor, 2, server.now));
    CHECK(end.changes.isEmpty());
    CHECK_FALSE(end.more);
    CHECK(end.cursor == cursor);

    for (const QByteArray &bad : {QByteArray("nonsense"), QByteArray(17, 'S'), QByteArray(9, 'P')}) {
        auto refused = server.store().pull(u"00004"_s, bad, 10, server.now);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == u"pull.cursor"_s);
    }
}

TEST_CASE("A change whose transaction commits after a later one is not skipped by the cursor")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    auto first = server.connect();
    auto second = server.connect();
    QByteArray cursor;

    if (backend == Backend::Sqlite) {
        // One writer at a time: a pull during a write sees what is committed, and the row once it is.
        ServerTransaction a(first->database());
        must(a.begin());
        must(ChangeFeed(first->database()).append(u"00004"_s, findingAbout(u"A"_s), server.now));
        const PullPage during = must(server.store().pull(u"00004"_s, cursor, 100, server.now));
        CHECK(during.changes.isEmpty());
        cursor = during.cursor;
        must(a.commit());
        CHECK(whatOf(pullAll(server.store(), u"00004"_s, server.now, &cursor)) == QStringList{u"A"_s});
        CHECK(pullAll(server.store(), u"00004"_s, server.now, &cursor).isEmpty());
        return;
    }

    // PostgreSQL: A starts and writes first (the lower row id), B commits first.
    ServerTransaction a(first->database());
    must(a.begin());
    must(ChangeFeed(first->database()).append(u"00004"_s, findingAbout(u"A"_s), server.now));
    ServerTransaction b(second->database());
    must(b.begin());
    must(ChangeFeed(second->database()).append(u"00004"_s, findingAbout(u"B"_s), server.now));
    must(b.commit());

    // What a cursor on the row id alone would do: B's row is visible, A's not yet, so the reader
    // would move past A's id and never see A.
    CHECK(server.count(u"SELECT count(*) FROM changes"_s) == 1);
    CHECK(server.count(u"SELECT min(id) FROM changes"_s) == 2);

    const PullPage early = must(server.store().pull(u"00004"_s, cursor, 100, server.now));
    CHECK(early.changes.isEmpty()); // B waits until every transaction below it has ended
    cursor = early.cursor;

    must(a.commit());
    const QList<Change> both = pullAll(server.store(), u"00004"_s, server.now, &cursor);
    CHECK(whatOf(both) == QStringList{u"A"_s, u"B"_s});
    CHECK(pullAll(server.store(), u"00004"_s, server.now, &cursor).isEmpty());
    // Pulled from the start again: each exactly once.
    CHECK(whatOf(pullAll(server.store(), u"00004"_s, server.now)) == QStringList{u"A"_s, u"B"_s});
}

TEST_CASE("Reference updates reach every office, a revocation only the office of the record")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister office(u"00004"_s);
    const QUuid marriage = office.reg.mustAdd(example(u"marriage"_s));
    REQUIRE(office.push(server.store(), server.now).applied == 1);

    must(server.store().publishReference({u"ethnic-groups"_s, 2, u"code\tname\n01\tKinh\n"_s}, server.now));
    const QJsonObject decision{{u"issuer"_s, u"Tòa án nhân dân Thành phố Hà Nội"_s},
                               {u"date"_s, u"2026-11-25"_s},
                               {u"reason"_s, u"Kết hôn trái pháp luật"_s}};
    must(server.store().revoke(marriage, decision, server.now));

    const QList<Change> mine = pullAll(server.store(), u"00004"_s, server.now);
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].kind() == ChangeKind::ReferenceUpdate);
    CHECK(std::get<ReferenceUpdate>(mine[0].body).version == 2);
    CHECK(std::get<ReferenceUpdate>(mine[0].body).content.contains(u"Kinh"_s));
    CHECK(mine[1].kind() == ChangeKind::Revocation);
    CHECK(std::get<Revocation>(mine[1].body).record == marriage);
    CHECK(std::get<Revocation>(mine[1].body).decision == decision);

    const QList<Change> theirs = pullAll(server.store(), u"00008"_s, server.now);
    REQUIRE(theirs.size() == 1);
    CHECK(theirs[0].kind() == ChangeKind::ReferenceUpdate);

    CHECK(server.count(u"SELECT count(*) FROM records WHERE status = 'voided'"_s) == 1);
    auto twice = server.store().revoke(marriage, decision, server.now);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == u"record.voided"_s);
}
