#include <catch2/catch.hpp>

#include "registry/PulledChanges.h"
#include "registry/RecordView.h"
#include "store/Outbox.h"
#include "store/RecordStore.h"
#include "store/SyncState.h"
#include "support/TestRegister.h"

#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QUuid birthWithoutNumber(TestRegister &reg)
{
    return reg.mustAdd(with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue()));
}

QString subjectIdNumber(TestRegister &reg, const QUuid &id)
{
    RecordStore store(reg.db());
    auto view = loadRecordView(store, id);
    REQUIRE(view);
    return personAt(view->current, u"subject"_s).idNumber;
}

IdNumberResult assigned(const QUuid &record, const QString &number)
{
    IdNumberResult r;
    r.record = record;
    r.state = IdNumberResult::State::Assigned;
    r.idNumber = number;
    return r;
}

} // namespace

TEST_CASE("an assigned ID number is written into the record once, with the cursor, in one transaction")
{
    TestRegister reg;
    const QUuid child = birthWithoutNumber(reg);
    PulledChanges pulled(reg.db(), reg.clock());
    PulledPage page;
    page.idNumbers << assigned(child, u"001226000777"_s); // Hà Nội, a boy born in 2026
    page.cursor = "cursor-1";
    REQUIRE(pulled.apply(page, reg.officer));

    CHECK(subjectIdNumber(reg, child) == u"001226000777"_s);
    CHECK(count(reg.db(), u"SELECT count(*) FROM id_number_results WHERE state = 'assigned'"_s) == 1);
    CHECK(SyncState::read(reg.db())->pullCursor == "cursor-1");
    // The office's outbox records that the number was written into its register.
    auto entries = Outbox(reg.db()).read(1, 10);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(1).entry.amendmentType == u"idNumber"_s);
    CHECK(entries->at(1).entry.recordId == child);

    // The same page again (a crash before the client saw the answer) changes nothing more.
    REQUIRE(pulled.apply(page, reg.officer));
    CHECK(count(reg.db(), u"SELECT count(*) FROM amendments"_s) == 1);
    CHECK(count(reg.db(), u"SELECT count(*) FROM outbox"_s) == 2);
}

TEST_CASE("a page with a bad result is refused whole: no number, no state, the cursor stays")
{
    TestRegister reg;
    const QUuid child = birthWithoutNumber(reg);
    REQUIRE(SyncState::savePullCursor(reg.db(), "before"));
    PulledChanges pulled(reg.db(), reg.clock());

    SECTION("a number that does not fit the child (a girl's century digit)")
    {
        PulledPage page;
        page.idNumbers << IdNumberResult{child, IdNumberResult::State::Pending, {}, {}, {}}
                       << assigned(child, u"001326000777"_s);
        page.cursor = "after";
        auto r = pulled.apply(page, reg.officer);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == u"idNumber"_s);
    }
    SECTION("a record this register does not hold")
    {
        PulledPage page;
        page.idNumbers << assigned(QUuid::createUuid(), u"001226000777"_s);
        page.cursor = "after";
        auto r = pulled.apply(page, reg.officer);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == u"pull.unknownRecord"_s);
    }
    CHECK(subjectIdNumber(reg, child).isEmpty());
    CHECK(count(reg.db(), u"SELECT count(*) FROM id_number_results"_s) == 0);
    CHECK(count(reg.db(), u"SELECT count(*) FROM amendments"_s) == 0);
    CHECK(SyncState::read(reg.db())->pullCursor == "before");
}

TEST_CASE("pending states, findings, reference data and revocations are kept as the centre sends them")
{
    TestRegister reg;
    const QUuid child = birthWithoutNumber(reg);
    const QUuid other = birthWithoutNumber(reg);
    PulledChanges pulled(reg.db(), reg.clock());
    PulledPage page;
    page.idNumbers << IdNumberResult{child,
                                     IdNumberResult::State::SuspectedDuplicate,
                                     {},
                                     u"Có thể trùng với trẻ sinh đôi"_s,
                                     u"Possibly a twin"_s};
    page.findings << SyncFinding{child,
                                 0,
                                 u"birth.duplicate"_s,
                                 u"Có thể đã đăng ký khai sinh tại xã khác"_s,
                                 u"Possibly registered at another office"_s,
                                 u"00007"_s,
                                 QUuid::createUuid()};
    page.references << ReferenceUpdate{u"admin-units"_s, 3, "units v3"};
    page.revocations << Revocation{other, QJsonObject{{u"issuer"_s, u"UBND tỉnh"_s},
                                                      {u"date"_s, u"2026-11-25"_s},
                                                      {u"reason"_s, u"Đăng ký sai thẩm quyền"_s}}};
    page.cursor = "c2";
    REQUIRE(pulled.apply(page, reg.officer));

    CHECK(
        count(
            reg.db(),
            u"SELECT count(*) FROM id_number_results WHERE state = 'suspectedDuplicate' AND id_number IS NULL"_s) ==
        1);
    CHECK(subjectIdNumber(reg, child).isEmpty());
    CHECK(
        count(
            reg.db(),
            u"SELECT count(*) FROM sync_findings WHERE code = 'birth.duplicate' AND related_office = '00007'"_s) ==
        1);
    CHECK(count(reg.db(),
                u"SELECT count(*) FROM reference_updates WHERE dataset = 'admin-units' AND version = 3"_s) ==
          1);
    RecordStore store(reg.db());
    auto voided = loadRecordView(store, other);
    REQUIRE(voided);
    CHECK(voided->status == RecordStatus::Voided);

    // Delivered again: the revocation and the reference version are not doubled.
    REQUIRE(pulled.apply(page, reg.officer));
    CHECK(count(reg.db(), u"SELECT count(*) FROM amendments WHERE type = 'void'"_s) == 1);
    CHECK(count(reg.db(), u"SELECT count(*) FROM reference_updates"_s) == 1);
}

TEST_CASE("the server's rejections are kept with their records and the acknowledged sequence only grows")
{
    TestRegister reg;
    const QUuid child = birthWithoutNumber(reg);
    PulledChanges pulled(reg.db(), reg.clock());
    REQUIRE(pulled.recordPushed(1, {SyncFinding{child,
                                                1,
                                                u"number.taken"_s,
                                                u"Số đăng ký đã được dùng"_s,
                                                u"The register number is taken"_s,
                                                {},
                                                {}}}));
    REQUIRE(pulled.recordPushed(0, {}));
    CHECK(SyncState::read(reg.db())->pushedThrough == 1);
    CHECK(count(reg.db(), u"SELECT count(*) FROM sync_findings WHERE seq = 1 AND code = 'number.taken'"_s) ==
          1);
}
