#include "SyncLoad.h"

#include "support/ShapedLink.h"

#include "Stats.h"
#include "SyntheticEntries.h"
#include "SyntheticRecords.h"

#include "auth/Accounts.h"
#include "reference/AdministrativeUnits.h"
#include "registry/RegisterSetup.h"
#include "registry/Registrar.h"
#include "store/Outbox.h"
#include "store/RegisterIdentity.h"
#include "sync/client/HttpTransport.h"
#include "sync/client/SyncClient.h"
#include "sync/protocol/Messages.h"
#include "sync/server/Credentials.h"
#include "sync/server/Offices.h"
#include "sync/server/ServerStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

using namespace Qt::StringLiterals;

namespace hotich::bench {

namespace {

const QString kOffice = u"00004"_s;
const QString kSlowOffice = u"00008"_s; ///< the slow link's register (not a simulated office)

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

[[noreturn]] void fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "hotich-bench: %s: %s [%s]\n", qPrintable(what), qPrintable(e.en),
                 qPrintable(e.code));
    std::exit(1);
}

/// The real hotich-server binary on a free port of 127.0.0.1; its request log goes to a file.
class Server
{
public:
    Server(const QString &dbUrl, const QString &logFile)
    {
        m_process.setStandardErrorFile(logFile);
        m_process.start(QStringLiteral(HOTICH_SERVER_PATH),
                        {u"--db"_s, dbUrl, u"--listen"_s, u"127.0.0.1:0"_s});
        QByteArray out;
        for (int i = 0; i < 600 && !out.contains('\n') && m_process.state() != QProcess::NotRunning; ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
        }
        m_port = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object().value(u"port"_s).toInt();
        if (m_port <= 0) {
            std::fprintf(stderr, "hotich-bench: hotich-server did not start (log: %s)\n",
                         qPrintable(logFile));
            std::exit(1);
        }
    }
    ~Server()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
        m_process.waitForFinished(10000);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

private:
    QProcess m_process;
    int m_port = 0;
};

QString enrolCode(const QString &dbUrl, const QString &office = kOffice)
{
    QProcess p;
    p.start(QStringLiteral(HOTICH_SERVER_PATH), {u"--db"_s, dbUrl, u"enrol-code"_s, u"--office"_s, office});
    p.waitForFinished(120000);
    const QString code =
        QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(u"code"_s).toString();
    if (code.size() != 12) {
        std::fprintf(stderr, "hotich-bench: enrol-code failed: %s\n", p.readAllStandardError().constData());
        std::exit(1);
    }
    return code;
}

/// A simulated office: a credential issued straight into the server's database (an enrolment's
/// Argon2id, thousands of times, would measure nothing of sync) and the push it makes.
struct SimOffice
{
    QString office;
    QString authorization;
    QUuid registerUuid = QUuid::createUuid();
    QUuid epoch = QUuid::createUuid();
    std::vector<SyncEntry> entries;
    QByteArray head;
    QByteArray cursor;
};

std::vector<SimOffice> seedOffices(const QString &dbUrl, int count, int perOffice)
{
    std::vector<SimOffice> offices;
    for (const auto &unit : reference::AdministrativeUnits::instance().current().units()) {
        if (int(offices.size()) == count)
            break;
        if (unit.level != reference::AdministrativeUnit::Level::Commune || unit.code == kOffice ||
            unit.code == kSlowOffice)
            continue;
        SimOffice o;
        o.office = unit.code;
        offices.push_back(std::move(o));
    }
    if (int(offices.size()) < count) {
        std::fprintf(stderr, "hotich-bench: only %zu communes for %d offices\n", offices.size(), count);
        std::exit(1);
    }
    auto store = server::ServerStore::open(dbUrl);
    if (!store)
        fail(u"server database"_s, store.error());
    server::ServerDatabase &db = (*store)->database();
    server::ServerTransaction tx(db);
    if (auto r = tx.begin(); !r)
        fail(u"seed"_s, r.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (size_t i = 0; i < offices.size(); ++i) {
        SimOffice &o = offices[i];
        if (auto r = server::Offices(db).ensure(o.office, now); !r)
            fail(u"seed office"_s, r.error());
        auto c = server::Credentials(db).issue(o.office, o.registerUuid, now);
        if (!c)
            fail(u"seed credential"_s, c.error());
        o.authorization = u"Hotich "_s + c->id + u'.' +
                          QString::fromLatin1(c->secret.toBase64(QByteArray::Base64UrlEncoding |
                                                                 QByteArray::OmitTrailingEquals));
        auto entries = syntheticBirthEntries(perOffice, quint32(5000 + i), o.office);
        if (!entries)
            fail(u"entries"_s, entries.error());
        o.entries = std::move(*entries);
        QByteArray previous;
        for (const SyncEntry &e : o.entries)
            previous = e.chainHash(previous, e.contentHash());
        o.head = previous;
    }
    if (auto r = tx.commit(); !r)
        fail(u"seed"_s, r.error());
    return offices;
}

/// One request of a simulated office: the real protocol encoder and HttpTransport, a connection of
/// its own (an office does not share one with another). Returns the round trip in ms, or -1.
double officeSync(const QUrl &url, SimOffice &o, bool push)
{
    sync::SyncRequest r;
    r.app = u"bench"_s;
    r.schema = 7;
    r.office = o.office;
    r.registerId = o.registerUuid;
    r.epoch = o.epoch;
    r.push.from = push ? 1 : qint64(o.entries.size()) + 1;
    if (push)
        r.push.entries = o.entries;
    r.push.head = o.head;
    r.pull.cursor = o.cursor;
    const auto frame = sync::encodeMessage(r);
    if (!frame)
        return -1;
    sync::HttpTransport transport(url, {});
    QElapsedTimer t;
    t.start();
    const auto answer = transport.post(u"/v1/sync"_s, *frame, o.authorization);
    if (!answer)
        return -1;
    const auto message = sync::decodeMessage(*answer);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    const auto *response = message ? std::get_if<sync::SyncResponse>(&*message) : nullptr;
    if (!response || response->pushed.through != qint64(o.entries.size()))
        return -1;
    o.cursor = response->pull.cursor;
    return ms;
}

/// Every office once within `period`, at evenly spaced start times (3,000 offices each syncing once
/// a minute arrive every 20 ms), by a pool of `clients` threads. Each latency counts from the
/// office's scheduled start, so a server (or a pool) that falls behind shows in it instead of
/// slowing the arrivals. Latencies in ms.
QList<double> officesPaced(const QUrl &url, std::vector<SimOffice> &offices, int clients, double period,
                           bool push, double &wallSeconds, int &failures)
{
    QList<double> all;
    QMutex mutex;
    std::atomic<size_t> next{0};
    std::atomic<int> failed{0};
    const qint64 spacingNs = qint64(period * 1e9 / double(offices.size()));
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (int w = 0; w < clients; ++w) {
        threads.emplace_back(QThread::create([&] {
            QList<double> mine;
            for (size_t i = next++; i < offices.size(); i = next++) {
                const qint64 dueNs = qint64(i) * spacingNs;
                if (const qint64 early = dueNs - wall.nsecsElapsed(); early > 0)
                    QThread::usleep(quint64(early / 1000));
                const double lateMs = double(std::max<qint64>(0, wall.nsecsElapsed() - dueNs)) / 1e6;
                const double ms = officeSync(url, offices[i], push);
                if (ms < 0)
                    ++failed;
                else
                    mine << lateMs + ms;
            }
            QMutexLocker lock(&mutex);
            all << mine;
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    wallSeconds = seconds(wall);
    failures = failed;
    return all;
}

/// pouch_bench.js's "name value unit" lines.
std::map<std::string, double> runPouch(const SyncLoadOptions &o, qint64 n)
{
    std::map<std::string, double> figures;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(u"node"_s, {o.pouchScript, u"--n"_s, QString::number(n), u"--data"_s, o.pouchData});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        problem("pouch_bench.js failed");
        return figures;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const double v = parts.size() >= 2 ? parts[1].toDouble(&ok) : 0;
        if (ok)
            figures[parts[0].toStdString()] = v;
    }
    return figures;
}

/// Value against the PouchDB figure when there is one.
void figure(const std::map<std::string, double> &pouch, const char *name, double value, const char *unit,
            const std::initializer_list<const char *> &peer, double scale = 1.0)
{
    double bare = 0;
    for (const char *p : peer) {
        const auto it = pouch.find(p);
        if (it == pouch.end()) {
            reportPlain(name, value, unit);
            return;
        }
        bare += it->second;
    }
    report(name, value, unit, bare * scale);
}

struct Office
{
    std::unique_ptr<Database> db;
    Account officer;
};

Office openRegister(const QString &path, const Account &officer)
{
    auto opened = Database::open(path, Database::OpenMode::Existing);
    if (!opened)
        fail(u"open "_s + path, opened.error());
    return {std::move(*opened), officer};
}

/// The officer who registers, added to a new register.
Account addOfficer(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::Existing);
    if (!opened)
        fail(u"open"_s, opened.error());
    Transaction tx(**opened);
    (void)tx.begin();
    auto added = Accounts(**opened, Clock::system())
                     .add({u"canbo"_s, u"Cán Bộ"_s, Role::Officer, {}, {}, "bench-officer"}, u"admin"_s);
    if (!added)
        fail(u"officer"_s, added.error());
    (void)tx.commit();
    return *added;
}

void fill(Office &office, SyntheticRecords &synthetic, qint64 count)
{
    Registrar registrar(*office.db, Clock::system());
    for (qint64 done = 0; done < count;) {
        const QList<QJsonObject> chunk = synthetic.next(std::min<qint64>(100'000, count - done));
        if (auto r = registrar.registerMany(chunk, office.officer, 0, {}); !r)
            fail(u"register"_s, r.error());
        done += chunk.size();
    }
}

/// One SyncClient::run of a register; `until` says when the phase measured is over (the summary
/// after each round), `at` gets the time and the totals then.
struct Timed
{
    double phaseSeconds = -1;
    double totalSeconds = 0;
    sync::SyncSummary atPhase;
    sync::SyncSummary total;
};

Timed timedSync(Office &office, const QUrl &url, const std::function<bool(const sync::SyncSummary &)> &until)
{
    sync::HttpTransport transport(url, {});
    sync::SyncClient client(*office.db, Clock::system(), transport, office.officer);
    client.setBatchSize(2000); // the protocol's batch: a backlog goes in as few rounds as it can
    Timed timed;
    QElapsedTimer t;
    t.start();
    client.setProgress([&](const sync::SyncSummary &s) {
        if (timed.phaseSeconds < 0 && until && until(s)) {
            timed.phaseSeconds = seconds(t);
            timed.atPhase = s;
        }
        return true;
    });
    auto summary = client.run();
    timed.totalSeconds = seconds(t);
    if (!summary)
        fail(u"sync"_s, summary.error());
    timed.total = *summary;
    if (timed.phaseSeconds < 0) {
        timed.phaseSeconds = timed.totalSeconds;
        timed.atPhase = timed.total;
    }
    return timed;
}

} // namespace

void benchSyncLoad(const SyncLoadOptions &o)
{
    const Clock &clock = Clock::system();
    QDir().mkpath(o.dir);
    const QString pathA = o.dir + u"/office.db"_s;
    const QString pathB = o.dir + u"/restored.db"_s;
    const QString serverFile = o.dir + u"/server.db"_s;
    for (const QString &p : {pathA, pathB, serverFile})
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(p + suffix);
    const QString dbUrl = o.serverDb.isEmpty() ? u"sqlite:"_s + serverFile : o.serverDb;
    std::printf("# sync-load: %lld registrations pushed and pulled, no-op at %lld, %d offices by %d "
                "clients, server %s\n",
                qlonglong(o.pushRecords), qlonglong(o.noopRecords), o.offices, o.concurrency,
                o.serverDb.isEmpty() ? "sqlite" : "postgresql");
    std::fflush(stdout);

    // PouchDB first, on the same machine in the same run, while nothing of ours runs.
    std::map<std::string, double> pouch;
    if (!o.pouchScript.isEmpty())
        pouch = runPouch(o, o.pushRecords);

    std::vector<SimOffice> offices;
    if (o.offices > 0)
        offices = seedOffices(dbUrl, o.offices, o.officeEntries);
    const QString code = enrolCode(dbUrl);
    Server server(dbUrl, o.dir + u"/server.log"_s);

    // The office's register, enrolled; a copy of it now is the old backup restored below.
    OfficeSetup setup;
    setup.communeCode = kOffice;
    setup.admin = {u"admin"_s, u"Quản Trị"_s, Role::Admin, {}, {}, "bench-admin-password"};
    if (auto r = initializeRegister(pathA, setup, clock); !r)
        fail(u"init"_s, r.error());
    const Account officer = addOfficer(pathA);
    Office a = openRegister(pathA, officer);
    {
        sync::HttpTransport transport(server.url(), {});
        sync::SyncClient client(*a.db, clock, transport, officer);
        if (auto r = client.enrol(server.url().toString(), code, {}); !r)
            fail(u"enrol"_s, r.error());
        QSqlQuery q(a.db->connection());
        if (!q.exec(u"VACUUM INTO '%1'"_s.arg(pathB)))
            std::exit(1);
    }
    SyntheticRecords synthetic(20261126, QDate(2001, 1, 2), QDate(2026, 11, 1),
                               std::max(o.pushRecords, o.noopRecords));
    fill(a, synthetic, o.pushRecords);
    const double n = double(o.pushRecords);

    // 1. Push: the backlog of N registrations; the phase ends when the server holds them all (the
    //    same sync then pulls the ID numbers the server answered, timed as the whole sync).
    const Timed push =
        timedSync(a, server.url(), [&](const sync::SyncSummary &s) { return s.pushed >= o.pushRecords; });
    figure(pouch, "sync_push", n / push.phaseSeconds, "registrations/s", {"push_docs_per_s"});
    figure(pouch, "sync_push_wire_per_registration",
           double(push.atPhase.bytesSent + push.atPhase.bytesReceived) / n, "bytes",
           {"push_wire_bytes_per_doc"});
    reportPlain("sync_push_whole_sync", n / push.totalSeconds, "registrations/s");
    reportPlain("sync_push_round_trips", double(push.atPhase.roundTrips), "round trips");
    reportPlain("sync_push_results_pulled", double(push.total.pulled), "changes");

    // 2. Pull: the backup restored (a new epoch, to catch up), the N registrations brought back.
    {
        Office b = openRegister(pathB, officer);
        if (auto r = RegisterIdentity::beginEpoch(*b.db, u"restore"_s, clock.now().toMSecsSinceEpoch()); !r)
            fail(u"restore"_s, r.error());
        const Timed pull = timedSync(b, server.url(),
                                     [&](const sync::SyncSummary &s) { return s.caughtUp >= o.pushRecords; });
        // Everything the office's register sent comes back: the registrations, and the ID numbers
        // pulled in the push's sync (amendments the register pushed in turn).
        auto held = Outbox(*a.db).lastSeq();
        if (!held)
            fail(u"outbox"_s, held.error());
        if (pull.total.caughtUp != *held)
            problem("the restored register caught up " + std::to_string(pull.total.caughtUp) + " of " +
                    std::to_string(*held) + " entries");
        figure(pouch, "sync_pull", n / pull.phaseSeconds, "registrations/s", {"pull_docs_per_s"});
        figure(pouch, "sync_pull_wire_per_registration",
               double(pull.atPhase.bytesSent + pull.atPhase.bytesReceived) / n, "bytes",
               {"pull_wire_bytes_per_doc"});
        reportPlain("sync_pull_whole_sync", n / pull.totalSeconds, "registrations/s");
    }

    // 3. No-op syncs of a register of noopRecords, every one of them on the server too.
    if (o.noopRecords > o.pushRecords) {
        fill(a, synthetic, o.noopRecords - o.pushRecords);
        const Timed more = timedSync(a, server.url(), {});
        std::printf("# %lld more registrations synced in %.1f s\n", qlonglong(o.noopRecords - o.pushRecords),
                    more.totalSeconds);
    }
    (void)timedSync(a, server.url(), {}); // what is left to pull, if anything
    {
        QList<double> ms;
        double bytes = 0;
        qint64 trips = 0;
        for (int i = 0; i < o.noopSamples; ++i) {
            const Timed t = timedSync(a, server.url(), {});
            ms << t.totalSeconds * 1000.0;
            bytes += double(t.total.bytesSent + t.total.bytesReceived);
            trips = std::max(trips, t.total.roundTrips);
            if (t.total.pushed || t.total.pulled)
                problem("a no-op sync moved entries");
        }
        figure(pouch, "sync_noop_p50", quantile(ms, 0.5), "ms", {"noop_pull_seconds", "noop_push_seconds"},
               1000.0);
        reportPlain("sync_noop_p95", quantile(ms, 0.95), "ms");
        figure(pouch, "sync_noop_bytes", bytes / double(o.noopSamples), "bytes",
               {"noop_pull_bytes_client_to_server", "noop_pull_bytes_server_to_client",
                "noop_push_bytes_client_to_server", "noop_push_bytes_server_to_client"});
        reportPlain("sync_noop_round_trips", double(trips), "round trips");
        reportPlain("sync_noop_register_records", double(o.noopRecords), "records");
    }

    // 4. A slow link: slowRecords registrations of another
    //    office over 1 Mbit/s, 300 ms round trip, 2 % loss (support/ShapedLink: the kernel here has
    //    no netem qdisc). Bare: the same sync on the loopback as it is.
    if (o.slowRecords > 0) {
        const QString slowCode = enrolCode(dbUrl, kSlowOffice);
        const QString pathC = o.dir + u"/slow.db"_s;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(pathC + suffix);
        OfficeSetup slowSetup = setup;
        slowSetup.communeCode = kSlowOffice;
        if (auto r = initializeRegister(pathC, slowSetup, clock); !r)
            fail(u"init"_s, r.error());
        const Account slowOfficer = addOfficer(pathC);
        Office c = openRegister(pathC, slowOfficer);
        {
            sync::HttpTransport transport(server.url(), {});
            sync::SyncClient client(*c.db, clock, transport, slowOfficer);
            if (auto r = client.enrol(server.url().toString(), slowCode, {}); !r)
                fail(u"enrol"_s, r.error());
        }
        SyntheticRecords slowRecords(7, QDate(2001, 1, 2), QDate(2026, 11, 1), o.slowRecords);
        fill(c, slowRecords, o.slowRecords);
        test::ShapedLink link(quint16(server.url().port()), {});
        QUrl shaped = server.url();
        shaped.setPort(link.port());
        const Timed slow =
            timedSync(c, shaped, [&](const sync::SyncSummary &s) { return s.pushed >= o.slowRecords; });
        reportPlain("sync_slow_link_seconds", slow.phaseSeconds, "s");
        reportPlain("sync_slow_link_whole_sync_seconds", slow.totalSeconds, "s");
        reportPlain("sync_slow_link_round_trips", double(slow.total.roundTrips), "round trips");
    }

    // 5. Many offices against the one server, each once in the period (a minute: the target's
    //    "each syncing once a minute"): first each pushes a few births (its first sync), then each
    //    syncs with nothing new (the ID numbers of those births come back in it).
    if (!offices.empty()) {
        for (const bool pushing : {true, false}) {
            double wall = 0;
            int failures = 0;
            const QList<double> ms =
                officesPaced(server.url(), offices, o.concurrency, o.officePeriod, pushing, wall, failures);
            if (failures)
                problem(std::to_string(failures) + " office syncs failed");
            const char *p50 = pushing ? "offices_push_p50" : "offices_noop_p50";
            const char *p99 = pushing ? "offices_push_p99" : "offices_noop_p99";
            const char *rate = pushing ? "offices_push_rate" : "offices_noop_rate";
            reportPlain(p50, quantile(ms, 0.5), "ms");
            reportPlain(p99, quantile(ms, 0.99), "ms");
            reportPlain(rate, double(ms.size()) / wall, "syncs/s");
        }
    }
}

} // namespace hotich::bench
