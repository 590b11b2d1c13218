// Numbering, books, amendments and history on real register files.
#include <catch2/catch.hpp>

#include "registry/RecordView.h"
#include "registry/RegisterCheck.h"
#include "store/RecordStore.h"
#include "store/RegisterNumbering.h"
#include "support/TestRegister.h"
#include "util/Uuid.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject birthOn(const QString &registrationDate, const QString &givenName)
{
    QJsonObject b = with(example(u"birth"_s), u"registrationDate"_s, registrationDate);
    b = with(b, u"subject.birthDate"_s, registrationDate);
    b = with(b, u"subject.givenName"_s, givenName);
    b = with(b, u"subject.idNumber"_s, QJsonValue());
    return b;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString idText(const QUuid &id)
{
    return uuidText(id);
}

} // namespace

TEST_CASE("every kind of event registers from its example")
{
    TestRegister reg;
    const QUuid birth = reg.mustAdd(example(u"birth"_s));
    const QUuid marriage = reg.mustAdd(example(u"marriage"_s));
    const QUuid guardianship = reg.mustAdd(example(u"guardianship"_s));
    for (const QString &name :
         {u"death"_s, u"parentChildRecognition"_s, u"maritalStatusCertificate"_s, u"birth-historical"_s})
        reg.mustAdd(example(name));
    auto amending = [&](const QString &name, const QUuid &target) {
        QByteArray text = readTestData(u"records/"_s + name + u".json"_s);
        text.replace("00000000-0000-7000-8000-000000000001", idText(target).toUtf8());
        return reg.mustAdd(QJsonDocument::fromJson(text).object());
    };
    amending(u"correction"_s, birth);
    amending(u"ethnicityRedetermination"_s, birth);
    amending(u"guardianshipChange"_s, guardianship);
    amending(u"guardianshipEnd"_s, guardianship);
    amending(u"recording"_s, marriage);
    amending(u"extractCopy"_s, birth);

    QSqlQuery q(reg.db().connection());
    REQUIRE(q.exec(u"SELECT count(DISTINCT kind) FROM records"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == int(allEventKinds().size()));

    RecordStore store(reg.db());
    const RecordView b = loadRecordView(store, birth).value();
    CHECK(b.current.value(u"subject"_s).toObject().value(u"givenName"_s).toString() == u"Ân"_s);
    CHECK(b.current.value(u"subject"_s).toObject().value(u"ethnicity"_s).toString() == u"Tày"_s);
    CHECK(loadRecordView(store, marriage).value().status == RecordStatus::Dissolved);
    const RecordView g = loadRecordView(store, guardianship).value();
    CHECK(g.status == RecordStatus::Dissolved);
    CHECK(g.current.value(u"guardian"_s).toObject().value(u"givenName"_s).toString() == u"Hải"_s);
}

TEST_CASE("register numbers start at 1 each year per kind and never repeat")
{
    TestRegister reg(QDate(2027, 1, 10));
    auto a = reg.add(birthOn(u"2026-12-30"_s, u"An"_s));
    auto b = reg.add(birthOn(u"2026-12-31"_s, u"Bình"_s));
    auto c = reg.add(birthOn(u"2027-01-02"_s, u"Chi"_s));
    auto d = reg.add(birthOn(u"2027-01-03"_s, u"Dũng"_s));
    auto death = reg.add(with(example(u"death"_s), u"registrationDate"_s, u"2027-01-03"_s));
    REQUIRE((a.ok() && b.ok() && c.ok() && d.ok() && death.ok()));
    CHECK(std::pair(a->year, a->number) == std::pair(2026, 1));
    CHECK(std::pair(b->year, b->number) == std::pair(2026, 2));
    CHECK(std::pair(c->year, c->number) == std::pair(2027, 1));
    CHECK(std::pair(d->year, d->number) == std::pair(2027, 2));
    CHECK(std::pair(death->year, death->number) == std::pair(2027, 1));
    CHECK(
        count(
            reg.db(),
            u"SELECT count(*) FROM (SELECT kind, year, number FROM records GROUP BY 1, 2, 3 HAVING count(*) > 1)"_s) ==
        0);

    SECTION("a registration dated before the register's last entry is refused")
    {
        auto early = reg.add(birthOn(u"2027-01-01"_s, u"Em"_s));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == u"registration.outOfOrder"_s);
        CHECK(early.error().vi.contains(u"số 2"_s));
    }
    SECTION("a rejected registration consumes no number")
    {
        CHECK_FALSE(
            reg.add(with(birthOn(u"2027-01-05"_s, u"Em"_s), u"subject.birthDate"_s, u"2027-01-06"_s)).ok());
        auto next = reg.add(birthOn(u"2027-01-05"_s, u"Em"_s));
        REQUIRE(next.ok());
        CHECK(next->number == 3);
    }
}

TEST_CASE("a full book continues the numbering in the next volume")
{
    TestRegister reg(QDate(2026, 11, 26), 3);
    QList<std::pair<int, int>> positions;
    for (const QString &name : {u"An"_s, u"Bình"_s, u"Chi"_s, u"Dũng"_s, u"Giang"_s, u"Hà"_s, u"Khoa"_s}) {
        auto r = reg.add(birthOn(u"2026-11-20"_s, name));
        REQUIRE(r.ok());
        positions.append({r->number, r->book});
    }
    CHECK(positions == QList<std::pair<int, int>>{{1, 1}, {2, 1}, {3, 1}, {4, 2}, {5, 2}, {6, 2}, {7, 3}});

    SECTION("closing a book opens the next volume at the next number")
    {
        REQUIRE(RegisterNumbering(reg.db()).closeBook(u"00004"_s, EventKind::Birth, 2026, 0).value() == 3);
        auto r = reg.add(birthOn(u"2026-11-21"_s, u"Lan"_s));
        REQUIRE(r.ok());
        CHECK(std::pair(r->number, r->book) == std::pair(8, 4));
    }
}

TEST_CASE("a correction is a new registration - the record keeps its history")
{
    TestRegister reg;
    const QUuid id = reg.mustAdd(example(u"birth"_s));
    QJsonObject correction{
        {u"type"_s, u"correction"_s},
        {u"reason"_s, u"Ghi sai ngày sinh"_s},
        {u"changes"_s, QJsonObject{{u"subject"_s, QJsonObject{{u"birthDate"_s, u"2026-11-03"_s}}}}}};
    auto corrected = reg.registrar().correct(id, correction, reg.officer);
    REQUIRE(corrected.ok());
    CHECK(corrected->kind == EventKind::Correction);
    CHECK(corrected->number == 1);

    RecordStore store(reg.db());
    const RecordView view = loadRecordView(store, id).value();
    CHECK(view.stored.json().value(u"subject"_s).toObject().value(u"birthDate"_s).toString() ==
          u"2026-11-02"_s);
    CHECK(view.current.value(u"subject"_s).toObject().value(u"birthDate"_s).toString() == u"2026-11-03"_s);
    REQUIRE(view.amendments.size() == 1);
    CHECK(view.amendments.front().type == u"correction"_s);
    CHECK(count(reg.db(), u"SELECT count(*) FROM records"_s) == 2);

    SECTION("a correction goes through the same rules")
    {
        QJsonObject bad = correction;
        bad.insert(u"changes"_s, QJsonObject{{u"subject"_s, QJsonObject{{u"birthDate"_s, u"2026-02-30"_s}}}});
        auto r = reg.registrar().correct(id, bad, reg.officer);
        REQUIRE_FALSE(r.ok());
        CHECK(codesOf(r.error()) == QStringList{u"date.impossible"_s});
        CHECK(r.error().details.front().field == u"changes.subject.birthDate"_s);
        bad.insert(u"changes"_s, QJsonObject{{u"subject"_s, QJsonObject{{u"sex"_s, u"female"_s}}}});
        CHECK(codesOf(reg.registrar().correct(id, bad, reg.officer).error()) ==
              QStringList{u"idNumber.sex"_s});
        bad.insert(u"changes"_s, QJsonObject{{u"kind"_s, u"death"_s}});
        CHECK(codesOf(reg.registrar().correct(id, bad, reg.officer).error()) ==
              QStringList{u"correction.forbidden"_s});
        CHECK(count(reg.db(), u"SELECT count(*) FROM amendments"_s) == 1);
    }
    SECTION("a correction whose changes UTF-8 cannot store is refused")
    {
        // A removal of a member that does not exist leaves the record valid; the patch is stored.
        QJsonObject broken = correction;
        broken.insert(u"changes"_s,
                      QJsonObject{{u"subject"_s, QJsonObject{{u"birthDate"_s, u"2026-11-04"_s},
                                                             {u"x"_s + QChar(0xD800), QJsonValue()}}}});
        auto r = reg.registrar().correct(id, broken, reg.officer);
        REQUIRE_FALSE(r.ok());
        CHECK(codesOf(r.error()) == QStringList{u"text.surrogate"_s});
        CHECK(r.error().details.front().field == u"changes"_s);
    }
    SECTION("a correction that changes nothing is refused")
    {
        QJsonObject same = correction;
        same.insert(u"changes"_s,
                    QJsonObject{{u"subject"_s, QJsonObject{{u"birthDate"_s, u"2026-11-03"_s}}}});
        CHECK(codesOf(reg.registrar().correct(id, same, reg.officer).error()) ==
              QStringList{u"correction.empty"_s});
    }
    SECTION("an unknown record cannot be corrected")
    {
        auto r =
            reg.registrar().correct(makeUuidV7(QDateTime::currentDateTimeUtc()), correction, reg.officer);
        CHECK(codesOf(r.error()) == QStringList{u"record.missing"_s});
    }
}

TEST_CASE("voids and ID numbers are amendments - the record row never changes")
{
    TestRegister reg;
    QJsonObject birth = with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue());
    const QUuid id = reg.mustAdd(birth);
    RecordStore store(reg.db());
    const QString original = store.find(id).value().value().payload;

    REQUIRE(reg.registrar().assignIdNumber(id, u"001226009876"_s, reg.officer).ok());
    CHECK(loadRecordView(store, id)
              .value()
              .current.value(u"subject"_s)
              .toObject()
              .value(u"idNumber"_s)
              .toString() == u"001226009876"_s);
    CHECK(reg.registrar().assignIdNumber(id, u"001326009876"_s, reg.officer).error().code ==
          u"idNumber.sex"_s);

    const QJsonObject decision{{u"number"_s, u"12/QĐ-UBND"_s},
                               {u"issuer"_s, u"Chủ tịch UBND Thành phố Hà Nội"_s},
                               {u"date"_s, u"2026-11-25"_s},
                               {u"reason"_s, u"Đăng ký trái thẩm quyền"_s}};
    REQUIRE(reg.registrar().voidRecord(id, decision, reg.officer).ok());
    CHECK(loadRecordView(store, id).value().status == RecordStatus::Voided);
    CHECK(reg.registrar().voidRecord(id, decision, reg.officer).error().code == u"record.voided"_s);
    CHECK(store.find(id).value().value().payload == original);

    QSqlQuery q(reg.db().connection());
    CHECK_FALSE(q.exec(u"UPDATE records SET payload = '{}'"_s));
    CHECK(q.lastError().text().contains(u"append-only"_s));
    CHECK_FALSE(q.exec(u"DELETE FROM amendments"_s));
    CHECK_FALSE(q.exec(u"DELETE FROM journal"_s));
}

TEST_CASE("a search row's status is checked without a temporary B-tree")
{
    TestRegister reg;
    reg.mustAdd(example(u"birth"_s));
    QSqlQuery q(reg.db().connection());
    CHECK_FALSE(q.exec(u"UPDATE record_index SET status = 'lost'"_s));
    CHECK(q.lastError().text().contains(u"CHECK constraint failed"_s));
    REQUIRE(q.exec(u"UPDATE record_index SET status = 'voided'"_s));

    // An IN list of three values in the CHECK made SQLite build a temporary B-tree on every insert.
    REQUIRE(q.exec(u"EXPLAIN INSERT INTO record_index (status, names, display, sort_key, dup_key, record) "
                   u"VALUES ('active', 'an', 'An', x'00', NULL, 99)"_s));
    QStringList opcodes;
    while (q.next())
        opcodes << q.value(1).toString();
    CHECK(opcodes.contains(u"Insert"_s));
    CHECK_FALSE(opcodes.contains(u"OpenEphemeral"_s));
}

TEST_CASE("every write has its journal entry and outbox entry in the same transaction")
{
    TestRegister reg;
    const QUuid id = reg.mustAdd(example(u"birth"_s));
    reg.mustAdd(example(u"marriage"_s));
    REQUIRE(reg.registrar()
                .correct(id,
                         QJsonObject{
                             {u"type"_s, u"supplement"_s},
                             {u"reason"_s, u"Bổ sung quê quán"_s},
                             {u"changes"_s,
                              QJsonObject{{u"subject"_s, QJsonObject{{u"hometown"_s, u"Xã Đông Anh"_s}}}}}},
                         reg.officer)
                .ok());
    CHECK(count(reg.db(), u"SELECT count(*) FROM outbox"_s) == 4); // 3 registrations + 1 amendment
    CHECK(count(reg.db(),
                u"SELECT count(*) FROM journal WHERE action IN ('record.register', 'record.amend')"_s) == 4);
    CHECK(count(reg.db(), u"SELECT max(seq) - min(seq) + 1 FROM outbox"_s) == 4);
    CHECK(count(reg.db(),
                u"SELECT count(*) FROM outbox WHERE operation = 'amend' AND amendment_uuid IS NOT NULL"_s) ==
          1);

    SECTION("a rejected registration writes nothing at all")
    {
        const qint64 journal = count(reg.db(), u"SELECT count(*) FROM journal"_s);
        CHECK_FALSE(reg.add(with(example(u"birth"_s), u"subject.birthDate"_s, u"2026-11-30"_s)).ok());
        CHECK(count(reg.db(), u"SELECT count(*) FROM journal"_s) == journal);
        CHECK(count(reg.db(), u"SELECT count(*) FROM outbox"_s) == 4);
        CHECK(count(reg.db(), u"SELECT count(*) FROM records"_s) == 3);
    }
}

TEST_CASE("a bulk registration with one bad record writes nothing")
{
    TestRegister reg;
    QList<QJsonObject> batch;
    for (int i = 0; i < 20; ++i)
        batch << birthOn(u"2026-11-20"_s, u"An"_s + QString(QChar(u'a' + i)));
    batch[13] = with(batch[13], u"subject.sex"_s, u"unknown"_s);
    auto r = reg.registrar().registerMany(batch, reg.officer, 0, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().details.front().vi.startsWith(u"Hồ sơ thứ 14:"_s));
    CHECK(count(reg.db(), u"SELECT count(*) FROM records"_s) == 0);
    batch[13] = with(batch[13], u"subject.sex"_s, u"female"_s);
    QList<int> numbers;
    REQUIRE(reg.registrar()
                .registerMany(batch, reg.officer, 7,
                              [&](qsizetype, const RegistrationOutcome &o) { numbers << o.number; })
                .ok());
    CHECK(numbers.size() == 20);
    CHECK(numbers.front() == 1);
    CHECK(numbers.back() == 20);
}

TEST_CASE("a change of guardian replaces the whole person")
{
    TestRegister reg;
    const QUuid id = reg.mustAdd(example(u"guardianship"_s));
    QByteArray text = readTestData(u"records/guardianshipChange.json"_s);
    text.replace("00000000-0000-7000-8000-000000000001", idText(id).toUtf8());
    reg.mustAdd(QJsonDocument::fromJson(text).object());
    RecordStore store(reg.db());
    const QJsonObject guardian = loadRecordView(store, id).value().current.value(u"guardian"_s).toObject();
    CHECK(guardian.value(u"givenName"_s).toString() == u"Hải"_s);
    CHECK_FALSE(guardian.contains(u"idDocument"_s)); // the old guardian's document is gone
    CHECK_FALSE(guardian.contains(u"ethnicity"_s));
}

TEST_CASE("positions kept between transactions give way to writes by another connection or path")
{
    TestRegister reg;
    auto add = [](Registrar &registrar, const Account &officer, const QString &given) {
        auto r = registrar.registerRecord(birthOn(u"2026-11-20"_s, given), officer);
        REQUIRE(r.ok());
        return r->number;
    };
    CHECK(add(reg.registrar(), reg.officer, u"An"_s) == 1);
    CHECK(add(reg.registrar(), reg.officer, u"Bình"_s) == 2); // the same session, kept

    // Another connection (another process would do the same) registers in between.
    {
        auto other = Database::open(reg.path(), Database::OpenMode::Existing);
        REQUIRE(other.ok());
        Registrar otherRegistrar(*other.value(), reg.clock());
        CHECK(add(otherRegistrar, reg.officer, u"Chi"_s) == 3);
    }
    CHECK(add(reg.registrar(), reg.officer, u"Dũng"_s) == 4);

    // Another writer on the same connection: a journal entry of its own.
    {
        Transaction tx(reg.db());
        REQUIRE(tx.begin().ok());
        REQUIRE(Accounts(reg.db(), reg.clock())
                    .add({u"canbo2"_s, u"Trần Văn Nam"_s, Role::Officer, {}, {}, "officer-password-2"},
                         reg.admin.login)
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(add(reg.registrar(), reg.officer, u"Giang"_s) == 5);

    // A rejected registration leaves nothing behind, in the file or in memory.
    QJsonObject bad = birthOn(u"2026-11-20"_s, u"Hà"_s);
    bad = with(bad, u"subject.birthDate"_s, u"2026-11-30"_s); // born after its registration
    CHECK_FALSE(reg.registrar().registerRecord(bad, reg.officer).ok());
    CHECK(add(reg.registrar(), reg.officer, u"Khoa"_s) == 6);

    auto report = verifyRegister(reg.db());
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->journalEntries == count(reg.db(), u"SELECT count(*) FROM journal"_s));
    CHECK(count(reg.db(), u"SELECT count(*) FROM outbox"_s) == 6);
}

TEST_CASE("a register made with schema 2 opens upgraded with its records intact")
{
    // tests/data/registers/schema2.db: a birth, a death, a marriage and a correction of the birth,
    // made by hotich-admin at schema 2; schema2-export.jsonl is what its `export` printed then.
    TempDir dir;
    const QString path = dir.path(u"schema2.db"_s);
    REQUIRE(QFile::copy(testDataPath(u"registers/schema2.db"_s), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto opened = Database::open(path, Database::OpenMode::Existing);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    auto report = verifyRegister(db);
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->records == 4);

    // Every record is found by the UUID it had (they are kept in legacy_record_uuids).
    RecordStore store(db);
    const QList<QByteArray> lines = readTestData(u"registers/schema2-export.jsonl"_s).trimmed().split('\n');
    REQUIRE(lines.size() == 4);
    for (const QByteArray &line : lines) {
        const QJsonObject exported = QJsonDocument::fromJson(line).object();
        auto found = store.find(parseUuid(exported[u"id"_s].toString()));
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        CHECK(kindCode((*found)->kind) == exported[u"kind"_s].toString());
        CHECK((*found)->number == exported[u"number"_s].toInt());
    }
    CHECK(count(db, u"SELECT count(*) FROM legacy_record_uuids"_s) == 4);

    // Duplicate keys were turned date first: the same birth again is found as a possible duplicate.
    CHECK(count(db, u"SELECT count(*) FROM record_index WHERE dup_key LIKE '2026-11-02|%'"_s) == 1);
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    auto officer = Accounts(db, clock).find(u"canbo"_s);
    REQUIRE(officer.ok());
    REQUIRE(officer->has_value());
    Registrar registrar(db, clock);
    auto again = registrar.registerRecord(example(u"birth"_s), **officer);
    REQUIRE(again.ok());
    CHECK(codesOf(again->warnings).contains(u"birth.possibleDuplicate"_s));
    // A new record's UUID carries its row id, and it is found by it.
    CHECK(rowIdInRecordUuid(again->id) == 5);
    auto found = store.find(again->id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->rowId == 5);
    auto after = verifyRegister(db);
    REQUIRE(after.ok());
    CHECK(after->ok());
}

TEST_CASE("a record UUID is a version 7 UUID that carries the record's row id")
{
    const QDateTime at(QDate(2026, 11, 27), QTime(9, 30, 15, 123), Qt::UTC);
    for (const qint64 rowId : {qint64(1), qint64(255), qint64(1'000'000), (qint64(1) << 40) - 1}) {
        const QUuid id = makeRecordUuid(at, rowId);
        const QByteArray bytes = id.toRfc4122();
        CHECK((quint8(bytes[6]) >> 4) == 7);      // version 7 (Qt 6.4 does not name it)
        CHECK((quint8(bytes[8]) & 0xC0) == 0x80); // RFC 9562 variant
        CHECK(rowIdInRecordUuid(id) == rowId);
        qint64 millis = 0;
        for (int i = 0; i < 6; ++i)
            millis = (millis << 8) | quint8(bytes[i]);
        CHECK(millis == at.toMSecsSinceEpoch());
    }
    // The rest is random: two UUIDs for the same row and time differ.
    CHECK(makeRecordUuid(at, 7) != makeRecordUuid(at, 7));
}

TEST_CASE("a statement that cannot be prepared fails the registration with a reason and writes nothing")
{
    TestRegister reg;
    reg.mustAdd(example(u"birth"_s));
    // Another program has damaged the file: the outbox is gone. A fresh connection prepares its
    // statements anew, and the outbox's cannot be.
    reg.close();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        raw.setDatabaseName(reg.path());
        REQUIRE(raw.open());
        QSqlQuery drop(raw);
        REQUIRE(drop.exec(u"DROP TABLE outbox"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    reg.reopen();
    auto outcome = reg.registrar().registerRecord(example(u"birth"_s), reg.officer);
    REQUIRE_FALSE(outcome);
    CHECK(outcome.error().vi.contains(u"outbox"_s));
    QSqlQuery count(reg.db().connection());
    REQUIRE(count.exec(u"SELECT count(*) FROM records"_s));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
}
