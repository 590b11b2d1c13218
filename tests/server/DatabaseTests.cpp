#include "ServerFixture.h"

#include "sync/server/DatabaseUrl.h"
#include "sync/server/ServerDatabase.h"

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
