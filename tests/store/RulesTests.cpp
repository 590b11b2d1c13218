// Every legal rule through the Registrar on a real register file, both sides of each boundary.
#include <catch2/catch.hpp>

#include "model/AmendedKind.h"
#include "store/RecordStore.h"
#include "support/TestRegister.h"
#include "util/Uuid.h"

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject marriage(const QString &husbandBirth, const QString &wifeBirth,
                     const QString &registrationDate = u"2026-11-20"_s)
{
    QJsonObject m = with(example(u"marriage"_s), u"husband.birthDate"_s, husbandBirth);
    m = with(m, u"wife.birthDate"_s, wifeBirth);
    return with(m, u"registrationDate"_s, registrationDate);
}

} // namespace

TEST_CASE("marriage age is counted to the exact day of registration")
{
    TestRegister reg;
    SECTION("the bride is 18 the day after: rejected")
    {
        auto r = reg.add(marriage(u"2000-01-01"_s, u"2008-11-21"_s));
        REQUIRE_FALSE(r.ok());
        CHECK(codesOf(r.error()) == QStringList{u"marriage.age"_s});
        CHECK(r.error().details.front().field == u"wife.birthDate"_s);
        CHECK(r.error().details.front().vi.contains(u"21/11/2026"_s)); // the day she reaches 18
    }
    SECTION("the bride is 18 on the registration date: accepted")
    {
        CHECK(reg.add(marriage(u"2000-01-01"_s, u"2008-11-20"_s)).ok());
    }
    SECTION("the groom is 20 the day after: rejected; on the day: accepted")
    {
        auto r = reg.add(marriage(u"2006-11-21"_s, u"2000-01-01"_s));
        REQUIRE_FALSE(r.ok());
        CHECK(codesOf(r.error()) == QStringList{u"marriage.age"_s});
        CHECK(r.error().details.front().field == u"husband.birthDate"_s);
        CHECK(reg.add(marriage(u"2006-11-20"_s, u"2000-01-01"_s)).ok());
    }
    SECTION("an unknown day counts as the 1st, an unknown month as January")
    {
        CHECK_FALSE(reg.add(marriage(u"2000"_s, u"2008-11"_s, u"2026-10-31"_s)).ok());
        CHECK(reg.add(marriage(u"2000"_s, u"2008-11"_s, u"2026-11-01"_s)).ok());
        TestRegister other;
        CHECK_FALSE(other.add(marriage(u"2006"_s, u"2000"_s, u"2025-12-31"_s)).ok());
        CHECK(other.add(marriage(u"2006"_s, u"2000"_s, u"2026-01-01"_s)).ok());
    }
}

TEST_CASE("a party already married in this register cannot marry again until the marriage ends")
{
    TestRegister reg;
    const QUuid first = reg.mustAdd(example(u"marriage"_s));
    QJsonObject again = with(example(u"marriage"_s), u"wife"_s,
                             QJsonObject{{u"fullName"_s, u"Phan Thị Duyên"_s},
                                         {u"birthDate"_s, u"2001-01-01"_s},
                                         {u"nationality"_s, u"VN"_s},
                                         {u"residence"_s, u"Hà Nội"_s}});
    auto r = reg.add(again);
    REQUIRE_FALSE(r.ok());
    CHECK(codesOf(r.error()) == QStringList{u"marriage.alreadyMarried"_s});
    CHECK(r.error().details.front().vi.contains(u"số 1/2026"_s));

    SECTION("after a divorce is recorded")
    {
        QJsonObject divorce = example(u"recording"_s);
        divorce.insert(u"relatedRecord"_s, first.toString(QUuid::WithoutBraces));
        reg.mustAdd(divorce);
        CHECK(reg.add(with(again, u"registrationDate"_s, u"2026-11-25"_s)).ok());
    }
    SECTION("after the death of the spouse")
    {
        QJsonObject death = example(u"death"_s);
        death.insert(u"subject"_s, QJsonObject{{u"familyName"_s, u"Lê"_s},
                                               {u"middleName"_s, u"Thị"_s},
                                               {u"givenName"_s, u"Cúc"_s},
                                               {u"sex"_s, u"female"_s},
                                               {u"birthDate"_s, u"2002-05-17"_s}});
        death = with(death, u"registrationDate"_s, u"2026-11-21"_s);
        death = with(death, u"death.dateTime"_s, u"2026-11-20T08:00"_s);
        death = with(death, u"deathNotice.date"_s, u"2026-11-20"_s);
        reg.mustAdd(death);
        CHECK(reg.add(with(again, u"registrationDate"_s, u"2026-11-25"_s)).ok());
    }
}

TEST_CASE("dates that cannot be are rejected with the field named")
{
    TestRegister reg;
    SECTION("30 February")
    {
        auto r = reg.add(with(example(u"birth"_s), u"subject.birthDate"_s, u"2026-02-30"_s));
        REQUIRE_FALSE(r.ok());
        CHECK(codesOf(r.error()) == QStringList{u"date.impossible"_s});
        CHECK(r.error().details.front().field == u"subject.birthDate"_s);
        CHECK(r.error().details.front().vi.contains(u"30/02/2026"_s));
    }
    SECTION("29 February only in a leap year")
    {
        CHECK_FALSE(reg.add(with(example(u"birth"_s), u"subject.birthDate"_s, u"2023-02-29"_s)).ok());
        QJsonObject leap = with(example(u"birth"_s), u"subject.birthDate"_s, u"2024-02-29"_s);
        leap = with(leap, u"subject.idNumber"_s, u"001224001234"_s);
        CHECK(reg.add(leap).ok());
    }
    SECTION("month 13 and malformed text")
    {
        auto r = reg.add(with(example(u"birth"_s), u"subject.birthDate"_s, u"2026-13-01"_s));
        CHECK(codesOf(r.error()) == QStringList{u"date.month"_s});
        r = reg.add(with(example(u"birth"_s), u"subject.birthDate"_s, u"2/11/2026"_s));
        CHECK(codesOf(r.error()) == QStringList{u"date.format"_s});
    }
    SECTION("a digitised record keeps the impossible date as written")
    {
        const QUuid id =
            reg.mustAdd(with(example(u"birth-historical"_s), u"subject.birthDate"_s, u"1987-02-30"_s));
        RecordStore store(reg.db());
        const auto record = store.find(id).value().value();
        const QJsonObject subject = record.json().value(u"subject"_s).toObject();
        CHECK(subject.value(u"birthDate"_s).toString() == u"1987-03-01"_s);
        CHECK(subject.value(u"birthDateAsWritten"_s).toString() == u"1987-02-30"_s);
        CHECK(record.number == 0); // not numbered in this year's register
    }
}

TEST_CASE("a birth cannot be after its registration nor a registration after today")
{
    TestRegister reg(QDate(2026, 11, 26));
    QJsonObject birth = with(example(u"birth"_s), u"registrationDate"_s, u"2026-11-26"_s);
    CHECK(codesOf(reg.add(with(birth, u"subject.birthDate"_s, u"2026-11-27"_s)).error())
              .contains(u"birth.future"_s));
    CHECK(reg.add(with(birth, u"subject.birthDate"_s, u"2026-11-26"_s)).ok());

    auto future = reg.add(with(birth, u"registrationDate"_s, u"2026-11-27"_s));
    REQUIRE_FALSE(future.ok());
    CHECK(codesOf(future.error()).contains(u"registration.future"_s));
}

TEST_CASE("late registration is a warning past 60 days for a birth and 15 days for a death")
{
    TestRegister reg;
    QJsonObject birth = with(example(u"birth"_s), u"registrationDate"_s, u"2026-11-20"_s);
    auto onTime = reg.add(with(birth, u"subject.birthDate"_s, u"2026-09-21"_s)); // 60 days
    REQUIRE(onTime.ok());
    CHECK(onTime->warnings.isEmpty());
    birth = with(birth, u"subject.givenName"_s, u"Bình"_s);
    auto late = reg.add(with(birth, u"subject.birthDate"_s, u"2026-09-20"_s)); // 61 days
    REQUIRE(late.ok());
    CHECK(codesOf(late->warnings) == QStringList{u"birth.late"_s});
    CHECK(late->number == 2); // a warning does not block

    QJsonObject death = example(u"death"_s);
    death = with(death, u"registrationDate"_s, u"2026-11-16"_s);
    auto deathOnTime = reg.add(death); // died 01/11, 15 days
    REQUIRE(deathOnTime.ok());
    CHECK(deathOnTime->warnings.isEmpty());
    QJsonObject other = with(death, u"subject.idNumber"_s, QJsonValue());
    other = with(other, u"subject.givenName"_s, u"Toàn"_s);
    auto deathLate = reg.add(with(other, u"registrationDate"_s, u"2026-11-17"_s));
    REQUIRE(deathLate.ok());
    CHECK(codesOf(deathLate->warnings) == QStringList{u"death.late"_s});
}

TEST_CASE("a possible duplicate birth is a warning: same folded name date of birth and mother")
{
    TestRegister reg;
    const QUuid first = reg.mustAdd(example(u"birth"_s));
    QJsonObject same = with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue());
    same = with(same, u"subject.familyName"_s, u"NGUYEN"_s); // folds the same
    auto r = reg.add(same);
    REQUIRE(r.ok());
    CHECK(codesOf(r->warnings) == QStringList{u"birth.possibleDuplicate"_s});
    // The warning cites the first registration as the officer finds it in the paper register.
    const StoredRecord cited = RecordStore(reg.db()).find(first).value().value();
    CHECK(cited.number == 1);
    CHECK(cited.year == 2026);
    CHECK(cited.registrationDate == QDate(2026, 11, 20));
    CHECK(
        r->warnings.front().vi ==
        u"Có thể trùng: đã có đăng ký khai sinh số 1/2026, ngày 20/11/2026 cùng họ tên, ngày sinh và tên mẹ"_s);
    CHECK(r->id != first);
    CHECK(r->number == 2);

    QJsonObject otherMother = with(same, u"mother.fullName"_s, u"Trần Thị Bích"_s);
    auto r2 = reg.add(otherMother);
    REQUIRE(r2.ok());
    CHECK(r2->warnings.isEmpty());
}

TEST_CASE("an officer cannot register their own or a relative's event")
{
    TestRegister reg; // the officer's ID number is 001185000999, born 12/04/1985
    QJsonObject birth = with(example(u"birth"_s), u"mother.idNumber"_s, u"001185000999"_s);
    birth = with(birth, u"mother.birthDate"_s, u"1985"_s);
    auto r = reg.add(birth);
    REQUIRE_FALSE(r.ok());
    CHECK(codesOf(r.error()) == QStringList{u"officer.ownEvent"_s});
    CHECK(r.error().details.front().vi.contains(u"Điều 12.1.h"_s));

    SECTION("recognised by name and full date of birth too")
    {
        QJsonObject byName = with(example(u"marriage"_s), u"wife"_s,
                                  QJsonObject{{u"fullName"_s, u"LÊ THỊ HOA"_s},
                                              {u"birthDate"_s, u"1985-04-12"_s},
                                              {u"nationality"_s, u"VN"_s},
                                              {u"residence"_s, u"Hà Nội"_s}});
        CHECK(codesOf(reg.add(byName).error()) == QStringList{u"officer.ownEvent"_s});
    }
    SECTION("somebody else's event is fine")
    {
        CHECK(reg.add(example(u"birth"_s)).ok());
    }
}

TEST_CASE("personal ID numbers must be well formed and agree with sex and year of birth")
{
    TestRegister reg;
    const QJsonObject birth = example(u"birth"_s);
    CHECK(codesOf(reg.add(with(birth, u"subject.idNumber"_s, u"00122600123"_s)).error()) ==
          QStringList{u"idNumber.length"_s});
    CHECK(codesOf(reg.add(with(birth, u"subject.idNumber"_s, u"003226001234"_s)).error()) ==
          QStringList{u"idNumber.province"_s});
    // digit 4 = 3: a girl; the subject is a boy
    CHECK(codesOf(reg.add(with(birth, u"subject.idNumber"_s, u"001326001234"_s)).error()) ==
          QStringList{u"idNumber.sex"_s});
    // digit 4 = 0: born in the 1900s
    CHECK(codesOf(reg.add(with(birth, u"subject.idNumber"_s, u"001026001234"_s)).error()) ==
          QStringList{u"idNumber.century"_s});
    CHECK(codesOf(reg.add(with(birth, u"subject.idNumber"_s, u"001225001234"_s)).error()) ==
          QStringList{u"idNumber.year"_s});
    // the mother's number is checked against her year of birth (1998)
    CHECK(codesOf(reg.add(with(birth, u"mother.idNumber"_s, u"001197012345"_s)).error()) ==
          QStringList{u"idNumber.year"_s});
    CHECK(reg.add(birth).ok());
}

TEST_CASE("impossible ages and family relations are errors")
{
    TestRegister reg;
    CHECK(codesOf(reg.add(with(example(u"death"_s), u"subject.birthDate"_s, u"1850-01-01"_s)).error())
              .contains(u"age.impossible"_s));
    QJsonObject youngMother = with(example(u"birth"_s), u"mother.birthDate"_s, u"2020"_s);
    youngMother = with(youngMother, u"mother.idNumber"_s, QJsonValue());
    CHECK(codesOf(reg.add(youngMother).error()) == QStringList{u"parent.age"_s});
    CHECK(reg.add(youngMother).error().details.front().vi.startsWith(u"Người mẹ "_s));
    QJsonObject deathBeforeBirth = with(example(u"death"_s), u"subject.birthDate"_s, u"2026-11-02"_s);
    deathBeforeBirth = with(deathBeforeBirth, u"subject.idNumber"_s, QJsonValue());
    CHECK(codesOf(reg.add(deathBeforeBirth).error()).contains(u"death.beforeBirth"_s));
}

TEST_CASE("a death is registered once and the deceased cannot marry")
{
    TestRegister reg;
    reg.mustAdd(example(u"death"_s));
    CHECK(codesOf(reg.add(with(example(u"death"_s), u"registrationDate"_s, u"2026-11-06"_s)).error()) ==
          QStringList{u"death.alreadyRegistered"_s});
    QJsonObject marriage = with(example(u"marriage"_s), u"husband"_s,
                                QJsonObject{{u"fullName"_s, u"Phạm Văn Đức"_s},
                                            {u"birthDate"_s, u"1941-07-15"_s},
                                            {u"nationality"_s, u"VN"_s},
                                            {u"residence"_s, u"Hà Nội"_s},
                                            {u"idNumber"_s, u"001041000777"_s}});
    CHECK(codesOf(reg.add(marriage).error()).contains(u"person.deceased"_s));
}

TEST_CASE("same-sex marriage is not recognised")
{
    TestRegister reg;
    CHECK(codesOf(reg.add(with(example(u"marriage"_s), u"wife.sex"_s, u"male"_s)).error()) ==
          QStringList{u"marriage.sameSex"_s});
}

TEST_CASE("a marital-status certificate cannot say single when the register shows a marriage")
{
    TestRegister reg;
    reg.mustAdd(example(u"marriage"_s));
    QJsonObject certificate = example(u"maritalStatusCertificate"_s);
    certificate.insert(u"subject"_s, QJsonObject{{u"familyName"_s, u"Lê"_s},
                                                 {u"middleName"_s, u"Thị"_s},
                                                 {u"givenName"_s, u"Cúc"_s},
                                                 {u"sex"_s, u"female"_s},
                                                 {u"birthDate"_s, u"2002-05-17"_s},
                                                 {u"residence"_s, u"Hà Nội"_s}});
    CHECK(codesOf(reg.add(certificate).error()) == QStringList{u"maritalStatus.conflict"_s});
    CHECK(reg.add(example(u"maritalStatusCertificate"_s)).ok());
}

TEST_CASE("a recognised parent too young for the child is named as the father or the mother recognised")
{
    TestRegister reg;
    QJsonObject young = with(example(u"parentChildRecognition"_s), u"parent.birthDate"_s, u"2015-02-11"_s);
    young = with(young, u"parent.idNumber"_s, QJsonValue());
    const auto father = reg.add(young);
    REQUIRE_FALSE(father.ok());
    CHECK(codesOf(father.error()) == QStringList{u"parent.age"_s});
    CHECK(father.error().details.front().field == u"parent.birthDate"_s);
    CHECK(father.error().details.front().vi.startsWith(u"Người cha (Hoàng Minh Tuấn, sinh 11/02/2015)"_s));
    CHECK(father.error().details.front().en.startsWith(u"The father (Hoàng Minh Tuấn"_s));

    young = with(with(young, u"parentRole"_s, u"mother"_s), u"parent.sex"_s, u"female"_s);
    const auto mother = reg.add(young);
    REQUIRE_FALSE(mother.ok());
    CHECK(mother.error().details.front().vi.startsWith(u"Người mẹ (Hoàng Minh Tuấn, sinh 11/02/2015)"_s));
    CHECK(mother.error().details.front().en.startsWith(u"The mother (Hoàng Minh Tuấn"_s));
}

TEST_CASE("an amending kind names the kind it amends and the register refuses it on another kind")
{
    CHECK(amendedKind(EventKind::GuardianshipEnd) == EventKind::Guardianship);
    CHECK(amendedKind(EventKind::GuardianshipChange) == EventKind::Guardianship);
    CHECK(amendedKind(EventKind::EthnicityRedetermination) == EventKind::Birth);
    CHECK_FALSE(amendedKind(EventKind::Correction)); // any kind
    CHECK_FALSE(amendedKind(EventKind::Birth));

    TestRegister reg;
    const QUuid birth = reg.mustAdd(example(u"birth"_s));
    const auto end = reg.add(with(example(u"guardianshipEnd"_s), u"amends"_s, uuidText(birth)));
    CHECK_FALSE(end.ok());
}

TEST_CASE("a guardian must be of age")
{
    TestRegister reg;
    CHECK(codesOf(
              reg.add(with(example(u"guardianship"_s), u"guardian.birthDate"_s, u"2008-11-11"_s)).error()) ==
          QStringList{u"guardian.age"_s});
    CHECK(reg.add(with(example(u"guardianship"_s), u"guardian.birthDate"_s, u"2008-11-10"_s)).ok());
}
