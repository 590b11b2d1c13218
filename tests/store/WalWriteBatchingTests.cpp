#include <catch2/catch.hpp>

#include "store/RecordStore.h"
#include "store/WalWriteBatching.h"
#include "support/TestRegister.h"

#include <QFile>
#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

qint64 recordCount(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM records"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a commit's WAL frames reach the file in one write before the commit returns")
{
    TestRegister reg;
    const WalWriteStats before = walWriteStats();
    reg.mustAdd(example(u"birth"_s));
    const WalWriteStats after = walWriteStats();
    // A registration commits several pages, each a frame header and a page: all in one write.
    CHECK(after.gatheredWrites - before.gatheredWrites >= 8);
    CHECK(after.flushes - before.flushes == 1);

    // Another connection sees the registration at once: the frames were in the file when the
    // commit was published.
    auto other = Database::open(reg.path(), Database::OpenMode::Existing);
    REQUIRE(other.ok());
    CHECK(recordCount(*other.value()) == 1);

    // And they are on disk, not in this process: a copy of the files taken now (as after a power
    // cut, with the connection still open) holds the registration.
    const QString copy = reg.dir().path(u"copy.db"_s);
    REQUIRE(QFile::copy(reg.path(), copy));
    REQUIRE(QFile::copy(reg.path() + u"-wal"_s, copy + u"-wal"_s));
    auto copied = Database::open(copy, Database::OpenMode::Existing);
    REQUIRE(copied.ok());
    CHECK(recordCount(*copied.value()) == 1);
}

TEST_CASE("a transaction larger than the gathering limit is written in pieces and reads back whole")
{
    TestRegister reg;
    QList<QJsonObject> records;
    for (int i = 0; i < 1500; ++i) // about 1,500 pages: more than 1 MiB of frames
        records << example(u"birth"_s);
    const WalWriteStats before = walWriteStats();
    REQUIRE(reg.registrar().registerMany(records, reg.officer, 0, {}).ok());
    const WalWriteStats after = walWriteStats();
    CHECK(after.flushes - before.flushes >= 2);
    CHECK(recordCount(reg.db()) == 1500);
    reg.reopen();
    CHECK(recordCount(reg.db()) == 1500);
    QSqlQuery check(reg.db().connection());
    REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == u"ok"_s);
}

TEST_CASE("without a sync per commit the frames still reach the file before the commit is published")
{
    // synchronous=NORMAL syncs no commit: the WAL index barrier is then what hands the frames over.
    TestRegister reg;
    {
        QSqlQuery q(reg.db().connection());
        REQUIRE(q.exec(u"PRAGMA synchronous = NORMAL"_s));
    }
    const WalWriteStats before = walWriteStats();
    reg.mustAdd(example(u"birth"_s));
    CHECK(walWriteStats().flushes - before.flushes >= 1);
    auto other = Database::open(reg.path(), Database::OpenMode::Existing);
    REQUIRE(other.ok());
    CHECK(recordCount(*other.value()) == 1);
    reg.mustAdd(example(u"death"_s));
    CHECK(recordCount(*other.value()) == 2);
}
