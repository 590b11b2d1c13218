// hotich-bench: the register's speed against bare SQLite on the same machine, in the same run.
//   hotich-bench [--records N] [--samples S] [--dir DIR] [--sections register,text,sync,sync-load]
// Each line: "name value unit bare value unit ratio r" (r = value / bare). Exits 1 when a search of
// the run finds nothing or a figure is missing: such figures would measure the wrong thing.
#include "DesktopBench.h"
#include "PrintBench.h"
#include "Stats.h"
#include "SyncLoad.h"
#include "SyntheticEntries.h"
#include "SyntheticRecords.h"
#include "TextBench.h"

#include "auth/Accounts.h"
#include "registry/RegisterSetup.h"
#include "registry/Registrar.h"
#include "store/RecordSearch.h"
#include "store/RecordStore.h"
#include "sync/protocol/Frame.h"
#include "sync/protocol/Messages.h"
#include "text/Fold.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <string>

using namespace hotich;
using namespace hotich::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kCallSize = 100000; // records per registerMany call, as from one imported file
constexpr qsizetype kChunk = 10000;     // records per transaction of the bare run

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const Error &e)
{
    std::fprintf(stderr, "hotich-bench: %s\n", qPrintable(e.en));
    for (const Error &d : e.details)
        std::fprintf(stderr, "  %s [%s]\n", qPrintable(d.en), qPrintable(d.field));
    std::exit(1);
}

QSqlDatabase openBare(const QString &path)
{
    // SQLite's own unix VFS, not hotich's WAL write batching: bare means bare.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
    db.setConnectOptions(u"QSQLITE_OPEN_URI"_s);
    db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?vfs=unix"_s);
    if (!db.open())
        qFatal("cannot open %s", qPrintable(path));
    QSqlQuery q(db);
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s})
        q.exec(pragma);
    return db;
}

qint64 fileSize(const QString &path)
{
    qint64 size = 0;
    for (const QString &suffix : {u""_s, u"-wal"_s})
        size += QFileInfo(path + suffix).size();
    return size;
}

/// The sync protocol's cost on the wire: 2,000 births in one push, and one birth alone. Bare: the
/// canonical JSON of the records, as the register stores it.
void benchSync()
{
    const auto entries = syntheticBirthEntries(2000, 20261126);
    if (!entries)
        fail(entries.error());
    const auto batch = measurePush(*entries);
    const auto single = measurePush({entries->back()});
    if (!batch || !single)
        fail(batch ? single.error() : batch.error());
    report("sync_push_per_registration", batch->perEntry(), "bytes",
           double(batch->payloadBytes) / double(batch->entries));
    report("sync_push_single", single->perEntry(), "bytes", double(single->payloadBytes));

    // Speed of the codec on the same 2,000 births: the request as SyncClient makes and sends it,
    // and as the server reads it. Each step the median of a few rounds.
    sync::SyncRequest request;
    request.app = u"0.1.0"_s;
    request.schema = 7;
    request.office = u"00004"_s;
    request.registerId = QUuid::fromString(u"{0192f0c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f}"_s);
    request.epoch = QUuid::fromString(u"{0192f0c4-1a2b-7c3d-9e4f-5a6b7c8d9e10}"_s);
    request.push.from = 1;
    request.push.entries = *entries;
    request.push.head = QByteArray(32, '\x5a');
    QList<double> toCborMs, frameMs, decompressMs, parseMs, fromCborMs;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        const auto map = sync::toCbor(request);
        toCborMs << ms(t);
        t.start();
        const auto frame = map ? sync::encodeFrame(*map) : Result<QByteArray>(map.error());
        frameMs << ms(t);
        if (!frame)
            fail(frame.error());
        t.start();
        const auto cbor = sync::decompressFrame(*frame);
        decompressMs << ms(t);
        t.start();
        const auto back = cbor ? sync::parseFrameCbor(*cbor) : Result<QCborMap>(cbor.error());
        parseMs << ms(t);
        t.start();
        const auto message = back ? sync::fromCbor(*back) : Result<sync::Message>(back.error());
        fromCborMs << ms(t);
        if (!message)
            fail(message.error());
    }
    const double n = double(entries->size());
    std::printf(
        "# push of %lld births: toCbor %.1f ms, encodeFrame %.1f ms, decompress %.1f ms, parse %.1f ms, "
        "fromCbor %.1f ms\n",
        qlonglong(entries->size()), quantile(toCborMs, 0.5), quantile(frameMs, 0.5),
        quantile(decompressMs, 0.5), quantile(parseMs, 0.5), quantile(fromCborMs, 0.5));
    reportPlain("sync_encode_push", n / ((quantile(toCborMs, 0.5) + quantile(frameMs, 0.5)) / 1000.0),
                "entries/s");
    reportPlain(
        "sync_decode_push",
        n / ((quantile(decompressMs, 0.5) + quantile(parseMs, 0.5) + quantile(fromCborMs, 0.5)) / 1000.0),
        "entries/s");
}

} // namespace

int main(int argc, char *argv[])
{
    // Printing and the desktop's screens need a GUI application, with no display unless one is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"records"_s, u"Records in the register."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"samples"_s, u"Single registrations and searches timed."_s, u"S"_s, u"300"_s});
    parser.addOption(
        {u"batch"_s,
         u"Records per transaction in bulk registration (0: one per file, the default of hotich-admin register)."_s,
         u"N"_s, u"0"_s});
    parser.addOption({u"sections"_s,
                      u"What to measure: register, text, sync, print, sync-load (default all but "
                      u"sync-load, which takes minutes)."_s,
                      u"LIST"_s, u"register,text,sync,print"_s});
    parser.addOption(
        {u"push-records"_s, u"sync-load: registrations pushed, then pulled."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"offices"_s, u"sync-load: simulated offices."_s, u"N"_s, u"3000"_s});
    parser.addOption(
        {u"slow-records"_s,
         u"sync-load: registrations synced over the emulated slow link (1 Mbit/s, 300 ms, 2 % loss)."_s,
         u"N"_s, u"10000"_s});
    parser.addOption(
        {u"concurrency"_s, u"sync-load: client threads the simulated offices share."_s, u"N"_s, u"32"_s});
    parser.addOption(
        {u"office-period"_s, u"sync-load: seconds in which every office syncs once."_s, u"S"_s, u"60"_s});
    parser.addOption(
        {u"server-db"_s, u"sync-load: the server's database URL (default: SQLite in DIR)."_s, u"URL"_s});
    parser.addOption(
        {u"pouch"_s, u"sync-load: pouch_bench.js, run first for the bare figures."_s, u"FILE"_s});
    parser.addOption({u"pouch-data"_s, u"sync-load: the JSON lines pouch_bench.js reads."_s, u"FILE"_s,
                      u"/tmp/peers-scratch/births-1m.jsonl"_s});
    parser.addOption({u"dir"_s, u"Directory for the database files (default: a temporary one)."_s, u"DIR"_s});
    parser.addHelpOption();
    parser.process(app);
    const qint64 total = parser.value(u"records"_s).toLongLong();
    const int samples = parser.value(u"samples"_s).toInt();
    const qsizetype batch = parser.value(u"batch"_s).toLongLong();
    const QStringList sections = parser.value(u"sections"_s).split(u',');
    if (sections.contains(u"text"_s)) {
        // Names as many as the register holds records (70 % are births), at most 1,000,000.
        const qint64 count = std::min<qint64>(total, 1'000'000);
        SyntheticRecords names(99, QDate(2001, 1, 2), QDate(2026, 11, 1), count);
        for (qint64 made = 0; made < count; made += 10000)
            (void)names.next(std::min<qint64>(10000, count - made));
        benchText(names.sampleNames(), samples);
        requireFigures({"fold", "decode_tcvn3", "decode_vni", "place_lookup_p95"});
    }
    if (sections.contains(u"sync"_s)) {
        benchSync();
        requireFigures(
            {"sync_push_per_registration", "sync_push_single", "sync_encode_push", "sync_decode_push"});
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    if (sections.contains(u"print"_s)) {
        benchPrint(dir + u"/print"_s, samples);
        requireFigures({"print_pdf_p50", "print_batch_extracts"});
    }
    if (sections.contains(u"sync-load"_s)) {
        SyncLoadOptions load;
        load.dir = dir + u"/sync-load"_s;
        load.serverDb = parser.value(u"server-db"_s);
        load.pushRecords = parser.value(u"push-records"_s).toLongLong();
        load.noopRecords = std::max(total, load.pushRecords);
        load.noopSamples = std::max(samples, 5);
        load.offices = parser.value(u"offices"_s).toInt();
        load.slowRecords = parser.value(u"slow-records"_s).toLongLong();
        load.concurrency = parser.value(u"concurrency"_s).toInt();
        load.officePeriod = parser.value(u"office-period"_s).toDouble();
        load.pouchScript = parser.value(u"pouch"_s);
        load.pouchData = parser.value(u"pouch-data"_s);
        benchSyncLoad(load);
        requireFigures({"sync_push", "sync_pull", "sync_noop_p50", "sync_noop_bytes"});
        if (load.offices > 0)
            requireFigures({"offices_push_p99", "offices_noop_p99"});
    }
    if (!sections.contains(u"register"_s))
        return problems() ? 1 : 0;
    QDir().mkpath(dir);
    const QString path = dir + u"/bench.db"_s;
    const QString barePath = dir + u"/bare.db"_s;
    for (const QString &p : {path, barePath})
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(p + suffix);

    const Clock &clock = Clock::system();
    OfficeSetup setup;
    setup.communeCode = u"00004"_s;
    setup.admin = {u"admin"_s, u"Quản Trị"_s, Role::Admin, {}, {}, "bench-admin-password"};
    if (auto r = initializeRegister(path, setup, clock); !r)
        fail(r.error());
    auto opened = Database::open(path, Database::OpenMode::Existing);
    if (!opened)
        fail(opened.error());
    Database &db = *opened.value();
    Account officer;
    {
        Transaction tx(db);
        (void)tx.begin();
        auto added = Accounts(db, clock).add(
            {u"canbo"_s, u"Cán Bộ"_s, Role::Officer, {}, {}, "bench-officer"}, u"admin"_s);
        if (!added)
            fail(added.error());
        officer = added.value();
        (void)tx.commit();
    }
    std::printf(
        "# hotich-bench: %lld records, %d samples, bulk files of %lld records, %lld per transaction, in %s\n",
        total, samples, qlonglong(kCallSize), qlonglong(batch ? batch : kCallSize), qPrintable(dir));

    // 1. Bulk registration: files of 100,000 records (one transaction each unless --batch).
    SyntheticRecords synthetic(20261126, QDate(2001, 1, 2), QDate(2026, 11, 1), total);
    Registrar registrar(db, clock);
    double registerMs = 0;
    QList<QString> payloads; // the same content for the bare run
    for (qint64 done = 0; done < total;) {
        const QList<QJsonObject> chunk = synthetic.next(std::min<qint64>(kCallSize, total - done));
        for (const QJsonObject &r : chunk)
            payloads << RecordStore::serialize(r);
        QElapsedTimer t;
        t.start();
        auto r = registrar.registerMany(chunk, officer, batch, {});
        registerMs += ms(t);
        if (!r)
            fail(r.error());
        done += chunk.size();
    }
    const double ourRate = double(total) / (registerMs / 1000.0);

    // Bare: the same payloads into one table with three unique indexes, same chunks and pragmas.
    QSqlDatabase bare = openBare(barePath);
    {
        QSqlQuery q(bare);
        q.exec(
            u"CREATE TABLE records (id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, kind TEXT NOT NULL, "
            u"year INTEGER NOT NULL, number INTEGER NOT NULL, payload TEXT NOT NULL, names TEXT NOT NULL, "
            u"UNIQUE (kind, year, number))"_s);
        q.exec(
            u"CREATE VIRTUAL TABLE names_fts USING fts5 (names, content = 'records', content_rowid = 'id', detail = none)"_s);
    }
    double bareMs = 0;
    {
        QSqlQuery insert(bare);
        insert.prepare(
            u"INSERT INTO records (uuid, kind, year, number, payload, names) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype start = 0; start < payloads.size(); start += kChunk) {
            QElapsedTimer t;
            t.start();
            bare.transaction();
            for (qsizetype i = start; i < std::min(payloads.size(), start + kChunk); ++i) {
                insert.bindValue(0, QUuid::createUuid().toRfc4122());
                insert.bindValue(1, u"birth"_s);
                insert.bindValue(2, 2000 + int(i / 50000));
                insert.bindValue(3, int(i));
                insert.bindValue(4, payloads[i]);
                insert.bindValue(5, u"nguyen van an"_s);
                insert.exec();
            }
            bare.commit();
            bareMs += ms(t);
        }
    }
    report("bulk_register", ourRate, "records/s", double(payloads.size()) / (bareMs / 1000.0));
    payloads.clear();

    // 2. One registration committed durably, at the full size of the register. Registrations and
    //    bare commits alternate, so that the machine's noise falls on both alike.
    QList<double> ours;
    QList<double> bareCommits;
    {
        SyntheticRecords more(7, QDate(2026, 11, 2), QDate(2026, 11, 20), samples);
        const QList<QJsonObject> records = more.next(samples);
        QSqlQuery insert(bare);
        insert.prepare(
            u"INSERT INTO records (uuid, kind, year, number, payload, names) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer t;
            t.start();
            auto r = registrar.registerRecord(records[i], officer);
            ours << ms(t);
            if (!r)
                fail(r.error());
            const QString payload = RecordStore::serialize(records[i]);
            t.start();
            bare.transaction();
            insert.bindValue(0, QUuid::createUuid().toRfc4122());
            insert.bindValue(1, u"death"_s);
            insert.bindValue(2, 2026);
            insert.bindValue(3, i);
            insert.bindValue(4, payload);
            insert.bindValue(5, u"nguyen van an"_s);
            insert.exec();
            bare.commit();
            bareCommits << ms(t);
        }
    }
    report("register_durable_p50", quantile(ours, 0.5), "ms", quantile(bareCommits, 0.5));
    report("register_durable_p95", quantile(ours, 0.95), "ms", quantile(bareCommits, 0.95));

    // 3. Name search: full names of registered people, half typed without diacritics.
    {
        const QStringList &names = synthetic.sampleNames();
        QRandomGenerator random(42);
        QStringList queries;
        for (int i = 0; i < samples; ++i) {
            const QString name = names[random.bounded(int(names.size()))];
            queries << (i % 2 ? name : text::fold(name));
        }
        RecordSearch search(db);
        QList<double> ourSearch;
        qint64 hits = 0;
        // Every query is the name of a registered child: a search that finds nothing is a fault.
        int empty = 0;
        for (const QString &q : queries) {
            SearchQuery query;
            query.text = q;
            QElapsedTimer t;
            t.start();
            auto found = search.search(query);
            ourSearch << ms(t);
            if (!found)
                fail(found.error());
            hits += found->size();
            if (found->isEmpty() && ++empty <= 5)
                std::fprintf(stderr, "hotich-bench: search found nothing: %s\n", qPrintable(q));
        }
        if (empty)
            problem(std::to_string(empty) + " of " + std::to_string(queries.size()) +
                    " searches found nothing");
        // Bare: the same FTS5 query on the same index, all matching rowids fetched.
        QList<double> bareSearch;
        QSqlQuery fts(db.connection());
        fts.setForwardOnly(true);
        fts.prepare(u"SELECT rowid FROM person_fts WHERE person_fts MATCH ?"_s);
        int bareEmpty = 0;
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            fts.bindValue(0, RecordSearch::ftsQuery(q));
            if (!fts.exec())
                problem("bare search failed: " + fts.lastError().text().toStdString());
            qint64 rows = 0;
            while (fts.next())
                ++rows;
            bareSearch << ms(t);
            bareEmpty += rows == 0;
        }
        fts.finish();
        if (bareEmpty)
            problem(std::to_string(bareEmpty) + " of " + std::to_string(queries.size()) +
                    " bare searches found nothing");
        report("search_p50", quantile(ourSearch, 0.5), "ms", quantile(bareSearch, 0.5));
        report("search_p95", quantile(ourSearch, 0.95), "ms", quantile(bareSearch, 0.95));
        reportPlain("search_mean_hits", double(hits) / double(queries.size()), "records");
    }

    // 4. Size on disk per record (after a checkpoint).
    {
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QSqlQuery b(bare);
        b.exec(u"INSERT INTO names_fts (names_fts) VALUES ('rebuild')"_s);
        b.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const double records = double(total + samples);
        report("size_per_record", double(fileSize(path)) / records, "bytes",
               double(fileSize(barePath)) / records);
    }
    bare.close();
    requireFigures({"bulk_register", "register_durable_p50", "register_durable_p95", "search_p50",
                    "search_p95", "search_mean_hits", "size_per_record"});
    // 5. The desktop application on this register (at its full size).
    benchDesktop(path, db, officer, synthetic.sampleNames(), samples);
    requireFigures({"desktop_startup_p50", "desktop_keystroke_p95", "desktop_open_record_20_amendments_p50"});
    return problems() ? 1 : 0;
}
