#include <catch2/catch.hpp>

#include "support/CatchQt.h"

#include "reference/AdministrativeUnits.h"
#include "reference/CodeLists.h"
#include "reference/PersonalIdNumber.h"

using namespace hotich;
using namespace hotich::reference;
using namespace Qt::StringLiterals;
using Level = AdministrativeUnit::Level;

TEST_CASE("both administrative unit lists load complete with their dates")
{
    const auto &units = AdministrativeUnits::instance();
    const auto &now = units.current();
    CHECK(now.count(Level::Province) == 34);
    CHECK(now.count(Level::Commune) == 3321);
    CHECK(now.count(Level::District) == 0);
    const auto &before = units.validOn(QDate(2025, 6, 30));
    CHECK(before.count(Level::Province) == 63);
    CHECK(before.count(Level::District) == 696);
    CHECK(before.count(Level::Commune) == 10035);
    CHECK(&units.validOn(QDate(2025, 7, 1)) == &now);
    CHECK(&units.validOn(QDate(1980, 1, 1)) == &before);
}

TEST_CASE("units are found by code and by name with or without diacritics")
{
    const auto &now = AdministrativeUnits::instance().current();
    const AdministrativeUnit *baDinh = now.find(u"00004"_s);
    REQUIRE(baDinh);
    CHECK(baDinh->fullName == u"Phường Ba Đình"_s);
    CHECK(baDinh->provinceCode == u"01"_s);
    CHECK(now.fullPath(*baDinh) == u"Phường Ba Đình, Thành phố Hà Nội"_s);

    for (const QString &query : {u"ba dinh"_s, u"Ba Đình"_s, u"BA ĐÌNH"_s, u"Phường Ba Đình"_s}) {
        const auto found = now.findByName(query);
        REQUIRE(found.size() >= 1);
        CHECK(found.first()->code == u"00004"_s);
    }
    // Prefix when no unit has exactly that name.
    const auto prefix = now.findByName(u"ba đì"_s);
    REQUIRE_FALSE(prefix.isEmpty());
    CHECK(prefix.first()->name.startsWith(u"Ba Đ"_s));
    CHECK(now.findByName(u"zzzz"_s).isEmpty());
}

TEST_CASE("a historical place resolves against the list valid at its date")
{
    const auto &units = AdministrativeUnits::instance();
    // "Trúc Bạch" (00004 before the merger) was merged into Ba Đình.
    const auto old = units.validOn(QDate(1999, 5, 1)).findByName(u"Truc Bach"_s);
    REQUIRE(old.size() == 1);
    CHECK(old.first()->code == u"00004"_s);
    CHECK(units.validOn(QDate(1999, 5, 1)).fullPath(*old.first()) ==
          u"Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội"_s);
    CHECK(units.current().findByName(u"Truc Bach"_s).isEmpty());
}

TEST_CASE("ethnic groups religions and countries match spelling variants")
{
    const auto &groups = EthnicGroups::instance();
    CHECK(groups.all().size() == 54);
    REQUIRE(groups.match(u"Kinh"_s));
    CHECK(groups.match(u"Kinh"_s)->code == u"01"_s);
    CHECK(groups.match(u"kinh"_s)->code == u"01"_s);
    CHECK(groups.match(u"H'Mông"_s)->code == u"08"_s);
    CHECK(groups.match(u"Hmong"_s)->code == u"08"_s);
    CHECK(groups.match(u"Mông"_s)->code == u"08"_s);
    CHECK(groups.match(u"Khmer"_s)->code == u"05"_s);
    CHECK(groups.match(u"Ê Đê"_s)->code == u"12"_s);
    CHECK(groups.match(u"Thổ"_s)->code == u"24"_s); // official name wins over Tày's other name
    CHECK(groups.match(u"Hoa"_s)->code == u"04"_s);
    CHECK(groups.match(u"Klingon"_s) == nullptr);

    const auto &religions = Religions::instance();
    CHECK(religions.all().size() == 17);
    CHECK(religions.match(u"Thiên Chúa giáo"_s)->name == u"Công giáo"_s);
    CHECK(religions.match(u"khong"_s)->name == u"Không"_s);

    const auto &countries = Countries::instance();
    CHECK(countries.match(u"VN"_s)->nameVi == u"Việt Nam"_s);
    CHECK(countries.match(u"Viet Nam"_s)->alpha2 == u"VN"_s);
    CHECK(countries.match(u"Hàn Quốc"_s)->alpha2 == u"KR"_s);
    CHECK(countries.match(u"KOR"_s)->alpha2 == u"KR"_s);
    CHECK(countries.match(u"Japan"_s)->nameVi == u"Nhật Bản"_s);
}

TEST_CASE("personal ID numbers: each part is checked and explained")
{
    auto ok = checkPersonalId(u"001226001234"_s, Sex::Male, 2026);
    REQUIRE(ok.ok());
    CHECK(ok->provinceCode == u"01"_s);
    CHECK(ok->birthYear == 2026);
    CHECK(checkPersonalId(u"079180012345"_s, Sex::Female, 1980).ok());
    CHECK(checkPersonalId(u"096099000001"_s, Sex::Male, 1999).ok());

    auto r = checkPersonalId(u"00122600123"_s, {}, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == u"idNumber.length"_s);
    CHECK(r.error().vi.contains(u"11"_s));

    r = checkPersonalId(u"00122600123a"_s, {}, {});
    CHECK(r.error().code == u"idNumber.digits"_s);

    r = checkPersonalId(u"003226001234"_s, {}, {}); // 03 is no province code
    CHECK(r.error().code == u"idNumber.province"_s);
    r = checkPersonalId(u"101226001234"_s, {}, {});
    CHECK(r.error().code == u"idNumber.province"_s);

    r = checkPersonalId(u"001226001234"_s, Sex::Female, 2026);
    CHECK(r.error().code == u"idNumber.sex"_s);
    CHECK(r.error().vi.contains(u"nữ"_s));

    r = checkPersonalId(u"001026001234"_s, Sex::Male, 2026); // digit 4 = 0: born in the 1900s
    CHECK(r.error().code == u"idNumber.century"_s);

    r = checkPersonalId(u"001225001234"_s, Sex::Male, 2026);
    CHECK(r.error().code == u"idNumber.year"_s);
    CHECK(r.error().en.contains(u"(26)"_s));
}
