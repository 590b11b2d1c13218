#include "ServerFixture.h"

#include "util/JsonWriter.h"
#include "util/Uuid.h"

#include <QJsonDocument>

using namespace hotich;
using namespace hotich::server;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QList<CrossOfficeFinding> findingsOf(ServerStore &store, const QString &office, const QDateTime &now)
{
    QList<CrossOfficeFinding> out;
    for (const Change &c : ofKind(pullAll(store, office, now), ChangeKind::Finding))
        out << std::get<CrossOfficeFinding>(c.body);
    return out;
}

/// The example marriage with another wife (the husband stays: Trần Văn Bảo, 001200001111).
QJsonObject marriageWithWife(const QString &fullName, const QString &birthDate)
{
    return with(example(u"marriage"_s), u"wife"_s,
                QJsonObject{{u"fullName"_s, fullName},
                            {u"birthDate"_s, birthDate},
                            {u"nationality"_s, u"VN"_s},
                            {u"residence"_s, u"Hà Nội"_s}});
}

/// The death of the example marriage's wife, Lê Thị Cúc (by name and date of birth).
QJsonObject deathOfTheWife()
{
    QJsonObject death = example(u"death"_s);
    death.insert(u"subject"_s, QJsonObject{{u"familyName"_s, u"Lê"_s},
                                           {u"middleName"_s, u"Thị"_s},
                                           {u"givenName"_s, u"Cúc"_s},
                                           {u"sex"_s, u"female"_s},
                                           {u"birthDate"_s, u"2002-05-17"_s}});
    death = with(death, u"registrationDate"_s, u"2026-11-21"_s);
    death = with(death, u"death.dateTime"_s, u"2026-11-20T08:00"_s);
    return with(death, u"deathNotice.date"_s, u"2026-11-20"_s);
}

} // namespace

TEST_CASE("The same birth registered at two offices is flagged to both")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister baDinh(u"00004"_s);
    OfficeRegister ngocHa(u"00008"_s);
    const QUuid first = baDinh.addBirth(u"An"_s);
    baDinh.addBirth(u"Bảo"_s); // another child of the same mother, another day below
    // Written otherwise (NFD, upper case, spacing): the same child, the same mother.
    const QUuid second = ngocHa.addBirth(u"An"_s, u"2026-11-02"_s, u"TRẦN  THỊ BÌNH"_s);
    ngocHa.addBirth(u"An"_s, u"2026-11-03"_s); // another day: not the same birth
    REQUIRE_FALSE(baDinh.push(server.store(), server.now).refused);
    REQUIRE_FALSE(ngocHa.push(server.store(), server.now).refused);

    const QList<CrossOfficeFinding> toBaDinh = findingsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(toBaDinh.size() == 1);
    CHECK(toBaDinh[0].code == u"birth.possibleDuplicate"_s);
    CHECK(toBaDinh[0].record == first);
    CHECK(toBaDinh[0].otherRecord == second);
    CHECK(toBaDinh[0].otherOffice == u"00008"_s);
    CHECK(toBaDinh[0].vi.contains(u"Phường Ngọc Hà"_s));
    CHECK(toBaDinh[0].vi.contains(u"số 1/2026"_s));

    const QList<CrossOfficeFinding> toNgocHa = findingsOf(server.store(), u"00008"_s, server.now);
    REQUIRE(toNgocHa.size() == 1);
    CHECK(toNgocHa[0].record == second);
    CHECK(toNgocHa[0].otherRecord == first);
    CHECK(toNgocHa[0].otherOffice == u"00004"_s);
    CHECK(toNgocHa[0].en.contains(u"Possible duplicate"_s));
    // Both registrations stand, numbers and all.
    CHECK(server.count(u"SELECT count(*) FROM records WHERE kind = 'birth' AND status = 'active'"_s) == 4);
}

TEST_CASE("A marriage of a party married at another office is flagged to both offices")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister baDinh(u"00004"_s);
    OfficeRegister ngocHa(u"00008"_s);
    const QUuid first = baDinh.reg.mustAdd(example(u"marriage"_s));
    REQUIRE_FALSE(baDinh.push(server.store(), server.now).refused);
    // Ngọc Hà cannot know: its register lets the husband marry again.
    const QUuid second = ngocHa.reg.mustAdd(marriageWithWife(u"Phan Thị Duyên"_s, u"2001-01-01"_s));
    REQUIRE_FALSE(ngocHa.push(server.store(), server.now).refused);

    const QList<CrossOfficeFinding> toNgocHa = findingsOf(server.store(), u"00008"_s, server.now);
    REQUIRE(toNgocHa.size() == 1);
    CHECK(toNgocHa[0].code == u"marriage.alreadyMarried"_s);
    CHECK(toNgocHa[0].field == u"husband"_s);
    CHECK(toNgocHa[0].record == second);
    CHECK(toNgocHa[0].otherRecord == first);
    CHECK(toNgocHa[0].otherOffice == u"00004"_s);
    CHECK(toNgocHa[0].vi.contains(u"Trần Văn Bảo đang có vợ/chồng"_s));

    const QList<CrossOfficeFinding> toBaDinh = findingsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(toBaDinh.size() == 1);
    CHECK(toBaDinh[0].code == u"marriage.alreadyMarried"_s);
    CHECK(toBaDinh[0].record == first);
    CHECK(toBaDinh[0].otherRecord == second);
}

TEST_CASE("A party is known by name and date of birth when the records give no ID number")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister baDinh(u"00004"_s);
    OfficeRegister ngocHa(u"00008"_s);
    baDinh.reg.mustAdd(marriageWithWife(u"Phan Thị Duyên"_s, u"2001-01-01"_s));
    REQUIRE_FALSE(baDinh.push(server.store(), server.now).refused);
    // The same wife (no ID number either time) marries another man at Ngọc Hà.
    QJsonObject other = marriageWithWife(u"Phan Thị Duyên"_s, u"2001-01-01"_s);
    other.insert(u"husband"_s, QJsonObject{{u"fullName"_s, u"Đỗ Minh Khoa"_s},
                                           {u"birthDate"_s, u"1999-09-09"_s},
                                           {u"nationality"_s, u"VN"_s},
                                           {u"residence"_s, u"Hà Nội"_s}});
    ngocHa.reg.mustAdd(other);
    // And a woman of the same name born another day: not her.
    ngocHa.reg.mustAdd(with(marriageWithWife(u"Phan Thị Duyên"_s, u"2001-02-02"_s), u"husband"_s,
                            QJsonObject{{u"fullName"_s, u"Vũ Hải Long"_s},
                                        {u"birthDate"_s, u"1998-08-08"_s},
                                        {u"nationality"_s, u"VN"_s},
                                        {u"residence"_s, u"Hà Nội"_s}}));
    REQUIRE_FALSE(ngocHa.push(server.store(), server.now).refused);
    const QList<CrossOfficeFinding> toNgocHa = findingsOf(server.store(), u"00008"_s, server.now);
    REQUIRE(toNgocHa.size() == 1);
    CHECK(toNgocHa[0].field == u"wife"_s);
}

TEST_CASE("A marriage ended by a death or a divorce does not make its parties married")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister baDinh(u"00004"_s);
    OfficeRegister ngocHa(u"00008"_s);
    // Ba Đình: the husband's marriage ended by the wife's death (registered at Ba Đình too).
    baDinh.reg.mustAdd(example(u"marriage"_s));
    baDinh.reg.mustAdd(deathOfTheWife());
    // And a second couple, divorced.
    QJsonObject couple = marriageWithWife(u"Hồ Thị Mai"_s, u"2000-03-03"_s);
    couple.insert(u"husband"_s, QJsonObject{{u"fullName"_s, u"Lý Văn Nam"_s},
                                            {u"birthDate"_s, u"1997-07-07"_s},
                                            {u"nationality"_s, u"VN"_s},
                                            {u"residence"_s, u"Hà Nội"_s}});
    const QUuid divorced = baDinh.reg.mustAdd(couple);
    QJsonObject divorce = example(u"recording"_s);
    divorce.insert(u"relatedRecord"_s, uuidText(divorced));
    divorce.insert(u"subject"_s, couple.value(u"husband"_s));
    divorce.insert(u"otherParty"_s, couple.value(u"wife"_s));
    baDinh.reg.mustAdd(divorce);
    const PushResult pushed = baDinh.push(server.store(), server.now);
    for (const EntryRejection &r : pushed.rejected)
        UNSCOPED_INFO(r.seq << " " << r.code.toStdString() << " " << r.en.toStdString());
    REQUIRE(pushed.rejected.isEmpty());

    ngocHa.reg.mustAdd(marriageWithWife(u"Phan Thị Duyên"_s, u"2001-01-01"_s));
    QJsonObject remarriage = marriageWithWife(u"Hồ Thị Mai"_s, u"2000-03-03"_s);
    remarriage.insert(u"husband"_s, QJsonObject{{u"fullName"_s, u"Tạ Quang Huy"_s},
                                                {u"birthDate"_s, u"1996-06-06"_s},
                                                {u"nationality"_s, u"VN"_s},
                                                {u"residence"_s, u"Hà Nội"_s}});
    ngocHa.reg.mustAdd(remarriage);
    REQUIRE(ngocHa.push(server.store(), server.now).rejected.isEmpty());
    CHECK(findingsOf(server.store(), u"00008"_s, server.now).isEmpty());
    CHECK(findingsOf(server.store(), u"00004"_s, server.now).isEmpty());
    CHECK(server.count(u"SELECT count(*) FROM records WHERE status = 'dissolved'"_s) == 1);
}

TEST_CASE("In one batch a marriage is checked against the register as it stood when it was made")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister baDinh(u"00004"_s);
    // Trần Văn Bảo marries Lê Thị Cúc; then (entry 2) marries again while she lives; then (entry 3)
    // she dies. The register would refuse entry 2: it is crafted from another couple's marriage.
    baDinh.reg.mustAdd(example(u"marriage"_s));
    QJsonObject other = marriageWithWife(u"Hồ Thị Mai"_s, u"2000-03-03"_s);
    other.insert(u"husband"_s, QJsonObject{{u"fullName"_s, u"Lý Văn Nam"_s},
                                           {u"birthDate"_s, u"1997-07-07"_s},
                                           {u"nationality"_s, u"VN"_s},
                                           {u"residence"_s, u"Hà Nội"_s}});
    const QUuid again = baDinh.reg.mustAdd(other);
    baDinh.reg.mustAdd(deathOfTheWife());
    QList<SyncEntry> entries;
    for (const OutboxEntry &e : baDinh.outbox())
        entries << e.entry;
    REQUIRE(entries.size() == 3);
    const QJsonObject first = QJsonDocument::fromJson(entries[0].payload).object();
    QJsonObject second = QJsonDocument::fromJson(entries[1].payload).object();
    second.insert(u"husband"_s, first.value(u"husband"_s));
    entries[1].payload = compactJson(second).toUtf8();

    const PushResult pushed =
        pushEntries(server.store(), u"00004"_s, baDinh.identity(), 1, entries, {}, server.now);
    REQUIRE_FALSE(pushed.refused);
    REQUIRE(pushed.rejected.isEmpty());
    // The wife's death, later in the batch, did not end the first marriage before the second.
    const QList<CrossOfficeFinding> findings = findingsOf(server.store(), u"00004"_s, server.now);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == u"marriage.alreadyMarried"_s);
    CHECK(findings[0].record == again);
    CHECK(findings[0].field == u"husband"_s);
}
