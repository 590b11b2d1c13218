// The office's number-word variants kept in the register with the office: read back as saved,
// the common words until the office chooses, and carried by what a printed paper is issued with.
#include <catch2/catch.hpp>

#include "registry/RegisterSetup.h"
#include "support/CatchQt.h"
#include "support/TestRegister.h"

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

TEST_CASE("office number words: the common words until the office chooses, then as saved")
{
    TestRegister reg;
    auto office = readOffice(reg.db());
    REQUIRE(office.ok());
    CHECK(office->words == text::WordStyle{});
    CHECK(text::dateInWords(QDate(2024, 3, 5), office->words) ==
          u"ngày mồng năm tháng ba năm hai nghìn không trăm hai mươi tư"_s);

    text::WordStyle words;
    words.linh = true;
    words.ngan = true;
    words.bon = true;
    words.smallDayPrefix = u"mùng"_s;
    REQUIRE(saveWordStyle(reg.db(), words).ok());
    office = readOffice(reg.db());
    REQUIRE(office.ok());
    CHECK(office->words == words);
    CHECK(text::dateInWords(QDate(2024, 3, 5), office->words) ==
          u"ngày mùng năm tháng ba năm hai ngàn không trăm hai mươi bốn"_s);

    // Saved again: replaced, not added.
    words.smallDayPrefix.clear();
    REQUIRE(saveWordStyle(reg.db(), words).ok());
    CHECK(readOffice(reg.db())->words == words);
}

TEST_CASE("office number words: an unknown day prefix is refused and nothing changes")
{
    TestRegister reg;
    text::WordStyle words;
    words.smallDayPrefix = u"ngày"_s;
    const auto saved = saveWordStyle(reg.db(), words);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == u"office.numberWords"_s);
    CHECK(readOffice(reg.db())->words == text::WordStyle{});
}
