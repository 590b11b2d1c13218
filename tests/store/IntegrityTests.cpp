// Tampering, damaged files, backup and restore.
#include <catch2/catch.hpp>

#include "registry/RegisterCheck.h"
#include "store/Backup.h"
#include "store/RegisterIndex.h"
#include "support/TestRegister.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

/// Edits the file the way someone with a SQLite tool would: triggers dropped, rows changed.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &table : {u"records"_s, u"amendments"_s, u"journal"_s, u"outbox"_s}) {
            REQUIRE(q.exec(u"DROP TRIGGER IF EXISTS %1_no_update"_s.arg(table)));
            REQUIRE(q.exec(u"DROP TRIGGER IF EXISTS %1_no_delete"_s.arg(table)));
        }
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

QStringList problemCodes(Database &db)
{
    auto report = verifyRegister(db);
    REQUIRE(report.ok());
    QStringList codes;
    for (const IntegrityProblem &p : report->problems)
        codes << p.code;
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

/// A register with a few records, an amendment and accounts, closed (checkpointed).
void populate(TestRegister &reg)
{
    const QUuid birth = reg.mustAdd(example(u"birth"_s));
    reg.mustAdd(example(u"death"_s));
    reg.mustAdd(example(u"marriage"_s));
    reg.mustAdd(with(with(example(u"birth"_s), u"subject.givenName"_s, u"Bảo"_s), u"subject.idNumber"_s,
                     QJsonValue()));
    REQUIRE(reg.registrar().assignIdNumber(birth, u"001226005555"_s, reg.officer).ok());
}

} // namespace

TEST_CASE("verify passes on an untouched register and finds every kind of tampering")
{
    TestRegister reg;
    populate(reg);
    REQUIRE(problemCodes(reg.db()).isEmpty());
    reg.close();

    SECTION("a record given another UUID")
    {
        tamper(reg.path(), {u"UPDATE records SET uuid = randomblob(16) WHERE id = 2"_s});
        reg.reopen();
        CHECK(problemCodes(reg.db()).contains(u"records.uuid"_s));
    }

    SECTION("a record edited after it was written")
    {
        tamper(reg.path(), {u"UPDATE records SET payload = replace(payload, 'Bình', 'Bính') WHERE id = 1"_s});
        reg.reopen();
        CHECK(problemCodes(reg.db()) == QStringList{u"outbox.mismatch"_s, u"records.tampered"_s});
    }
    SECTION("a register number changed")
    {
        tamper(reg.path(), {u"UPDATE records SET number = 7 WHERE id = 4"_s});
        reg.reopen();
        CHECK(problemCodes(reg.db()) ==
              QStringList{u"numbering.gap"_s, u"outbox.mismatch"_s, u"records.tampered"_s});
    }
    SECTION("an amendment edited")
    {
        tamper(reg.path(), {u"UPDATE amendments SET patch = replace(patch, '5555', '5556')"_s});
        reg.reopen();
        CHECK(problemCodes(reg.db()) == QStringList{u"amendments.tampered"_s, u"outbox.mismatch"_s});
    }
    SECTION("a journal entry edited")
    {
        tamper(reg.path(), {u"UPDATE journal SET actor = 'someone' WHERE seq = 3"_s});
        reg.reopen();
        CHECK(problemCodes(reg.db()) == QStringList{u"journal.tampered"_s});
    }
    SECTION("a journal entry deleted")
    {
        tamper(reg.path(), {u"DELETE FROM journal WHERE seq = 2"_s});
        reg.reopen();
        CHECK(problemCodes(reg.db()).contains(u"journal.gap"_s));
    }
    SECTION("two journal entries swapped")
    {
        tamper(reg.path(),
               {u"UPDATE journal SET seq = -1 WHERE seq = 4"_s, u"UPDATE journal SET seq = 4 WHERE seq = 5"_s,
                u"UPDATE journal SET seq = 5 WHERE seq = -1"_s});
        reg.reopen();
        CHECK(problemCodes(reg.db()).contains(u"journal.tampered"_s));
    }
    SECTION("a record with its journal and outbox entries deleted")
    {
        tamper(
            reg.path(),
            {u"DELETE FROM outbox WHERE record_uuid = (SELECT uuid FROM records WHERE id = 1) AND amendment_uuid IS NULL"_s,
             u"DELETE FROM journal WHERE target_table = 'records' AND target_id = 1"_s,
             u"DELETE FROM amendments WHERE record = 1"_s,
             u"DELETE FROM journal WHERE target_table = 'amendments'"_s,
             u"DELETE FROM record_index WHERE record = 1"_s, u"DELETE FROM records WHERE id = 1"_s});
        reg.reopen();
        const QStringList codes = problemCodes(reg.db());
        CHECK(codes.contains(u"journal.gap"_s));
        CHECK(codes.contains(u"outbox.gap"_s));
        CHECK(codes.contains(u"numbering.gap"_s));
    }
    SECTION("a record slipped in outside hotich")
    {
        tamper(reg.path(),
               {u"INSERT INTO records (uuid, office, kind, year, number, book, registration_date, payload, "
                u"created_at, created_by) SELECT randomblob(16), office, kind, year, 3, book, "
                u"registration_date, "
                u"payload, created_at, created_by FROM records WHERE id = 1"_s});
        reg.reopen();
        // Its random UUID does not carry its row id either.
        CHECK(problemCodes(reg.db()) == QStringList{u"records.unjournaled"_s, u"records.uuid"_s});
    }
    SECTION("an account's role raised")
    {
        tamper(reg.path(), {u"UPDATE accounts SET role = 'admin' WHERE login = 'canbo'"_s});
        reg.reopen();
        CHECK(problemCodes(reg.db()) == QStringList{u"accounts.tampered"_s});
    }
}

TEST_CASE("verify finds a search index that misses rows and reindex mends it")
{
    TestRegister reg;
    for (qint64 i = 0; i < RegisterIndex::kSearchBatch + 6; ++i)
        reg.mustAdd(example(u"birth"_s)); // the first batch indexed, the last rows not yet
    REQUIRE(problemCodes(reg.db()).isEmpty());
    reg.close();
    SECTION("a person taken out")
    {
        // The child of record 1 (the 'delete' command of a contentless table, given its words).
        tamper(reg.path(),
               {u"INSERT INTO person_fts (person_fts, rowid, names) SELECT 'delete', record * %1, "
                u"substr(names, 1, instr(names, '|') - 1) FROM record_index WHERE record = 1"_s.arg(
                    RegisterIndex::kPersonSlots)});
    }
    SECTION("a person no search row names")
    {
        tamper(reg.path(), {u"INSERT INTO person_fts (rowid, names) VALUES (%1, 'le van ty')"_s.arg(
                               2 * RegisterIndex::kPersonSlots + 5)});
    }
    SECTION("a person under another record")
    {
        tamper(reg.path(),
               {u"INSERT INTO person_fts (person_fts, rowid, names) SELECT 'delete', record * %1, "
                u"substr(names, 1, instr(names, '|') - 1) FROM record_index WHERE record = 1"_s.arg(
                    RegisterIndex::kPersonSlots),
                u"INSERT INTO person_fts (rowid, names) SELECT 3 * %1 + 7, substr(names, 1, instr(names, "
                u"'|') - 1) "
                u"FROM record_index WHERE record = 1"_s.arg(RegisterIndex::kPersonSlots)});
    }
    reg.reopen();
    CHECK(problemCodes(reg.db()) == QStringList{u"search.index"_s});
    {
        Transaction tx(reg.db());
        REQUIRE(tx.begin().ok());
        auto rows = RegisterIndex(reg.db()).rebuildSearchIndex();
        REQUIRE(rows.ok());
        CHECK(rows.value() == RegisterIndex::kSearchBatch + 6);
        REQUIRE(tx.commit().ok());
    }
    CHECK(problemCodes(reg.db()).isEmpty());
}

TEST_CASE("a damaged register file is refused with a clear message")
{
    TestRegister reg;
    populate(reg);
    reg.close();
    QFile file(reg.path());
    const qint64 size = file.size();
    REQUIRE(size > 8192);

    SECTION("truncated")
    {
        REQUIRE(file.resize(size / 2));
        auto db = Database::open(reg.path(), Database::OpenMode::Existing);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::Corrupt);
        CHECK(db.error().vi.contains(u"cắt cụt"_s));
        CHECK(db.error().en.contains(u"truncated"_s));
    }
    SECTION("header overwritten")
    {
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(16, 'x'));
        file.close();
        auto db = Database::open(reg.path(), Database::OpenMode::Existing);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::Corrupt);
        CHECK(db.error().en.contains(u"not a database"_s));
    }
    SECTION("pages in the middle overwritten")
    {
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096 * 2);
        file.write(QByteArray(4096 * 2, char(0x5A)));
        file.close();
        auto db = Database::open(reg.path(), Database::OpenMode::Existing);
        if (db.ok()) {
            auto report = verifyRegister(*db.value());
            const bool detected = !report.ok() ? report.error().kind == ErrorKind::Corrupt : !report->ok();
            CHECK(detected);
        } else {
            CHECK(db.error().kind == ErrorKind::Corrupt);
        }
    }
    SECTION("an empty file")
    {
        REQUIRE(file.resize(0));
        auto db = Database::open(reg.path(), Database::OpenMode::Existing);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::Corrupt);
    }
}

TEST_CASE("a SQLite file that is no register or no file at all is refused")
{
    TempDir dir;
    const QString other = dir.path(u"other.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    auto foreign = Database::open(other, Database::OpenMode::Existing);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == u"database.foreign"_s);

    auto missing = Database::open(dir.path(u"missing.db"_s), Database::OpenMode::Existing);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(QFile::exists(dir.path(u"missing.db"_s)));
}

TEST_CASE("a backup in steps reports its pages up to the whole and a cancelled one leaves no file")
{
    TestRegister reg;
    populate(reg);
    // Enough pages for several steps of 1024.
    QSqlQuery grow(reg.db().connection());
    REQUIRE(grow.exec(u"CREATE TABLE padding (b BLOB)"_s));
    REQUIRE(grow.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                      u"INSERT INTO padding SELECT randomblob(4000) FROM n"_s));
    const QString copy = reg.dir().path(u"stepped.db"_s);
    QList<std::pair<qint64, qint64>> steps;
    auto made = backup::create(reg.db(), copy, [&](qint64 done, qint64 total) {
        steps.append({done, total});
        return true;
    });
    REQUIRE(made.ok());
    REQUIRE(steps.size() >= 3);
    for (qsizetype i = 1; i < steps.size(); ++i)
        CHECK(steps[i].first > steps[i - 1].first);
    CHECK(steps.constLast().first == steps.constLast().second);
    CHECK(Database::open(copy, Database::OpenMode::Existing).ok());

    const QString cancelled = reg.dir().path(u"cancelled.db"_s);
    int calls = 0;
    auto stopped = backup::create(reg.db(), cancelled, [&](qint64, qint64) { return ++calls < 2; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == u"backup.cancelled"_s);
    CHECK(calls == 2);
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK_FALSE(QFile::exists(cancelled + u".partial"_s));
}

TEST_CASE("backup is a consistent copy and restore brings it back keeping what was there")
{
    TestRegister reg;
    populate(reg);
    const QString copy = reg.dir().path(u"backup.db"_s);
    REQUIRE(backup::create(reg.db(), copy).ok());
    CHECK(backup::create(reg.db(), copy).error().code == u"backup.exists"_s);
    reg.mustAdd(example(u"guardianship"_s)); // after the backup

    auto safety = restoreRegister(reg.db(), copy, 1'800'000'000'000);
    REQUIRE(safety.ok());
    QSqlQuery q(reg.db().connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM records"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
    q.finish();
    CHECK(problemCodes(reg.db()).isEmpty());

    auto kept = Database::open(safety.value(), Database::OpenMode::Existing);
    REQUIRE(kept.ok());
    QSqlQuery k(kept.value()->connection());
    REQUIRE(k.exec(u"SELECT count(*) FROM records"_s));
    REQUIRE(k.next());
    CHECK(k.value(0).toInt() == 5); // the register as it was before the restore

    SECTION("a tampered backup is not restored")
    {
        tamper(copy, {u"UPDATE records SET payload = replace(payload, 'An', 'Anh')"_s});
        auto r = restoreRegister(reg.db(), copy, 1'800'000'100'000);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"backup.unsound"_s);
    }
}
