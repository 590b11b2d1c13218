// A date of birth in words edited by the officer (the family's reading): the schema takes it as
// optional text of a person, and refuses anything else.
#include <catch2/catch.hpp>

#include "model/RecordValidator.h"
#include "support/CatchQt.h"
#include "support/TestRegister.h"

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QStringList errorFields(const CanonicalRecord &record)
{
    QStringList fields;
    for (const Finding &f : record.errors)
        fields << f.field;
    return fields;
}

} // namespace

TEST_CASE("date of birth in words: optional text of a person, kept as given in NFC")
{
    const QString words = u"ngày mùng hai tháng mười một năm hai ngàn không trăm hai mươi sáu"_s;
    CanonicalRecord record =
        canonicalizeRecord(with(example(u"birth"_s), u"subject.birthDateWords"_s, words));
    REQUIRE(record.ok());
    CHECK(record.json.value(u"subject"_s).toObject().value(u"birthDateWords"_s) == words);

    // Without it the record is as before.
    record = canonicalizeRecord(example(u"birth"_s));
    REQUIRE(record.ok());
    CHECK_FALSE(record.json.value(u"subject"_s).toObject().contains(u"birthDateWords"_s));

    // Spaces only count as absent.
    record = canonicalizeRecord(with(example(u"birth"_s), u"subject.birthDateWords"_s, u"   "_s));
    REQUIRE(record.ok());
    CHECK_FALSE(record.json.value(u"subject"_s).toObject().contains(u"birthDateWords"_s));
}

TEST_CASE("date of birth in words: anything but text is refused")
{
    CanonicalRecord record = canonicalizeRecord(with(example(u"birth"_s), u"subject.birthDateWords"_s, 2026));
    CHECK_FALSE(record.ok());
    CHECK(errorFields(record) == QStringList{u"subject.birthDateWords"_s});
    record = canonicalizeRecord(
        with(example(u"birth"_s), u"subject.birthDateWords"_s, QJsonObject{{u"day"_s, u"hai"_s}}));
    CHECK(errorFields(record) == QStringList{u"subject.birthDateWords"_s});
}
