#include <catch2/catch.hpp>

#include "registry/RegisterCheck.h"
#include "registry/RegisterMaintenance.h"
#include "store/Outbox.h"
#include "store/RecordStore.h"
#include "store/RegisterIdentity.h"
#include "support/TestRegister.h"
#include "util/Uuid.h"

#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject birth(const QString &givenName)
{
    QJsonObject b = with(example(u"birth"_s), u"subject.givenName"_s, givenName);
    return with(b, u"subject.idNumber"_s, QJsonValue());
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("outbox entries are portable: the server recomputes every hash from the entries alone")
{
    TestRegister reg;
    const QUuid first = reg.mustAdd(birth(u"An"_s));
    const QUuid second = reg.mustAdd(birth(u"Bình"_s));
    QJsonObject correction{
        {u"type"_s, u"correction"_s},
        {u"reason"_s, u"Cải chính tên do ghi sai"_s},
        {u"changes"_s, QJsonObject{{u"subject"_s, QJsonObject{{u"givenName"_s, u"Ân"_s}}}}},
        {u"requester"_s, QJsonObject{{u"fullName"_s, u"Nguyễn Văn Cường"_s}}}};
    auto corrected = reg.registrar().correct(first, correction, reg.officer);
    REQUIRE(corrected);
    REQUIRE(reg.registrar().assignIdNumber(second, u"001226000123"_s, reg.officer));
    auto closed = RegisterMaintenance(reg.db(), reg.clock()).closeBook(EventKind::Birth, 2026, reg.officer);
    REQUIRE(closed);

    auto entries = Outbox(reg.db()).read(1, 100);
    REQUIRE(entries);
    // birth, birth, the correction's registration, its amendment of the first birth, the ID number,
    // the book closed
    REQUIRE(entries->size() == 6);
    using Op = SyncEntry::Operation;
    QList<Op> operations;
    for (const OutboxEntry &e : *entries)
        operations << e.entry.operation;
    CHECK(operations ==
          QList<Op>{Op::Register, Op::Register, Op::Register, Op::Amend, Op::Amend, Op::BookClose});

    // What the server does with what it receives: recompute the content hash and the chain.
    QByteArray previous;
    for (const OutboxEntry &e : *entries) {
        INFO("seq " << e.entry.seq);
        CHECK_FALSE(e.dangling);
        CHECK(e.entry.office == u"00004"_s);
        CHECK(e.entry.actorLogin == reg.officer.login);
        CHECK(e.entry.actorName == reg.officer.fullName);
        const QByteArray content = e.entry.contentHash();
        CHECK(content == e.contentHash);
        const QByteArray chained = e.entry.chainHash(previous, content);
        CHECK(chained == e.hash);
        previous = chained;
    }
    const SyncEntry &firstBirth = entries->at(0).entry;
    CHECK(firstBirth.recordId == first);
    CHECK(firstBirth.kind == EventKind::Birth);
    CHECK(firstBirth.number == 1);
    CHECK(firstBirth.year == 2026);
    CHECK(firstBirth.payload.contains("\"givenName\":\"An\""));

    const SyncEntry &amendment = entries->at(3).entry;
    CHECK(amendment.recordId == first);
    CHECK(amendment.amendmentType == u"correction"_s);
    CHECK(amendment.byRecordId == corrected->id);
    CHECK(rowIdInRecordUuid(amendment.amendmentId) == 1);
    CHECK(amendment.payload.contains("\"givenName\":\"Ân\""));

    const SyncEntry &idNumber = entries->at(4).entry;
    CHECK(idNumber.recordId == second);
    CHECK(idNumber.amendmentType == u"idNumber"_s);
    CHECK(idNumber.byRecordId.isNull());

    const SyncEntry &book = entries->at(5).entry;
    CHECK(book.kind == EventKind::Birth);
    CHECK(book.year == 2026);
    CHECK(book.book == closed.value());

    // Any field the entry carries changes its hash: the server notices a changed entry.
    SyncEntry changed = firstBirth;
    changed.payload.replace("\"An\"", "\"Ân\"");
    CHECK(changed.contentHash() != entries->at(0).contentHash);
    changed = firstBirth;
    changed.actorName = u"Người khác"_s;
    CHECK(changed.chainHash({}, changed.contentHash()) != entries->at(0).hash);
    changed = amendment;
    changed.byRecordId = QUuid();
    CHECK(changed.contentHash() != entries->at(3).contentHash);
}

TEST_CASE("a restored register is a new epoch of the same register and must catch up before it writes")
{
    TestRegister reg;
    reg.mustAdd(birth(u"An"_s));
    auto before = RegisterIdentity::read(reg.db());
    REQUIRE(before);
    CHECK_FALSE(before->uuid.isNull());
    CHECK_FALSE(before->epoch.isNull());
    CHECK(before->epochOrigin == u"init"_s);
    CHECK(before->writable());

    RegisterMaintenance maintenance(reg.db(), reg.clock());
    const QString copy = reg.dir().path(u"backup.db"_s);
    REQUIRE(maintenance.backup(copy, reg.admin));
    reg.mustAdd(birth(u"Bình"_s)); // lost with the restore: the server has it
    REQUIRE(maintenance.restore(copy, reg.admin));

    auto after = RegisterIdentity::read(reg.db());
    REQUIRE(after);
    CHECK(after->uuid == before->uuid);
    CHECK(after->epoch != before->epoch);
    CHECK(after->epochOrigin == u"restore"_s);
    CHECK(after->catchUp);
    CHECK_FALSE(after->writable());
    // The restore is the restored journal's last entry, and the register is whole.
    CHECK(count(reg.db(),
                u"SELECT count(*) FROM journal WHERE action = 'register.restore' AND actor = 'admin' "
                u"AND seq = (SELECT max(seq) FROM journal)"_s) == 1);
    auto report = verifyRegister(reg.db());
    REQUIRE(report);
    CHECK(report->ok());

    // Registering now would give "Bình"'s number to another child.
    const qint64 records = count(reg.db(), u"SELECT count(*) FROM records"_s);
    auto refused = reg.registrar().registerRecord(birth(u"Cúc"_s), reg.officer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == u"register.catchUp"_s);
    CHECK(refused.error().vi.contains(u"đồng bộ"_s));
    auto refusedBook = maintenance.closeBook(EventKind::Birth, 2026, reg.officer);
    REQUIRE_FALSE(refusedBook);
    CHECK(refusedBook.error().code == u"register.catchUp"_s);
    CHECK(count(reg.db(), u"SELECT count(*) FROM records"_s) == records);
    CHECK(count(reg.db(), u"SELECT count(*) FROM outbox"_s) == 1);

    // An administrator lets the office write anyway: the history forks from here.
    REQUIRE(RegisterIdentity::setCatchUp(reg.db(), true, true));
    auto allowed = reg.registrar().registerRecord(birth(u"Cúc"_s), reg.officer);
    REQUIRE(allowed);
    CHECK(allowed->number == 2);
}
