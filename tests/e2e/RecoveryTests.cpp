// Restores and recoveries against a real server: a register restored from an old backup gets back
// what the backup lost before it writes again; one that writes first forks, and the server keeps
// both sides for the province; a commune that lost its PC rebuilds its register from the server.
#include "Office.h"
#include "support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace hotich::test;

namespace {

/// The office's records as `export` prints them: what two registers must agree on.
QByteArray exported(Office &office)
{
    const AdminRun run = office.admin({u"export"_s});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

AdminRun registerAs(Office &office, const QByteArray &json)
{
    return runAdmin({u"--db"_s, office.db(), u"--user"_s, u"canbo"_s, u"register"_s, u"-"_s}, json,
                    Office::kPassword);
}

} // namespace

TEST_CASE("A register restored from an old backup gets back what the backup lost before it registers again")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db);
    Office office(dir, u"00004"_s);
    REQUIRE(office.enrol(server.url(), enrolCode(db, office.code())).exitCode == 0);
    office.registerBirths(0, 3);
    office.syncOk();
    const QString backup = dir.path(u"backup.db"_s);
    REQUIRE(office.admin({u"backup"_s, backup}).exitCode == 0);
    office.registerBirths(3, 3); // numbers 4–6: only the server will remember them
    office.syncOk();
    office.syncOk();
    const QByteArray before = exported(office);
    REQUIRE(office.admin({u"restore"_s, backup}).exitCode == 0);

    // Registering now would give number 4 again: refused until the register has caught up.
    const AdminRun early = registerAs(office, distinctBirth(6));
    CHECK(early.exitCode != 0);
    CHECK(early.errText().contains(u"đồng bộ"_s));
    CHECK(office.status().value(u"catchUp"_s).toBool());

    const QJsonObject caught = office.syncOk();
    CHECK(caught.value(u"caughtUp"_s).toInt() > 0);
    CHECK_FALSE(office.status().value(u"catchUp"_s).toBool());
    CHECK(exported(office) == before); // the records, numbers and ID numbers, as they were

    const AdminRun next = registerAs(office, distinctBirth(6));
    REQUIRE(next.exitCode == 0);
    CHECK(next.first().value(u"number"_s).toInt() == 7);
    office.syncOk();
    CHECK(officeStats(db, office.code()).value(u"head"_s).toInteger() ==
          office.status().value(u"outbox"_s).toInteger());
    const ServerRun quarantine = runServer({u"--db"_s, db, u"quarantine"_s});
    CHECK(QJsonDocument::fromJson(quarantine.out).object().value(u"cases"_s).toArray().isEmpty());
    CHECK(office.admin({u"verify"_s}).exitCode == 0);
}

TEST_CASE("A restored register that writes before catching up forks, and the server keeps both sides")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db);
    Office office(dir, u"00004"_s);
    REQUIRE(office.enrol(server.url(), enrolCode(db, office.code())).exitCode == 0);
    office.registerBirths(0, 2);
    office.syncOk();
    const QString backup = dir.path(u"backup.db"_s);
    REQUIRE(office.admin({u"backup"_s, backup}).exitCode == 0);
    office.registerBirths(2, 2);
    office.syncOk();
    const qint64 serverHead = officeStats(db, office.code()).value(u"head"_s).toInteger();
    REQUIRE(office.admin({u"restore"_s, backup}).exitCode == 0);

    // The link is down, the office must work: the administrator allows the fork, after a warning.
    const AdminRun allow = office.admin({u"sync"_s, u"--allow-fork"_s});
    CHECK(allow.exitCode == 0);
    CHECK(allow.errText().contains(u"rẽ nhánh"_s));
    REQUIRE(registerAs(office, distinctBirth(10)).exitCode == 0);

    const AdminRun forked = office.sync();
    CHECK(forked.exitCode != 0);
    CHECK(forked.errText().contains(u"rẽ nhánh"_s));
    // Nothing of the office's history changed on the server; the province sees both versions.
    CHECK(officeStats(db, office.code()).value(u"head"_s).toInteger() == serverHead);
    const ServerRun quarantine = runServer({u"--db"_s, db, u"quarantine"_s});
    REQUIRE(quarantine.exitCode == 0);
    const QJsonArray cases = QJsonDocument::fromJson(quarantine.out).object().value(u"cases"_s).toArray();
    REQUIRE(cases.size() == 1);
    const QJsonObject fork = cases[0].toObject();
    CHECK(fork.value(u"kind"_s).toString() == u"fork"_s);
    CHECK(fork.value(u"office"_s).toString() == office.code());
    CHECK_FALSE(fork.value(u"server"_s).toArray().isEmpty());
    CHECK_FALSE(fork.value(u"quarantined"_s).toArray().isEmpty());
    CHECK(fork.value(u"server"_s).toArray()[0].toObject().value(u"seq"_s) ==
          fork.value(u"quarantined"_s).toArray()[0].toObject().value(u"seq"_s));
}

TEST_CASE("A commune whose PC died rebuilds its register from the server, and goes on numbering")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db);
    Office office(dir, u"00004"_s);
    REQUIRE(office.enrol(server.url(), enrolCode(db, office.code())).exitCode == 0);
    const int births = office.registerBirths(0, 12);
    office.syncOk();
    office.syncOk();
    const QByteArray before = exported(office);

    const QString rebuilt = dir.path(u"rebuilt.db"_s);
    const QByteArray password = "mat-khau-moi";
    const AdminRun recover =
        runAdmin({u"--db"_s, rebuilt, u"recover"_s, u"--server"_s, server.url(), u"--code"_s,
                  enrolCode(db, office.code()), u"--office"_s, office.code(), u"--admin"_s, u"quantri"_s},
                 password + '\n');
    INFO(recover.errText().toStdString());
    REQUIRE(recover.exitCode == 0);
    CHECK(recover.first().value(u"recovered"_s).toBool());
    CHECK(recover.first().value(u"caughtUp"_s).toInt() == 2 * births); // the births and their ID numbers

    const auto onRebuilt = [&](const QStringList &args) {
        return runAdmin(QStringList{u"--db"_s, rebuilt, u"--user"_s, u"quantri"_s} + args, {}, password);
    };
    const AdminRun verify = onRebuilt({u"verify"_s});
    INFO(verify.errText().toStdString());
    CHECK(verify.exitCode == 0);
    const AdminRun exportedRebuilt = onRebuilt({u"export"_s});
    CHECK(exportedRebuilt.out == before);
    const AdminRun status = onRebuilt({u"sync"_s, u"--status"_s});
    CHECK_FALSE(status.first().value(u"catchUp"_s).toBool());
    CHECK(status.first().value(u"register"_s).toString() != office.status().value(u"register"_s).toString());

    // The rebuilt register goes on from the office's last number, and the server takes it.
    REQUIRE(runAdmin({u"--db"_s, rebuilt, u"--user"_s, u"quantri"_s, u"user"_s, u"add"_s, u"lan"_s,
                      u"--role"_s, u"officer"_s, u"--full-name"_s, u"Lê Thị Lan"_s},
                     password + '\n', password)
                .exitCode == 0);
    const AdminRun next = runAdmin({u"--db"_s, rebuilt, u"--user"_s, u"lan"_s, u"register"_s, u"-"_s},
                                   distinctBirth(births), password);
    INFO(next.errText().toStdString());
    REQUIRE(next.exitCode == 0);
    CHECK(next.first().value(u"number"_s).toInt() == births + 1);
    const AdminRun synced = onRebuilt({u"sync"_s});
    INFO(synced.errText().toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(officeStats(db, office.code()).value(u"head"_s).toInteger() ==
          onRebuilt({u"sync"_s, u"--status"_s}).first().value(u"outbox"_s).toInteger());
}
