// The two ends together over real HTTP(S) on 127.0.0.1: hotich-admin processes on real register
// files, hotich-server processes on SQLite or on the test run's own PostgreSQL.
#include "Office.h"
#include "support/PostgresServer.h"
#include "support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace hotich::test;

namespace {

QJsonObject serverStats(const QString &db)
{
    const ServerRun run = runServer({u"--db"_s, db, u"stats"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out).object();
}

qint64 serverHead(const QString &db, const QString &office)
{
    return officeStats(db, office).value(u"head"_s).toInteger();
}

QJsonArray findingsWith(const QJsonObject &report, const QString &code)
{
    QJsonArray out;
    for (const QJsonValue &f : report.value(u"findings"_s).toArray()) {
        if (f.toObject().value(u"code"_s).toString() == code)
            out.append(f);
    }
    return out;
}

} // namespace

TEST_CASE(
    "Two offices sync over HTTPS: ID numbers come back, and a birth registered at both is flagged at both")
{
    TempDir dir;
    const TestCa ca(dir.root());
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db, {u"--tls-cert"_s, ca.certificateFile, u"--tls-key"_s, ca.keyFile});
    REQUIRE(server.url().startsWith(u"https://"_s));

    Office a(dir, u"00004"_s);
    Office b(dir, u"00008"_s);
    const AdminRun enrolA = a.enrol(server.url(), enrolCode(db, a.code()), ca.caFile);
    INFO(enrolA.errText().toStdString());
    REQUIRE(enrolA.exitCode == 0);
    REQUIRE(b.enrol(server.url(), enrolCode(db, b.code()), ca.caFile).exitCode == 0);

    const QString own = a.registerRecord(birthWithoutIdNumber(u"Bình"_s, 5));
    const QString twiceA = a.registerRecord(birthWithoutIdNumber(u"Châu"_s, 2));
    const QString twiceB = b.registerRecord(birthWithoutIdNumber(u"Châu"_s, 2));

    // The two births, then in the same sync the ID numbers the pull brought back, which the
    // register writes as amendments and pushes in turn.
    const QJsonObject firstA = a.syncOk();
    CHECK(firstA.value(u"pushed"_s).toInt() == 4);
    CHECK(firstA.value(u"pulled"_s).toInt() >= 2);
    CHECK(firstA.value(u"rejected"_s).toInt() == 0);
    CHECK(a.status().value(u"waiting"_s).toInt() == 0);
    const QJsonObject firstB = b.syncOk();
    CHECK(firstB.value(u"pushed"_s).toInt() >= 1);
    a.syncOk(); // what B's push found about A's record

    // The child registered only at A got its personal ID number, written into the record.
    const QJsonObject reportA = a.findings();
    QString assigned;
    for (const QJsonValue &v : reportA.value(u"idNumbers"_s).toArray()) {
        if (v.toObject().value(u"record"_s).toString() == own) {
            CHECK(v.toObject().value(u"state"_s).toString() == u"assigned"_s);
            assigned = v.toObject().value(u"idNumber"_s).toString();
        }
    }
    REQUIRE(assigned.size() == 12);
    const QJsonObject shown = a.show(own);
    CHECK(QJsonDocument(shown).toJson().contains(assigned.toUtf8()));

    // The same child at both offices: each office is told, naming the other.
    const QJsonArray dupA = findingsWith(reportA, u"birth.possibleDuplicate"_s);
    const QJsonArray dupB = findingsWith(b.findings(), u"birth.possibleDuplicate"_s);
    REQUIRE(dupA.size() == 1);
    REQUIRE(dupB.size() == 1);
    CHECK(dupA[0].toObject().value(u"record"_s).toString() == twiceA);
    CHECK(dupA[0].toObject().value(u"relatedOffice"_s).toString() == b.code());
    CHECK(dupB[0].toObject().value(u"record"_s).toString() == twiceB);
    CHECK(dupB[0].toObject().value(u"relatedOffice"_s).toString() == a.code());

    // The server holds each office's chain through its last entry, and the registers agree.
    const QJsonObject statusA = a.status();
    CHECK(statusA.value(u"waiting"_s).toInt() == 0);
    CHECK(serverHead(db, a.code()) == statusA.value(u"outbox"_s).toInteger());
    CHECK(serverHead(db, b.code()) == b.status().value(u"outbox"_s).toInteger());
    CHECK(a.admin({u"verify"_s}).exitCode == 0);

    // One JSON line per request, naming the office.
    const QString log = server.log();
    CHECK(log.contains(u"\"path\":\"/v1/sync\""_s));
    CHECK(log.contains(u"\"office\":\"00008\""_s));
}

TEST_CASE("A second sync with nothing new is one small round trip")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db);
    Office a(dir, u"00004"_s);
    REQUIRE(a.enrol(server.url(), enrolCode(db, a.code())).exitCode == 0);
    for (int i = 0; i < 5; ++i)
        a.registerRecord(birthWithoutIdNumber(givenName(i), 1 + i));
    a.syncOk();
    a.syncOk(); // the ID numbers written back are entries too
    const QJsonObject idle = a.syncOk();
    CHECK(idle.value(u"pushed"_s).toInt() == 0);
    CHECK(idle.value(u"pulled"_s).toInt() == 0);
    CHECK(idle.value(u"roundTrips"_s).toInt() == 1);
    CHECK(idle.value(u"bytesSent"_s).toInt() + idle.value(u"bytesReceived"_s).toInt() <= 2048);
}

TEST_CASE("A register that does not trust the server's certificate does not enrol")
{
    TempDir dir;
    const TestCa ca(dir.root());
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db, {u"--tls-cert"_s, ca.certificateFile, u"--tls-key"_s, ca.keyFile});
    Office a(dir, u"00004"_s);
    const QString code = enrolCode(db, a.code());
    const AdminRun untrusted = a.enrol(server.url(), code); // no --ca: the system store does not know it
    CHECK(untrusted.exitCode != 0);
    CHECK(untrusted.errText().contains(u"TLS"_s));
    CHECK_FALSE(a.status().value(u"enrolled"_s).toBool());
    // The code was not spent on the refused connection.
    CHECK(a.enrol(server.url(), code, ca.caFile).exitCode == 0);
}

TEST_CASE("Without a certificate the server listens on loopback only")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    const ServerRun open = runServer({u"--db"_s, db, u"--listen"_s, u"0.0.0.0:0"_s, u"--lang"_s, u"en"_s});
    CHECK(open.exitCode == 2);
    CHECK(open.err.contains("loopback"));
    const ServerRun half =
        runServer({u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, u"x.pem"_s});
    CHECK(half.exitCode == 2);
    const ServerRun bad = runServer({u"--db"_s, db, u"--listen"_s, u"127.0.0.1"_s});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("Two hotich-server processes on one PostgreSQL database: offices syncing through both at once, "
          "nothing lost or doubled")
{
    TempDir dir;
    const QString db = PostgresServer::shared().createDatabase();
    ServerProcess one(db);
    ServerProcess two(db);
    Office a(dir, u"00004"_s);
    Office b(dir, u"00008"_s);
    REQUIRE(a.enrol(one.url(), enrolCode(db, a.code())).exitCode == 0);
    REQUIRE(b.enrol(two.url(), enrolCode(db, b.code())).exitCode == 0);
    for (int i = 0; i < 20; ++i)
        a.registerRecord(birthWithoutIdNumber(givenName(i), 1 + i));
    b.registerRecord(birthWithoutIdNumber(u"Hai"_s, 30));

    // Two syncs of one register at once, one to each server: both read the same outbox position
    // and push the same batch.
    QProcess first, second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOTICH_PASSWORD"_s, QString::fromLatin1(Office::kPassword));
    first.setProcessEnvironment(env);
    second.setProcessEnvironment(env);
    first.start(adminPath(),
                {u"--db"_s, a.db(), u"--user"_s, u"admin"_s, u"sync"_s, u"--server"_s, one.url()});
    second.start(adminPath(),
                 {u"--db"_s, a.db(), u"--user"_s, u"admin"_s, u"sync"_s, u"--server"_s, two.url()});
    REQUIRE(first.waitForFinished(120000));
    REQUIRE(second.waitForFinished(120000));
    INFO(first.readAllStandardError().toStdString() << second.readAllStandardError().toStdString());
    // The local register is one file: a sync that found it busy fails cleanly and the next goes on.
    CHECK((first.exitCode() == 0 || second.exitCode() == 0));
    a.syncOk(two.url());
    b.syncOk(one.url());
    a.syncOk(one.url());

    const QJsonObject stats = serverStats(db);
    const QJsonObject officeA = stats.value(u"offices"_s).toObject().value(a.code()).toObject();
    CHECK(officeA.value(u"records"_s).toObject().value(u"birth"_s).toInt() == 20);
    CHECK(officeA.value(u"head"_s).toInteger() == a.status().value(u"outbox"_s).toInteger());
    CHECK(stats.value(u"offices"_s)
              .toObject()
              .value(b.code())
              .toObject()
              .value(u"records"_s)
              .toObject()
              .value(u"birth"_s)
              .toInt() == 1);
    CHECK(a.status().value(u"waiting"_s).toInt() == 0);
}
