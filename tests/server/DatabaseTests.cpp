#include "ServerFixture.h"

#include "sync/server/BulkInsert.h"
#include "sync/server/DatabaseUrl.h"
#include "sync/server/ServerDatabase.h"
#include "sync/server/WalCheckpointer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

using namespace hotich;
using namespace hotich::server;
using namespace hotich::test;
using namespace Qt::StringLiterals;

TEST_CASE("Database URLs: sqlite:PATH and postgresql://user@host:port/db, with a socket directory as ?host=")
{
    auto sqlite = DatabaseUrl::parse(u"sqlite:/var/lib/hotich/server.db"_s);
    REQUIRE(sqlite);
    CHECK(sqlite->dialect == Dialect::Sqlite);
    CHECK(sqlite->path == u"/var/lib/hotich/server.db"_s);

    auto pg = DatabaseUrl::parse(u"postgresql://hotich:b%C3%AD@db.example.vn:6543/registry"_s);
    REQUIRE(pg);
    CHECK(pg->dialect == Dialect::Postgres);
    CHECK(pg->user == u"hotich"_s);
    CHECK(pg->password == u"bí"_s);
    CHECK(pg->host == u"db.example.vn"_s);
    CHECK(pg->port == 6543);
    CHECK(pg->database == u"registry"_s);
    CHECK(pg->display() == u"postgresql://hotich@db.example.vn:6543/registry"_s); // no password

    auto socket = DatabaseUrl::parse(u"postgresql://postgres@/hotich?host=/tmp/pg-1&port=5433"_s);
    REQUIRE(socket);
    CHECK(socket->host == u"/tmp/pg-1"_s);
    CHECK(socket->port == 5433);
    CHECK(socket->database == u"hotich"_s);

    for (const QString &bad : {u"mysql://x/y"_s, u"sqlite:"_s, u"postgresql://u@h:99999/db"_s,
                               u"postgresql://u@h/"_s, u"postgresql://u@h/db?colour=blue"_s}) {
        INFO(bad.toStdString());
        auto refused = DatabaseUrl::parse(bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == u"server.databaseUrl"_s);
        CHECK(refused.error().vi.contains(u"không hợp lệ"_s));
    }
}

TEST_CASE("The server database is migrated once, and a second connection finds it done")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    CHECK(must(server.store().database().schemaVersion()) == ServerDatabase::latestSchemaVersion());
    auto second = server.connect();
    CHECK(must(second->database().schemaVersion()) == ServerDatabase::latestSchemaVersion());
    CHECK(server.count(u"SELECT count(*) FROM schema_migrations"_s) == ServerDatabase::latestSchemaVersion());
    CHECK(server.store().database().dialect() ==
          (backend == Backend::Sqlite ? Dialect::Sqlite : Dialect::Postgres));
}

TEST_CASE("A database made by a newer server is refused with both versions named")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().database().run(
        u"INSERT INTO schema_migrations (version, applied_at) VALUES (999, 0)"_s, {}, u"giả lập"_s));
    auto refused = ServerDatabase::open(server.url());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == u"server.schemaNewer"_s);
    CHECK(refused.error().en.contains(u"999"_s));
}

TEST_CASE(
    "A bulk insert writes every row in order whatever their number, and gives back what RETURNING returns")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    ServerDatabase &db = server.store().database();
    must(db.run(u"CREATE TABLE bulk_rows (n BIGINT PRIMARY KEY, label TEXT NOT NULL)"_s, {}, u"test"_s));
    qint64 next = 0;
    // Around the chunk sizes: none, one, a chunk less one, a chunk, a chunk and one, several.
    for (const int count : {0, 1, 255, 256, 257, 700}) {
        INFO("rows: " << count);
        BulkInsert rows(db, u"bulk_rows (n, label)"_s, 2, u" ON CONFLICT DO NOTHING RETURNING n"_s,
                        u"test"_s);
        const qint64 first = next;
        for (int i = 0; i < count; ++i, ++next)
            rows.add({next, u"hàng %1"_s.arg(next)});
        if (count > 0)
            rows.add({first, u"again"_s}); // held already: skipped, not returned
        QList<qint64> returned;
        must(rows.run([&](const Rows &r) { returned << r.value(0).toLongLong(); }));
        std::sort(returned.begin(), returned.end());
        REQUIRE(returned.size() == count);
        for (int i = 0; i < count; ++i)
            REQUIRE(returned[i] == first + i);
        CHECK(server.count(u"SELECT count(*) FROM bulk_rows"_s) == next);
    }
    CHECK(server.count(u"SELECT count(*) FROM bulk_rows WHERE label = 'again'"_s) == 0);
    CHECK(server.count(u"SELECT count(*) FROM bulk_rows WHERE label = 'hàng 699'"_s) == 1);
}

TEST_CASE("The checkpoint thread copies the log back into the database file while the writer goes on")
{
    TempDir dir;
    const QByteArray path = dir.path(u"wal.db"_s).toUtf8();
    sqlite3 *writer = nullptr;
    REQUIRE(sqlite3_open(path.constData(), &writer) == SQLITE_OK);
    // As the server's own connection waits (ServerDatabase: QSQLITE_BUSY_TIMEOUT): a RESTART
    // checkpoint holds writers back while it copies, and a writer without a wait fails at once.
    REQUIRE(sqlite3_busy_timeout(writer, 30000) == SQLITE_OK);
    REQUIRE(sqlite3_exec(writer, "PRAGMA journal_mode = WAL; CREATE TABLE t (b BLOB)", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    const qint64 before = QFileInfo(QString::fromUtf8(path)).size();
    {
        WalCheckpointer checkpointer(writer, QString::fromUtf8(path));
        // 24 MiB in transactions of 1 MiB: past the 16 MiB at which a checkpoint is asked for, short
        // of the point where the writer would checkpoint itself.
        for (int i = 0; i < 24; ++i) {
            REQUIRE(sqlite3_exec(writer,
                                 "BEGIN; WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k "
                                 "WHERE i < 256) INSERT INTO t SELECT randomblob(4000) FROM k; COMMIT",
                                 nullptr, nullptr, nullptr) == SQLITE_OK);
        }
        // The copy runs on the other thread: wait for the file to grow, for at most 30 s.
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(QString::fromUtf8(path)).size() < 16 * 1024 * 1024 && waited.elapsed() < 30000)
            QThread::msleep(10);
        CHECK(QFileInfo(QString::fromUtf8(path)).size() >= 16 * 1024 * 1024);
    }
    CHECK(QFileInfo(QString::fromUtf8(path)).size() > before);
    sqlite3_stmt *count = nullptr;
    REQUIRE(sqlite3_prepare_v2(writer, "SELECT count(*) FROM t", -1, &count, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(count) == SQLITE_ROW);
    CHECK(sqlite3_column_int(count, 0) == 24 * 256);
    sqlite3_finalize(count);
    sqlite3_close(writer);
}
