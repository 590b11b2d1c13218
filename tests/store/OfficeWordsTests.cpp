// The office's number-word variants kept in the register with the office: read back as saved,
// the common words until the office chooses, and carried by what a printed paper is issued with.
#include <catch2/catch.hpp>

#include "registry/RegisterCheck.h"
#include "registry/RegisterSetup.h"
#include "support/CatchQt.h"
#include "support/TestRegister.h"

#include <QSqlQuery>

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
    REQUIRE(saveWordStyle(reg.db(), reg.clock(), words, reg.admin).ok());
    office = readOffice(reg.db());
    REQUIRE(office.ok());
    CHECK(office->words == words);
    CHECK(text::dateInWords(QDate(2024, 3, 5), office->words) ==
          u"ngày mùng năm tháng ba năm hai ngàn không trăm hai mươi bốn"_s);

    // Saved again: replaced, not added.
    words.smallDayPrefix.clear();
    REQUIRE(saveWordStyle(reg.db(), reg.clock(), words, reg.admin).ok());
    CHECK(readOffice(reg.db())->words == words);
}

TEST_CASE("office number words: an unknown day prefix is refused and nothing changes")
{
    TestRegister reg;
    text::WordStyle words;
    words.smallDayPrefix = u"ngày"_s;
    const auto saved = saveWordStyle(reg.db(), reg.clock(), words, reg.admin);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == u"office.numberWords"_s);
    CHECK(readOffice(reg.db())->words == text::WordStyle{});
}

TEST_CASE("office number words: only an administrator changes them, and the change is journalled")
{
    TestRegister reg;
    text::WordStyle words;
    words.ngan = true;
    const auto refused = saveWordStyle(reg.db(), reg.clock(), words, reg.officer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::PermissionDenied);
    CHECK(readOffice(reg.db())->words == text::WordStyle{});

    REQUIRE(saveWordStyle(reg.db(), reg.clock(), words, reg.admin).ok());
    QSqlQuery q(reg.db().connection());
    REQUIRE(q.exec(u"SELECT actor, detail FROM journal WHERE action = 'settings.numberWords'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == reg.admin.login);
    CHECK(q.value(1).toString().contains(u"\"ngan\":true"_s));
    CHECK_FALSE(q.next()); // the officer's refusal wrote nothing
    q.finish();
    // The journal's chain still holds with the entry in it.
    auto report = verifyRegister(reg.db());
    REQUIRE(report.ok());
    CHECK(report->ok());
}
