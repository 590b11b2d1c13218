#include "ServerFixture.h"

#include "reference/PersonalIdNumber.h"
#include "util/JsonWriter.h"
#include "util/Uuid.h"

#include <QJsonDocument>

#include <QSet>

using namespace hotich;
using namespace hotich::server;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QList<IdNumberResult> idResultsOf(ServerStore &store, const QString &office, const QDateTime &now,
                                  QByteArray *cursor = nullptr)
{
    QList<IdNumberResult> out;
    for (const Change &c : ofKind(pullAll(store, office, now, cursor), ChangeKind::IdNumberResult))
        out << std::get<IdNumberResult>(c.body);
    return out;
}

} // namespace

TEST_CASE("Each new birth gets a valid personal ID number of the office's province, unique on the server")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"26740"_s, server.now));
    OfficeRegister hanoi(u"00004"_s);
    OfficeRegister saigon(u"26740"_s); // Phường Sài Gòn, Thành phố Hồ Chí Minh (79)
    QList<QUuid> births;
    int day = 1;
    for (const QString &name : {u"An"_s, u"Bình"_s, u"Cúc"_s, u"Dũng"_s, u"Giang"_s, u"Hà"_s}) {
        // Different mothers and days: no twins here.
        births << hanoi.addBirth(name, u"2026-11-%1"_s.arg(++day, 2, 10, QLatin1Char('0')),
                                 u"Trần Thị "_s + name);
    }
    QJsonObject girl = with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue());
    girl = with(girl, u"subject.sex"_s, u"female"_s);
    girl = with(girl, u"subject.givenName"_s, u"Lan"_s);
    girl = with(girl, u"subject.middleName"_s, u"Thị"_s);
    const QUuid daughter = saigon.reg.mustAdd(girl);
    // A birth that comes with its number asks for none.
    saigon.reg.mustAdd(with(example(u"birth"_s), u"mother.fullName"_s, u"Vũ Thị Hằng"_s));
    // Neither does a birth digitised from an old paper register: the person has one already.
    saigon.reg.mustAdd(example(u"birth-historical"_s));
    REQUIRE_FALSE(hanoi.push(server.store(), server.now).refused);
    REQUIRE_FALSE(saigon.push(server.store(), server.now).refused);

    QSet<QString> numbers;
    const QList<IdNumberResult> hanoiResults = idResultsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(hanoiResults.size() == births.size());
    for (const IdNumberResult &r : hanoiResults) {
        INFO(r.idNumber.toStdString());
        CHECK(r.state == IdNumberState::Assigned);
        CHECK(births.contains(r.record));
        CHECK(r.idNumber.startsWith(u"0012"_s)); // Hà Nội, a boy born in the 2000s
        CHECK(reference::checkPersonalId(r.idNumber, Sex::Male, 2026).ok());
        numbers.insert(r.idNumber);
    }
    const QList<IdNumberResult> saigonResults = idResultsOf(server.store(), u"26740"_s, server.now);
    REQUIRE(saigonResults.size() == 1);
    CHECK(saigonResults[0].record == daughter);
    CHECK(saigonResults[0].idNumber.startsWith(u"079326"_s));
    CHECK(reference::checkPersonalId(saigonResults[0].idNumber, Sex::Female, 2026).ok());
    numbers.insert(saigonResults[0].idNumber);
    CHECK(numbers.size() == births.size() + 1);
    CHECK(server.count(u"SELECT count(DISTINCT number) FROM issued_id_numbers"_s) == births.size() + 1);
    CHECK(server.count(u"SELECT count(*) FROM id_requests WHERE state = 'assigned'"_s) == births.size() + 1);
}

TEST_CASE("A registry that answers late leaves the request pending until its day")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend, {3, false, true});
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    const QUuid birth = office.addBirth(u"An"_s);
    REQUIRE_FALSE(office.push(server.store(), server.now).refused);

    QByteArray cursor;
    const QList<IdNumberResult> first = idResultsOf(server.store(), u"00004"_s, server.now, &cursor);
    REQUIRE(first.size() == 1);
    CHECK(first[0].record == birth);
    CHECK(first[0].state == IdNumberState::Pending);
    CHECK(first[0].idNumber.isEmpty());
    CHECK(first[0].dueAtMs == server.now.addDays(3).toMSecsSinceEpoch());

    // Two days on: still waiting, nothing new to pull.
    CHECK(idResultsOf(server.store(), u"00004"_s, server.now.addDays(2), &cursor).isEmpty());
    CHECK(server.count(u"SELECT count(*) FROM id_requests WHERE state = 'pending'"_s) == 1);

    // On the third day, by another server process: the number.
    auto other = server.connect();
    const QList<IdNumberResult> later = idResultsOf(*other, u"00004"_s, server.now.addDays(3), &cursor);
    REQUIRE(later.size() == 1);
    CHECK(later[0].record == birth);
    CHECK(later[0].state == IdNumberState::Assigned);
    CHECK(reference::checkPersonalId(later[0].idNumber, Sex::Male, 2026).ok());
    CHECK(idResultsOf(server.store(), u"00004"_s, server.now.addDays(4), &cursor).isEmpty());
}

TEST_CASE("A registry that fails rejects the request with its reason")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend, {0, true, true});
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    const QUuid birth = office.addBirth(u"An"_s);
    REQUIRE_FALSE(office.push(server.store(), server.now).refused);
    const QList<IdNumberResult> results = idResultsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(results.size() == 1);
    CHECK(results[0].record == birth);
    CHECK(results[0].state == IdNumberState::Rejected);
    CHECK(results[0].idNumber.isEmpty());
    CHECK(results[0].code == u"registry.refused"_s);
    CHECK(results[0].vi.contains(u"từ chối"_s));
    CHECK(results[0].en.contains(u"refused"_s));
    CHECK(server.count(u"SELECT count(*) FROM issued_id_numbers"_s) == 0);
}

TEST_CASE("Twins (the same mother, the same day) are held back as suspected duplicates")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    const QUuid first = office.addBirth(u"An"_s);
    const QUuid second = office.addBirth(u"Bình"_s); // the same mother and day of birth
    const QUuid other = office.addBirth(u"Cúc"_s, u"2026-11-02"_s, u"Đào Thị Hoa"_s); // another mother
    REQUIRE_FALSE(office.push(server.store(), server.now).refused);
    const QList<IdNumberResult> results = idResultsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(results.size() == 3);
    for (const IdNumberResult &r : results) {
        if (r.record == second) {
            CHECK(r.state == IdNumberState::SuspectedDuplicate);
            CHECK(r.code == u"registry.twin"_s);
            CHECK(r.vi.contains(u"cùng người mẹ"_s));
            CHECK(r.idNumber.isEmpty());
        } else {
            CHECK((r.record == first || r.record == other));
            CHECK(r.state == IdNumberState::Assigned);
        }
    }
}

TEST_CASE("With twins not held back, both get a number of their own")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend, {0, false, false});
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    office.addBirth(u"An"_s);
    office.addBirth(u"Bình"_s);
    REQUIRE_FALSE(office.push(server.store(), server.now).refused);
    const QList<IdNumberResult> results = idResultsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(results.size() == 2);
    CHECK(results[0].state == IdNumberState::Assigned);
    CHECK(results[1].state == IdNumberState::Assigned);
    CHECK(results[0].idNumber != results[1].idNumber);
}

TEST_CASE("A birth the registry cannot number (no sex given) needs verification by the office")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    const QUuid birth = office.addBirth(u"An"_s);
    // The register requires the sex; an entry without it is crafted (as another client might send).
    SyncEntry entry = office.outbox().first().entry;
    QJsonObject payload = QJsonDocument::fromJson(entry.payload).object();
    payload = with(payload, u"subject.sex"_s, QJsonValue::Undefined);
    entry.payload = compactJson(payload).toUtf8();
    REQUIRE_FALSE(
        pushEntries(server.store(), u"00004"_s, office.identity(), 1, {entry}, {}, server.now).refused);
    const QList<IdNumberResult> results = idResultsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(results.size() == 1);
    CHECK(results[0].record == birth);
    CHECK(results[0].state == IdNumberState::NeedsVerification);
    CHECK(results[0].code == u"registry.incomplete"_s);
    CHECK(results[0].vi.contains(u"giới tính"_s));
}

TEST_CASE("A full batch of births gets numbers all different, a number drawn twice being drawn again")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    // 2,000 boys born in 2026 in one province: 2,000 draws among a million numbers, so about two
    // numbers drawn twice within the batch (the insert skips the second; it is drawn again).
    const QStringList families{u"Trần"_s, u"Lê"_s,  u"Phạm"_s, u"Hoàng"_s, u"Vũ"_s,
                               u"Đặng"_s, u"Bùi"_s, u"Đỗ"_s,   u"Hồ"_s,    u"Ngô"_s};
    const QStringList middles{u"Thị"_s, u"Ngọc"_s, u"Thu"_s, u"Minh"_s};
    const QStringList givens{
        u"An"_s,     u"Bình"_s,  u"Cúc"_s,   u"Dung"_s,  u"Giang"_s, u"Hà"_s,     u"Hoa"_s,  u"Huệ"_s,
        u"Lan"_s,    u"Liên"_s,  u"Mai"_s,   u"Nga"_s,   u"Oanh"_s,  u"Phương"_s, u"Quế"_s,  u"Sen"_s,
        u"Tâm"_s,    u"Thảo"_s,  u"Uyên"_s,  u"Vân"_s,   u"Xuân"_s,  u"Yến"_s,    u"Hạnh"_s, u"Hằng"_s,
        u"Hiền"_s,   u"Hương"_s, u"Kim"_s,   u"Linh"_s,  u"Loan"_s,  u"Ly"_s,     u"My"_s,   u"Nhung"_s,
        u"Nhi"_s,    u"Thủy"_s,  u"Trang"_s, u"Trinh"_s, u"Tuyết"_s, u"Vy"_s,     u"Ánh"_s,  u"Châu"_s,
        u"Diệp"_s,   u"Đào"_s,   u"Hải"_s,   u"Hậu"_s,   u"Khánh"_s, u"Lệ"_s,     u"Minh"_s, u"Ngân"_s,
        u"Nguyệt"_s, u"Quyên"_s};
    REQUIRE(families.size() * middles.size() * givens.size() == 2000);
    for (const QString &f : families)
        for (const QString &m : middles)
            for (const QString &g : givens)
                office.addBirth(u"An"_s, u"2026-11-02"_s, f + u' ' + m + u' ' + g); // each her own mother
    const PushResult pushed = office.push(server.store(), server.now);
    REQUIRE_FALSE(pushed.refused);
    REQUIRE(pushed.applied == 2000);
    QSet<QString> numbers;
    for (const IdNumberResult &r : idResultsOf(server.store(), u"00004"_s, server.now)) {
        REQUIRE(r.state == IdNumberState::Assigned);
        REQUIRE(r.idNumber.startsWith(u"001226"_s));
        numbers.insert(r.idNumber);
    }
    CHECK(numbers.size() == 2000);
    CHECK(server.count(u"SELECT count(DISTINCT number) FROM issued_id_numbers"_s) == 2000);
    CHECK(server.count(
              u"SELECT count(*) FROM id_requests WHERE state = 'assigned' AND id_number IS NOT NULL"_s) ==
          2000);
}

TEST_CASE("A twin pushed in a later batch than the first is held back too")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    const QUuid first = office.addBirth(u"An"_s);
    REQUIRE_FALSE(office.push(server.store(), server.now).refused);
    const QUuid second = office.addBirth(u"Bình"_s); // the same mother and day of birth
    REQUIRE_FALSE(office.push(server.store(), server.now, 2).refused);
    const QList<IdNumberResult> results = idResultsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(results.size() == 2);
    CHECK(results[0].record == first);
    CHECK(results[0].state == IdNumberState::Assigned);
    CHECK(results[1].record == second);
    CHECK(results[1].state == IdNumberState::SuspectedDuplicate);
    CHECK(results[1].vi.contains(uuidText(first)));
}
