// Record documents: one object, an array or JSON lines, and where a malformed one goes wrong.
#include <catch2/catch.hpp>

#include "model/RecordDocuments.h"
#include "support/CatchQt.h"

using namespace hotich;
using namespace Qt::StringLiterals;

namespace {

QString rejection(const QByteArray &text)
{
    const auto parsed = parseRecordDocuments(text, u"in.json"_s);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error().code + u' ' + parsed.error().en;
}

} // namespace

TEST_CASE("record documents: an object, an array of objects or JSON lines")
{
    const QJsonObject birth{{u"kind"_s, u"birth"_s}};
    const QJsonObject death{{u"kind"_s, u"death"_s}};
    CHECK(*parseRecordDocuments(R"({"kind":"birth"})", u"in.json"_s) == QList{birth});
    CHECK(*parseRecordDocuments(R"([{"kind":"birth"}, {"kind":"death"}])", u"in.json"_s) ==
          QList{birth, death});
    CHECK(*parseRecordDocuments("{\"kind\":\"birth\"}\r\n\n{\"kind\":\"death\"}\n", u"in.json"_s) ==
          QList{birth, death});
}

TEST_CASE("record documents: a rejection says where the problem is")
{
    CHECK(rejection(" \n\t") == u"input.empty in.json holds no record"_s);
    CHECK(rejection("[]") == u"input.empty in.json holds no record"_s);
    CHECK(rejection(R"([{}, 2])") ==
          u"input.notObject in.json: each record must be a JSON object {…} (#2)"_s);
    CHECK(rejection("{}\n[1]") ==
          u"input.notObject in.json: each record must be a JSON object {…} (dòng 2)"_s);
    // Qt reports the offset after the token it could not take.
    CHECK(rejection("{\"a\":1}\n{\"a\":}")
              .startsWith(u"input.json in.json is not valid JSON (line:column 2:7)"_s));
    CHECK(rejection("[\n{\"a\":1},\n{\"a\" 1}]").contains(u"(line:column 3:7)"_s));
    // Qt places an unterminated string one byte past the end; the message places it at the end.
    CHECK(rejection(R"({"a":"b)").contains(u"(line:column 1:8): unterminated string"_s));
    CHECK(rejection("{}\n{\"a\":\"b").contains(u"(line:column 2:8): unterminated string"_s));
}
