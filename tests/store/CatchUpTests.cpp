#include <catch2/catch.hpp>

#include "registry/CatchUp.h"
#include "registry/RecordView.h"
#include "registry/RegisterCheck.h"
#include "registry/RegisterMaintenance.h"
#include "store/Outbox.h"
#include "store/RecordStore.h"
#include "store/RegisterIdentity.h"
#include "store/SyncState.h"
#include "support/CatchQt.h"
#include "support/TestRegister.h"
#include "util/Uuid.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject birth(const QString &givenName)
{
    QJsonObject b = with(example(u"birth"_s), u"subject.givenName"_s, givenName);
    return with(b, u"subject.idNumber"_s, QJsonValue());
}

QJsonObject correction()
{
    return {{u"type"_s, u"correction"_s},
            {u"reason"_s, u"Cải chính tên do ghi sai"_s},
            {u"changes"_s, QJsonObject{{u"subject"_s, QJsonObject{{u"givenName"_s, u"Ân"_s}}}}},
            {u"requester"_s, QJsonObject{{u"fullName"_s, u"Nguyễn Văn Cường"_s}}}};
}

QJsonObject revocation()
{
    return {{u"number"_s, u"12/QĐ-UBND"_s},
            {u"issuer"_s, u"Chủ tịch UBND Thành phố Hà Nội"_s},
            {u"date"_s, u"2026-11-25"_s},
            {u"reason"_s, u"Đăng ký trái thẩm quyền"_s}};
}

/// Each write a minute after the one before, so every entry keeps a time of its own.
void tick(TestRegister &reg)
{
    reg.clock().set(reg.clock().now().addSecs(60));
}

QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << (q.value(i).isNull() ? u"∅"_s : q.value(i).toString());
        out << columns.join(u'|');
    }
    return out;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// What two files of the same register must hold alike: the facts, the derived rows, the books,
/// the outbox (with its hashes) and every record's current view. Local account ids and the journal
/// (a file's own log) are left out.
struct Snapshot
{
    QStringList records, amendments, books, outbox, index, personEvents, views;

    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Database &db)
{
    Snapshot s;
    s.records =
        rows(db, u"SELECT id, hex(uuid), office, kind, year, number, book, registration_date, payload, "
                 u"created_at FROM records ORDER BY id"_s);
    s.amendments =
        rows(db, u"SELECT a.id, hex(a.uuid), hex(r.uuid), a.type, hex(b.uuid), a.patch, a.created_at "
                 u"FROM amendments a JOIN records r ON r.id = a.record "
                 u"LEFT JOIN records b ON b.id = a.by_record ORDER BY a.id"_s);
    s.books = rows(db, u"SELECT office, kind, year, volume, first_number, capacity, opened_at, closed_at "
                       u"FROM books ORDER BY kind, year, volume"_s);
    s.outbox = rows(db, u"SELECT seq, office, operation, hex(record_uuid), hex(amendment_uuid), book_kind, "
                        u"book_year, book_volume, actor_login, actor_name, hex(content_hash), hex(hash), "
                        u"created_at FROM outbox ORDER BY seq"_s);
    s.index = rows(db, u"SELECT record, status, names, display, hex(sort_key), dup_key FROM record_index "
                       u"ORDER BY record"_s);
    s.personEvents = rows(db, u"SELECT person_key, record, role FROM person_events ORDER BY 1, 2, 3"_s);
    RecordStore store(db);
    auto visited = store.forEachRecordId(std::nullopt, [&](const QUuid &id) -> Result<void> {
        auto view = loadRecordView(store, id);
        if (!view)
            return view.error();
        s.views << QString::fromUtf8(QJsonDocument(view->toJson()).toJson(QJsonDocument::Compact));
        return {};
    });
    REQUIRE(visited);
    return s;
}

void checkSame(const Snapshot &got, const Snapshot &expected)
{
    CHECK(got.records == expected.records);
    CHECK(got.amendments == expected.amendments);
    CHECK(got.books == expected.books);
    CHECK(got.outbox == expected.outbox);
    CHECK(got.index == expected.index);
    CHECK(got.personEvents == expected.personEvents);
    CHECK(got.views == expected.views);
}

QList<SyncEntry> entriesOf(const QList<OutboxEntry> &stored)
{
    QList<SyncEntry> entries;
    for (const OutboxEntry &e : stored)
        entries << e.entry;
    return entries;
}

/// The chain the server computes over the entries from `from` on, after `previous`.
QList<QByteArray> chainOf(const QList<SyncEntry> &entries, QByteArray previous)
{
    QList<QByteArray> hashes;
    for (const SyncEntry &e : entries) {
        previous = e.chainHash(previous, e.contentHash());
        hashes << previous;
    }
    return hashes;
}

QList<QByteArray> outboxHashes(Database &db, qint64 from)
{
    auto stored = Outbox(db).read(from, 1000);
    REQUIRE(stored);
    QList<QByteArray> hashes;
    for (const OutboxEntry &e : *stored)
        hashes << e.hash;
    return hashes;
}

void requireSound(Database &db)
{
    auto report = verifyRegister(db);
    REQUIRE(report);
    for (const IntegrityProblem &p : report->problems)
        UNSCOPED_INFO(p.code.toStdString() << ": " << p.en.toStdString());
    CHECK(report->ok());
}

/// A register's history with every operation: births, a second officer, an ID number, a correction
/// (a registration and its amendment), a void, a book closed.
struct History
{
    QList<QUuid> births;
    QUuid correction;
};

Account addOfficer(TestRegister &reg, const QString &login, const QString &name)
{
    Accounts accounts(reg.db(), reg.clock());
    Transaction tx(reg.db());
    REQUIRE(tx.begin());
    auto added = accounts.add({login, name, Role::Officer, {}, {}, "officer-password"}, reg.admin.login);
    REQUIRE(added);
    REQUIRE(tx.commit());
    return *added;
}

} // namespace

TEST_CASE("a restored register takes back the entries its backup lost, hash for hash, then writes after them")
{
    TestRegister reg;
    QList<QUuid> births;
    for (const QString &name : {u"An"_s, u"Bình"_s, u"Cúc"_s}) {
        births << reg.mustAdd(birth(name));
        tick(reg);
    }
    RegisterMaintenance maintenance(reg.db(), reg.clock());
    const QString copy = reg.dir().path(u"backup.db"_s);
    REQUIRE(maintenance.backup(copy, reg.admin));
    tick(reg);
    for (const QString &name : {u"Dũng"_s, u"Em"_s, u"Giang"_s}) {
        births << reg.mustAdd(birth(name));
        tick(reg);
    }
    REQUIRE(reg.registrar().assignIdNumber(births[3], u"001226000123"_s, reg.officer));
    tick(reg);
    auto corrected = reg.registrar().correct(births[4], correction(), reg.officer);
    REQUIRE(corrected);
    tick(reg);
    REQUIRE(reg.registrar().voidRecord(births[5], revocation(), reg.officer));
    tick(reg);
    REQUIRE(maintenance.closeBook(EventKind::Birth, 2026, reg.officer));
    const Snapshot original = snapshot(reg.db());
    auto lost = Outbox(reg.db()).read(4, 100);
    REQUIRE(lost);
    // births 4–6, the ID number, the correction's registration and its amendment, the void, the book
    REQUIRE(lost->size() == 8);
    const QList<SyncEntry> entries = entriesOf(*lost);

    REQUIRE(maintenance.restore(copy, reg.admin));
    CHECK(count(reg.db(), u"SELECT count(*) FROM records"_s) == 3);
    reg.clock().set(reg.clock().now().addDays(1)); // the catch-up comes the next day
    auto refused = reg.registrar().registerRecord(birth(u"Hà"_s), reg.officer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == u"register.catchUp"_s);

    CatchUp catchUp(reg.db(), reg.clock());
    auto first = catchUp.apply(4, entries.mid(0, 4), true);
    REQUIRE(first);
    CHECK(first->applied == 4);
    CHECK(first->through == 7);
    CHECK_FALSE(first->done);
    // More to come: the register still refuses to write.
    CHECK(RegisterIdentity::read(reg.db())->catchUp);
    CHECK(reg.registrar().registerRecord(birth(u"Hà"_s), reg.officer).error().code == u"register.catchUp"_s);

    auto last = catchUp.apply(8, entries.mid(4), false);
    REQUIRE(last);
    CHECK(last->applied == 4);
    CHECK(last->through == 11);
    CHECK(last->done);
    CHECK_FALSE(RegisterIdentity::read(reg.db())->catchUp);
    CHECK(SyncState::read(reg.db())->pushedThrough == 11);

    checkSame(snapshot(reg.db()), original);
    CHECK(outboxHashes(reg.db(), 4) == chainOf(entries, Outbox(reg.db()).hashAt(3).value()));
    // The journal of the restored file says which rows came back, under the officer who wrote them.
    CHECK(count(reg.db(),
                u"SELECT count(*) FROM journal WHERE action = 'record.register' AND actor = 'canbo' "
                u"AND detail LIKE 'catchUp %'"_s) == 4);
    CHECK(count(reg.db(), u"SELECT count(*) FROM journal WHERE action = 'record.amend' AND detail = "
                          u"'void catchUp 10'"_s) == 1);
    requireSound(reg.db());

    // The next birth takes the number after the caught-up ones, in a new book (book 1 was closed).
    auto next = reg.registrar().registerRecord(birth(u"Hà"_s), reg.officer);
    REQUIRE(next);
    CHECK(next->number == 7);
    CHECK(next->book == 2);
    RecordStore store(reg.db());
    CHECK(loadRecordView(store, births[5])->status == RecordStatus::Voided);
    CHECK(personAt(loadRecordView(store, births[3])->current, u"subject"_s).idNumber == u"001226000123"_s);
    CHECK(personAt(loadRecordView(store, births[4])->current, u"subject"_s).fullName == u"Nguyễn Văn Ân"_s);
    requireSound(reg.db());
}

TEST_CASE("a new empty register of the office rebuilds the whole register from every entry of the office")
{
    TestRegister original(QDate(2026, 11, 26), 2); // books of two entries: the numbering changes books
    const Account other = addOfficer(original, u"canbo2"_s, u"Phạm Văn Minh"_s);
    History h;
    for (const QString &name : {u"An"_s, u"Bình"_s, u"Cúc"_s}) {
        h.births << original.mustAdd(birth(name));
        tick(original);
    }
    auto byOther = original.registrar().registerRecord(birth(u"Dũng"_s), other);
    REQUIRE(byOther);
    h.births << byOther->id;
    tick(original);
    REQUIRE(original.registrar().assignIdNumber(h.births[0], u"001226000123"_s, other));
    tick(original);
    auto corrected = original.registrar().correct(h.births[1], correction(), original.officer);
    REQUIRE(corrected);
    h.correction = corrected->id;
    tick(original);
    REQUIRE(original.registrar().voidRecord(h.births[2], revocation(), original.officer));
    tick(original);
    REQUIRE(original.mustAdd(birth(u"Em"_s)) != QUuid());
    tick(original);
    REQUIRE(RegisterMaintenance(original.db(), original.clock())
                .closeBook(EventKind::Birth, 2026, original.officer));
    const Snapshot expected = snapshot(original.db());
    auto all = Outbox(original.db()).read(1, 100);
    REQUIRE(all);
    REQUIRE(all->size() == 10);
    const QList<SyncEntry> entries = entriesOf(*all);

    // `recover`: a register just made for the same office. Its init writes no outbox entry (only the
    // journal and the accounts), so the office's sequence continues from 1 in it.
    TestRegister rebuilt(QDate(2026, 12, 1), 2);
    REQUIRE(Outbox(rebuilt.db()).lastSeq().value() == 0);
    CatchUp catchUp(rebuilt.db(), rebuilt.clock());
    for (qsizetype from = 0; from < entries.size(); from += 4) {
        const QList<SyncEntry> page = entries.mid(from, 4);
        auto outcome = catchUp.apply(from + 1, page, from + 4 < entries.size());
        INFO((outcome ? std::string() : outcome.error().en.toStdString()));
        REQUIRE(outcome);
        CHECK(outcome->applied == page.size());
    }
    checkSame(snapshot(rebuilt.db()), expected);
    CHECK(outboxHashes(rebuilt.db(), 1) == chainOf(entries, {}));
    requireSound(rebuilt.db());

    // The officer who has no account here gets a locked one without a password; the entries name
    // the officers as the original did.
    auto minh = Accounts(rebuilt.db(), rebuilt.clock()).find(u"canbo2"_s);
    REQUIRE(minh);
    REQUIRE(minh->has_value());
    CHECK((*minh)->locked);
    CHECK((*minh)->fullName == u"Phạm Văn Minh"_s);
    CHECK_FALSE(Accounts(rebuilt.db(), rebuilt.clock()).authenticate(u"canbo2"_s, "officer-password"));
    CHECK(count(rebuilt.db(), u"SELECT count(*) FROM outbox WHERE actor_login = 'canbo2' AND "
                              u"actor_name = 'Phạm Văn Minh'"_s) == 2);

    // Five births in books of two, book 3 closed: the next is number 6 in book 4.
    auto next = rebuilt.registrar().registerRecord(birth(u"Giang"_s), rebuilt.officer);
    REQUIRE(next);
    CHECK(next->number == 6);
    CHECK(next->book == 4);
    auto correctionAgain = rebuilt.registrar().registerRecord(
        with(with(example(u"correction"_s), u"amends"_s, uuidText(h.births[3])), u"registrationDate"_s,
             u"2026-12-01"_s),
        rebuilt.officer);
    REQUIRE(correctionAgain);
    CHECK(correctionAgain->number == 2); // the correction register continues too
    requireSound(rebuilt.db());
}

TEST_CASE("a bad catch-up page changes nothing, and the same page twice changes nothing more")
{
    TestRegister original;
    History h;
    for (const QString &name : {u"An"_s, u"Bình"_s, u"Cúc"_s, u"Dũng"_s}) {
        h.births << original.mustAdd(birth(name));
        tick(original);
    }
    REQUIRE(original.registrar().assignIdNumber(h.births[3], u"001226000123"_s, original.officer));
    tick(original);
    REQUIRE(original.registrar().voidRecord(h.births[1], revocation(), original.officer));
    auto all = Outbox(original.db()).read(1, 100);
    REQUIRE(all);
    REQUIRE(all->size() == 6); // 4 births, the ID number, the void
    const QList<SyncEntry> entries = entriesOf(*all);

    TestRegister reg(QDate(2026, 12, 1));
    CatchUp catchUp(reg.db(), reg.clock());
    REQUIRE(catchUp.apply(1, entries.mid(0, 3), true));
    const Snapshot before = snapshot(reg.db());
    const qint64 journal = count(reg.db(), u"SELECT count(*) FROM journal"_s);
    const qint64 accounts = count(reg.db(), u"SELECT count(*) FROM accounts"_s);
    auto refusedWith = [&](qint64 from, const QList<SyncEntry> &page) {
        auto outcome = catchUp.apply(from, page, false);
        REQUIRE_FALSE(outcome);
        CHECK_FALSE(outcome.error().vi.isEmpty());
        CHECK_FALSE(outcome.error().en.isEmpty());
        // Nothing of the page stays, and the register still waits for its entries.
        checkSame(snapshot(reg.db()), before);
        CHECK(count(reg.db(), u"SELECT count(*) FROM journal"_s) == journal);
        CHECK(count(reg.db(), u"SELECT count(*) FROM accounts"_s) == accounts);
        CHECK(SyncState::read(reg.db())->pushedThrough == 3);
        return outcome.error().code;
    };

    SECTION("the same page twice, or a page that starts with entries already held, adds nothing")
    {
        auto again = catchUp.apply(1, entries.mid(0, 3), true);
        REQUIRE(again);
        CHECK(again->applied == 0);
        CHECK(again->through == 3);
        checkSame(snapshot(reg.db()), before);
        CHECK(count(reg.db(), u"SELECT count(*) FROM journal"_s) == journal);
        auto overlapping = catchUp.apply(2, entries.mid(1), false);
        REQUIRE(overlapping);
        CHECK(overlapping->applied == 3);
        CHECK(overlapping->through == 6);
        checkSame(snapshot(reg.db()), snapshot(original.db()));
        requireSound(reg.db());
    }
    SECTION("a gap")
    {
        CHECK(refusedWith(5, entries.mid(4)) == u"catchUp.gap"_s);
    }
    SECTION("entries that are not consecutive")
    {
        CHECK(refusedWith(4, {entries[3], entries[5]}) == u"catchUp.malformed"_s);
    }
    SECTION("another office's entry, even at the end of a good page")
    {
        QList<SyncEntry> page = entries.mid(3);
        page.last().office = u"00007"_s;
        CHECK(refusedWith(4, page) == u"office.mismatch"_s);
    }
    SECTION("a held entry sent again with other content: a fork")
    {
        QList<SyncEntry> page = entries.mid(1, 3);
        page[0].payload.replace("\"Bình\"", "\"Bính\"");
        CHECK(refusedWith(2, page) == u"catchUp.fork"_s);
    }
    SECTION("a new entry for a record the register holds, with other content")
    {
        SyncEntry tampered = entries[0];
        tampered.seq = 4;
        tampered.payload.replace("\"An\"", "\"Ân\"");
        CHECK(refusedWith(4, {tampered}) == u"catchUp.recordHeld"_s);
    }
    SECTION("a number another record of the book already has")
    {
        SyncEntry duplicate = entries[3];
        duplicate.number = 2;
        CHECK(refusedWith(4, {duplicate, entries[4]}) == u"number.used"_s);
        duplicate.number = 5;
        CHECK(refusedWith(4, {duplicate}) == u"number.gap"_s);
    }
    SECTION("an amendment of a record the register does not hold")
    {
        SyncEntry idNumber = entries[4]; // of birth 4, which this register does not have yet
        idNumber.seq = 4;
        CHECK(refusedWith(4, {idNumber}) == u"catchUp.unknownRecord"_s);
    }
    SECTION("a malformed payload")
    {
        SyncEntry broken = entries[3];
        broken.payload = "{\"kind\":\"birth\",";
        CHECK(refusedWith(4, {broken}) == u"catchUp.malformed"_s);
        broken = entries[3];
        broken.kind = EventKind::Death;
        CHECK(refusedWith(4, {broken}) == u"catchUp.malformed"_s);
        SyncEntry patch = entries[4];
        patch.payload = "not json";
        CHECK(refusedWith(4, {entries[3], patch}) == u"catchUp.malformed"_s);
    }
    SECTION("a page that fails at its last entry leaves none of the entries before it")
    {
        QList<SyncEntry> page = entries.mid(3);
        page.last().recordId = makeRecordUuid(QDateTime::currentDateTimeUtc(), 99);
        CHECK(refusedWith(4, page) == u"catchUp.unknownRecord"_s);
    }
    // Whatever was refused, the right page still applies afterwards.
    auto rest = catchUp.apply(Outbox(reg.db()).lastSeq().value() + 1,
                              entries.mid(int(Outbox(reg.db()).lastSeq().value())), false);
    REQUIRE(rest);
    checkSame(snapshot(reg.db()), snapshot(original.db()));
    requireSound(reg.db());
}
