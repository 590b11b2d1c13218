// The background engine the desktop app will run, against a real hotich-server: its own thread and
// connection, registrations going on beside it, offline when the server dies and back by itself.
#include "Office.h"
#include "support/ServerProcess.h"

#include "auth/Accounts.h"
#include "store/Database.h"
#include "sync/client/SyncEngine.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::test;
using State = hotich::sync::SyncEngine::State;

namespace {

/// Runs the event loop until `done` holds, checking every `everyMs`, for at most `limitMs`.
bool waitFor(const std::function<bool()> &done, int limitMs = 90000, int everyMs = 100)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(everyMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

qint64 serverHead(const QString &db, const QString &office)
{
    return officeStats(db, office).value(u"head"_s).toInteger();
}

} // namespace

TEST_CASE(
    "The sync engine runs beside registrations, goes offline when the server dies, and comes back by itself")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    auto server = std::make_unique<ServerProcess>(db);
    const quint16 port = server->port();
    Office office(dir, u"00004"_s);
    REQUIRE(office.enrol(server->url(), enrolCode(db, office.code())).exitCode == 0);
    int births = office.registerBirths(0, 40);

    Account actor;
    {
        auto opened = Database::open(office.db(), Database::OpenMode::Existing);
        REQUIRE(opened.ok());
        auto account = Accounts(**opened, Clock::system()).authenticate(u"admin"_s, Office::kPassword);
        REQUIRE(account.ok());
        actor = *account;
    }

    sync::SyncEngine engine(office.db(), actor, 500);
    QList<State> states;
    QString offlineReason;
    qint64 progressed = 0;
    int synced = 0;
    QObject::connect(&engine, &sync::SyncEngine::stateChanged,
                     [&](State s, const QString &vi, const QString &) {
                         states << s;
                         if (s == State::Offline)
                             offlineReason = vi;
                     });
    QObject::connect(&engine, &sync::SyncEngine::progress,
                     [&](qint64 entries, qint64) { progressed = entries; });
    QObject::connect(&engine, &sync::SyncEngine::synced, [&](const QJsonObject &) { ++synced; });
    engine.start();

    const auto allHeld = [&] {
        return synced > 0 && states.constLast() == State::Idle &&
               office.status().value(u"waiting"_s).toInt() == 0 &&
               serverHead(db, office.code()) == office.status().value(u"outbox"_s).toInteger();
    };
    REQUIRE(waitFor(allHeld));
    CHECK(progressed > 0);
    CHECK(states.constFirst() == State::Syncing);

    // Registrations go on while the engine works; it takes them on its next pass.
    births += office.registerBirths(births, 10);
    REQUIRE(waitFor(allHeld));

    // The link goes: the engine says so, with the reason, and keeps trying.
    server.reset();
    births += office.registerBirths(births, 5);
    REQUIRE(waitFor([&] { return states.contains(State::Offline); }));
    CHECK(offlineReason.contains(u"máy chủ"_s));
    CHECK(office.status()
              .value(u"lastError"_s)
              .toObject()
              .value(u"code"_s)
              .toString()
              .startsWith(u"network."_s));

    // It comes back on the same address: the engine's retries find it without being asked.
    server = std::make_unique<ServerProcess>(db, QStringList{}, port);
    const int syncedBefore = synced;
    REQUIRE(waitFor([&] { return synced > syncedBefore && allHeld(); }));
    CHECK(states.constLast() == State::Idle);
    engine.stop();
    CHECK(office.admin({u"verify"_s}).exitCode == 0);
}
