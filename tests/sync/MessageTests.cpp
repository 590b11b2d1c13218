// Messages of the sync protocol (docs/sync-protocol.md): every message survives its encoding, and
// every member that breaks the rules (type, presence, range, size, order) is refused with
// frame.malformed, naming the member, in Vietnamese and English — by the decoder, and by the
// encoder before it is sent.
#include "FrameBytes.h"
#include "SampleMessages.h"

#include "support/CatchQt.h"
#include "sync/protocol/Frame.h"

#include <QCborArray>

using namespace hotich;
using namespace hotich::sync;
using namespace hotich::sync::test;
using namespace Qt::StringLiterals;

namespace {

QCborMap cborOf(const Message &message)
{
    const auto map = toCbor(message);
    INFO((map ? QString() : map.error().en).toStdString());
    REQUIRE(map);
    return *map;
}

/// `node` with the member at `path` (map keys and array indexes) replaced, or removed when
/// `value` is nothing.
QCborValue changed(const QCborValue &node, std::vector<qint64> path, const std::optional<QCborValue> &value)
{
    const qint64 step = path.front();
    path.erase(path.begin());
    if (node.isMap()) {
        QCborMap map = node.toMap();
        if (path.empty() && !value)
            map.remove(step);
        else
            map[step] = path.empty() ? *value : changed(map.value(step), path, value);
        return map;
    }
    QCborArray array = node.toArray();
    if (path.empty() && !value)
        array.removeAt(step);
    else
        array[step] = path.empty() ? *value : changed(array.at(step), path, value);
    return array;
}

QCborMap with(const QCborMap &map, const std::vector<qint64> &path, const QCborValue &value)
{
    return changed(map, path, value).toMap();
}

QCborMap without(const QCborMap &map, const std::vector<qint64> &path)
{
    return changed(map, path, std::nullopt).toMap();
}

/// The protocol's refusal: frame.malformed, for the member named, in both languages.
template <class T>
Error refused(const Result<T> &result, const QString &field, const QString &says)
{
    REQUIRE_FALSE(result.ok());
    const Error &e = result.error();
    INFO(e.code.toStdString() << " [" << e.field.toStdString() << "] " << e.en.toStdString() << " / "
                              << e.vi.toStdString());
    CHECK(e.code == u"frame.malformed"_s);
    CHECK(e.field == field);
    CHECK(e.en.contains(says));
    CHECK(e.vi.startsWith(u"Khung dữ liệu không hợp lệ: "_s + field));
    CHECK(e.en.startsWith(u"Malformed frame: "_s + field));
    return e;
}

struct Case
{
    const char *what;
    QCborMap map;
    QString field;
    QString says;
};

void checkRefused(const std::vector<Case> &cases)
{
    for (const Case &c : cases) {
        INFO(c.what);
        refused(fromCbor(c.map), c.field, c.says);
    }
}

QCborArray copies(const QCborValue &item, qsizetype n)
{
    QCborArray array;
    for (qsizetype i = 0; i < n; ++i)
        array.append(item);
    return array;
}

} // namespace

TEST_CASE("Every message comes back equal through CBOR and through a frame, and encodes the same twice")
{
    for (const Message &message : sampleMessages()) {
        INFO("message " << message.index());
        const QCborMap map = cborOf(message);
        const auto fromMap = fromCbor(map);
        REQUIRE(fromMap);
        CHECK(*fromMap == message);
        const auto frame = encodeMessage(message);
        REQUIRE(frame);
        const auto decoded = decodeMessage(*frame);
        REQUIRE(decoded);
        CHECK(*decoded == message);
        const auto again = encodeMessage(*decoded);
        REQUIRE(again);
        CHECK(*again == *frame);
    }
}

TEST_CASE("The smallest messages come back equal: nothing to push, nothing pulled, an error without expected")
{
    SyncRequest first;
    first.app = u"0.1.0"_s;
    first.schema = 6;
    first.office = u"00004"_s;
    first.registerId = uuid(1);
    first.epoch = uuid(2);
    first.push.from = 1; // the office never wrote: no head yet
    first.pull.max = 0;
    SyncResponse empty;
    ErrorResponse busy{kProtocolVersion, u"server.busy"_s, u"Máy chủ đang bận"_s, u"The server is busy"_s, 0};
    SyncRequest nothingNew = first;
    nothingNew.push.from = 101;
    nothingNew.push.head = QByteArray(32, '\x33');
    for (const Message &message : std::vector<Message>{first, empty, busy, nothingNew}) {
        const auto frame = encodeMessage(message);
        REQUIRE(frame);
        const auto decoded = decodeMessage(*frame);
        REQUIRE(decoded);
        CHECK(*decoded == message);
    }
}

TEST_CASE("Entries carry neither seq, office nor payload, createdAt is the step from the entry before, "
          "actors are named once")
{
    const SyncRequest request = sampleSyncRequest();
    const QCborMap map = cborOf(request);
    const QCborMap push = map.value(7).toMap();
    CHECK(push.value(0).toInteger() == 41);
    // hoa.nt, then minh.lv: four entries, two actors.
    CHECK(push.value(1).toArray() == QCborArray{QCborArray{u"hoa.nt"_s, u"Nguyễn Thị Hoa"_s},
                                                QCborArray{u"minh.lv"_s, u"Lê Văn Minh"_s}});
    const QCborArray entries = push.value(2).toArray();
    REQUIRE(entries.size() == 4);
    CHECK(entries.at(0).toMap().value(1).toInteger() == request.push.entries[0].createdAtMs);
    CHECK(entries.at(1).toMap().value(1).toInteger() == 61'000);
    CHECK(entries.at(1).toMap().value(2).toInteger() == 1);
    for (const QCborValue &entry : entries) {
        for (const QCborValue &key : entry.toMap().keys())
            CHECK(key.isInteger());
    }
    // The payloads are a column beside the entries, one per entry (none for a book closed).
    const QCborArray payloads = push.value(3).toArray();
    REQUIRE(payloads.size() == 4);
    CHECK(payloads.at(0).toString().toUtf8() == request.push.entries[0].payload);
    CHECK(payloads.at(2).toString().isEmpty());
}

TEST_CASE("A payload travels byte for byte, whatever its UTF-8 holds")
{
    SyncRequest request = sampleSyncRequest();
    const QList<QByteArray> payloads = {
        R"({"a":"\u0000\n\"\\","b":1e+16,"c":-0.5,"d":[null,true,{}]})",
        QByteArray("{\"nul\":\"a\0b\"}", 13),                       // a raw NUL
        "{\"nfd\":\"Nguye\xCC\x82\xCC\x83n\"}",                     // decomposed, kept decomposed
        "{\"cjk\":\"\xF0\xA0\x80\x80\",\"fffd\":\"\xEF\xBF\xBD\"}", // outside the BMP, U+FFFD itself
        "  not json at all  ",
    };
    for (const QByteArray &payload : payloads) {
        request.push.entries[0].payload = payload;
        const auto frame = encodeMessage(request);
        REQUIRE(frame);
        const auto decoded = decodeMessage(*frame);
        REQUIRE(decoded);
        CHECK(std::get<SyncRequest>(*decoded).push.entries[0].payload == payload);
    }
}

TEST_CASE("Only protocol version 1 is read: another version is named with this program's")
{
    const QCborMap map = cborOf(sampleEnrolRequest());
    for (qint64 v : {0, 2, 99}) {
        const auto result = fromCbor(with(map, {0}, v));
        REQUIRE_FALSE(result);
        const Error &e = result.error();
        CHECK(e.code == u"protocol.version"_s);
        CHECK(e.en ==
              u"The frame uses protocol version %1; this program speaks version 1 (reads 1)"_s.arg(v));
        CHECK(e.vi.contains(u"phiên bản %1"_s.arg(v)));
    }
    refused(fromCbor(without(map, {0})), u"v"_s, u"protocol version (an integer) is missing"_s);
    refused(fromCbor(with(map, {0}, u"1"_s)), u"v"_s, u"protocol version (an integer) is missing"_s);
    EnrolRequest future = sampleEnrolRequest();
    future.v = 2;
    const auto encoded = encodeMessage(future);
    REQUIRE_FALSE(encoded);
    CHECK(encoded.error().code == u"protocol.version"_s);
}

TEST_CASE("A sync request with a member of the wrong type, size or range is refused, naming it")
{
    const QCborMap r = cborOf(sampleSyncRequest());
    const QCborValue entry = r.value(7).toMap().value(2).toArray().at(0);
    checkRefused({
        {"no message type", without(r, {1}), u"type"_s, u"required member is missing"_s},
        {"an unknown message type", with(r, {1}, 6), u"type"_s, u"the value 6 is outside 1–5"_s},
        {"an unknown member", with(r, {9}, 1), {}, u"unknown member 9"_s},
        {"a text key",
         [&] {
             QCborMap m = r;
             m.insert(u"office"_s, u"00004"_s);
             return m;
         }(),
         {},
         u"a member key is not an integer"_s},
        {"office as a number", with(r, {4}, 4), u"office"_s, u"expected a text string, got an integer"_s},
        {"a 4-digit office", with(r, {4}, u"1234"_s), u"office"_s, u"not a 5-digit commune code"_s},
        {"an office with a letter", with(r, {4}, u"0000a"_s), u"office"_s, u"not a 5-digit commune code"_s},
        {"a 6-digit office", with(r, {4}, u"000041"_s), u"office"_s, u"at most 5"_s},
        {"no office", without(r, {4}), u"office"_s, u"required member is missing"_s},
        {"an empty app version", with(r, {2}, u""_s), u"app"_s, u"may not be empty"_s},
        {"a long app version", with(r, {2}, QString(65, u'1')), u"app"_s,
         u"65 characters long, at most 64"_s},
        {"schema 0", with(r, {3}, 0), u"schema"_s, u"outside 1–1000000"_s},
        {"a 15-byte register UUID", with(r, {5}, QByteArray(15, '\x01')), u"register"_s,
         u"expected exactly 16 bytes, got 15"_s},
        {"a 17-byte epoch", with(r, {6}, QByteArray(17, '\x01')), u"epoch"_s,
         u"expected exactly 16 bytes, got 17"_s},
        {"the nil UUID", with(r, {6}, QByteArray(16, '\0')), u"epoch"_s, u"the nil UUID"_s},
        {"a UUID as text", with(r, {5}, u"0192f0c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"_s), u"register"_s,
         u"expected a byte string, got a text string"_s},
        {"no epoch", without(r, {6}), u"epoch"_s, u"required member is missing"_s},
        {"no push", without(r, {7}), u"push"_s, u"required member is missing"_s},
        {"push as an array", with(r, {7}, QCborArray{}), u"push"_s, u"expected a map, got an array"_s},
        {"push from 0", with(r, {7, 0}, 0), u"push.from"_s, u"outside 1–"_s},
        {"push from −1", with(r, {7, 0}, -1), u"push.from"_s, u"outside 1–"_s},
        {"a 31-byte head", with(r, {7, 4}, QByteArray(31, '\x01')), u"push.head"_s,
         u"expected exactly 32 bytes, got 31"_s},
        {"no head after entries", without(r, {7, 4}), u"push.head"_s, u"required member is missing"_s},
        {"2,001 entries", with(r, {7, 2}, copies(entry, 2001)), u"push.entries"_s,
         u"holds 2001 items, at most 2000"_s},
        {"an entry that is not a map", with(r, {7, 2, 1}, 5), u"push.entries[1]"_s,
         u"expected a map, got an integer"_s},
        {"an unknown operation", with(r, {7, 2, 0, 0}, 3), u"push.entries[0].operation"_s, u"outside 0–2"_s},
        {"an entry's unknown member", with(r, {7, 2, 0, 20}, 1), u"push.entries[0]"_s,
         u"unknown member 20"_s},
        {"a register entry with an amendment", with(r, {7, 2, 0, 9}, QByteArray(16, '\x02')),
         u"push.entries[0]"_s, u"member 9 is not part of register"_s},
        {"a book.close entry with a record", with(r, {7, 2, 2, 3}, QByteArray(16, '\x02')),
         u"push.entries[2]"_s, u"member 3 is not part of book.close"_s},
        {"an amend entry with a year", with(r, {7, 2, 1, 5}, 2026), u"push.entries[1]"_s,
         u"member 5 is not part of amend"_s},
        {"a 17-byte record UUID", with(r, {7, 2, 0, 3}, QByteArray(17, '\x02')), u"push.entries[0].record"_s,
         u"expected exactly 16 bytes, got 17"_s},
        {"no record UUID", without(r, {7, 2, 0, 3}), u"push.entries[0].record"_s,
         u"required member is missing"_s},
        {"an unknown kind", with(r, {7, 2, 0, 4}, 12), u"push.entries[0].kind"_s, u"outside 0–11"_s},
        {"year 10000", with(r, {7, 2, 0, 5}, 10000), u"push.entries[0].year"_s, u"outside 0–9999"_s},
        {"a negative number", with(r, {7, 2, 0, 6}, -1), u"push.entries[0].number"_s, u"outside 0–"_s},
        {"a date after 9999", with(r, {7, 2, 0, 8}, 3'000'000), u"push.entries[0].date"_s, u"outside"_s},
        {"a payload as bytes", with(r, {7, 3, 0}, QByteArray("{}")), u"push.payloads[0]"_s,
         u"expected a text string, got a byte string"_s},
        {"an empty record", with(r, {7, 3, 0}, u""_s), u"push.payloads[0]"_s,
         u"a registration needs its record"_s},
        {"a payload for a book closed", with(r, {7, 3, 2}, u"{}"_s), u"push.payloads[2]"_s,
         u"a book closed has no payload"_s},
        {"one payload too few", without(r, {7, 3, 3}), u"push.payloads"_s, u"holds 3 items, expected 4"_s},
        {"no payloads", without(r, {7, 3}), u"push.payloads"_s, u"required member is missing"_s},
        {"a payload map", with(r, {7, 3, 0}, QCborMap{{u"kind"_s, u"birth"_s}}), u"push.payloads[0]"_s,
         u"expected a text string, got a map"_s},
        {"payloads as a map", with(r, {7, 3}, QCborMap{}), u"push.payloads"_s,
         u"expected an array, got a map"_s},
        {"createdAt as text", with(r, {7, 2, 0, 1}, u"2026-11-20"_s), u"push.entries[0].createdAt"_s,
         u"expected an integer"_s},
        {"a time before 1970", with(r, {7, 2, 1, 1}, qint64(-1'800'000'000'000)),
         u"push.entries[1].createdAt"_s, u"out of range"_s},
        {"an actor beyond the table", with(r, {7, 2, 0, 2}, 2), u"push.entries[0].actor"_s, u"outside 0–1"_s},
        {"an actor that is not a pair", with(r, {7, 1, 0}, QCborArray{u"hoa.nt"_s}), u"push.actors[0]"_s,
         u"holds 1 items, expected 2"_s},
        {"an actor without login", with(r, {7, 1, 0, 0}, u""_s), u"push.actors[0].login"_s,
         u"may not be empty"_s},
        {"an amendment type with a space", with(r, {7, 2, 1, 10}, u"cải chính"_s),
         u"push.entries[1].amendmentType"_s, u"is not a code"_s},
        {"no pull", without(r, {8}), u"pull"_s, u"required member is missing"_s},
        {"pull max 5,001", with(r, {8, 1}, 5001), u"pull.max"_s, u"outside 0–5000"_s},
        {"a 257-byte cursor", with(r, {8, 0}, QByteArray(257, 'c')), u"pull.cursor"_s,
         u"is 257 bytes long, expected 0–256"_s},
        {"a boolean for max", with(r, {8, 1}, true), u"pull.max"_s, u"expected an integer, got a boolean"_s},
    });
}

TEST_CASE("A sync response, an enrolment and an error with a bad member are refused, naming it")
{
    const QCborMap s = cborOf(sampleSyncResponse());
    const QCborValue change = s.value(3).toMap().value(0).toArray().at(0);
    checkRefused({
        {"no server time", without(s, {5}), u"serverTime"_s, u"required member is missing"_s},
        {"no pushed", without(s, {2}), u"pushed"_s, u"required member is missing"_s},
        {"a negative through", with(s, {2, 0}, -1), u"pushed.through"_s, u"outside 0–"_s},
        {"a rejection at seq 0", with(s, {2, 1, 0, 0}, 0), u"pushed.rejected[0].seq"_s, u"outside 1–"_s},
        {"a rejection without English", without(s, {2, 1, 0, 3}), u"pushed.rejected[0].en"_s,
         u"required member is missing"_s},
        {"a rejection code with a space", with(s, {2, 1, 0, 1}, u"push gap"_s), u"pushed.rejected[0].code"_s,
         u"is not a code"_s},
        {"a quarantine as a number", with(s, {2, 2, 0}, 43), u"pushed.quarantined[0]"_s, u"expected a map"_s},
        {"5,001 changes", with(s, {3, 0}, copies(change, 5001)), u"pull.changes"_s,
         u"holds 5001 items, at most 5000"_s},
        {"an unknown change", with(s, {3, 0, 0, 0}, 5), u"pull.changes[0].type"_s, u"outside 1–4"_s},
        {"an assigned number missing", without(s, {3, 0, 0, 3}), u"pull.changes[0].idNumber"_s,
         u"required member is missing"_s},
        {"an assigned number of 5 digits", with(s, {3, 0, 0, 3}, u"12345"_s), u"pull.changes[0].idNumber"_s,
         u"not a 12-digit personal ID number"_s},
        {"a number with a pending result", with(s, {3, 0, 1, 3}, u"001226001234"_s),
         u"pull.changes[1].idNumber"_s, u"only when the number was assigned"_s},
        {"an unknown state", with(s, {3, 0, 1, 2}, 5), u"pull.changes[1].state"_s, u"outside 0–4"_s},
        {"a reason in one language", without(s, {3, 0, 1, 5}), u"pull.changes[1].en"_s, u"both languages"_s},
        {"a finding's 3-digit office", with(s, {3, 0, 2, 5}, u"123"_s), u"pull.changes[2].relatedOffice"_s,
         u"not a 5-digit commune code"_s},
        {"a finding with a state", with(s, {3, 0, 2, 7}, 1), u"pull.changes[2]"_s,
         u"member 7 is not part of finding"_s},
        {"a reference update without data", without(s, {3, 0, 4, 3}), u"pull.changes[4].data"_s,
         u"required member is missing"_s},
        {"a revocation without decision", without(s, {3, 0, 5, 3}), u"pull.changes[5].decision"_s,
         u"required member is missing"_s},
        {"more as 1", with(s, {3, 2}, 1), u"pull.more"_s, u"expected a boolean, got an integer"_s},
        {"a catch-up office of one digit", with(s, {4, 4}, u"4"_s), u"catchUp.office"_s,
         u"not a 5-digit commune code"_s},
        {"a catch-up without from", without(s, {4, 0}), u"catchUp.from"_s, u"required member is missing"_s},
    });

    const QCborMap e = cborOf(sampleEnrolRequest());
    const QCborMap c = cborOf(sampleEnrolResponse());
    const QCborMap x = cborOf(sampleErrorResponse());
    checkRefused({
        {"an enrolment code with I", with(e, {4}, u"7K3QZ9MXW2HI"_s), u"code"_s,
         u"12 characters of 0123456789AB"_s},
        {"an enrolment code in small letters", with(e, {4}, u"7k3qz9mxw2ht"_s), u"code"_s,
         u"12 characters of"_s},
        {"an 11-character enrolment code", with(e, {4}, u"7K3QZ9MXW2H"_s), u"code"_s, u"12 characters of"_s},
        {"an enrolment for no register", without(e, {3}), u"register"_s, u"required member is missing"_s},
        {"a 31-byte secret", with(c, {3}, QByteArray(31, 's')), u"secret"_s,
         u"expected exactly 32 bytes, got 31"_s},
        {"a credential with a dot", with(c, {2}, u"c.1"_s), u"credential"_s,
         u"letters, digits, '-' and '_' only"_s},
        {"push.gap without expected", without(x, {5}), u"expected"_s, u"required member is missing"_s},
        {"expected with another error", with(x, {2}, u"server.busy"_s), u"expected"_s, u"push.gap only"_s},
        {"an error without Vietnamese", without(x, {3}), u"vi"_s, u"required member is missing"_s},
    });
}

TEST_CASE("Invalid UTF-8 inside a message's frame is refused")
{
    // {0: 1, 1: 3, 2: "00004", 3: h'…', 4: "7K3QZ9MXW2H\xC3"}: an enrolment whose code ends mid-character.
    QByteArray cbor = QCborValue(cborOf(sampleEnrolRequest())).toCbor();
    const qsizetype at = cbor.indexOf("7K3QZ9MXW2HT");
    REQUIRE(at > 0);
    cbor[at + 11] = char(0xC3);
    const auto decoded = decodeMessage(frameOf(cbor));
    REQUIRE_FALSE(decoded);
    CHECK(decoded.error().code == u"frame.malformed"_s);
    CHECK(decoded.error().en.contains(u"invalid CBOR"_s));
}

TEST_CASE("The encoder refuses a message the wire cannot carry as it is")
{
    const auto refusedToEncode = [](const Message &m, const QString &field, const QString &says) {
        refused(encodeMessage(m), field, says);
    };
    SyncRequest r = sampleSyncRequest();
    SECTION("non-contiguous seqs")
    {
        r.push.entries[2].seq = 44;
        r.push.entries[3].seq = 45;
        refusedToEncode(r, u"push.entries[2].seq"_s, u"seq 44 where 43 is due (entries run on from 41)"_s);
    }
    SECTION("a first entry that is not from")
    {
        r.push.from = 40;
        refusedToEncode(r, u"push.entries[0].seq"_s, u"seq 41 where 40 is due"_s);
    }
    SECTION("a time before 1970")
    {
        r.push.entries[0].createdAtMs = -1;
        refusedToEncode(r, u"push.entries[0].createdAtMs"_s, u"the time -1 ms is out of range"_s);
    }
    SECTION("an entry of another office")
    {
        r.push.entries[1].office = u"00007"_s;
        refusedToEncode(r, u"push.entries[1].office"_s, u"belongs to office 00007, not 00004"_s);
    }
    SECTION("a book.close entry naming a record")
    {
        r.push.entries[2].recordId = uuid(99);
        refusedToEncode(r, u"push.entries[2].recordId"_s, u"book.close entries do not carry this member"_s);
    }
    SECTION("an amend entry with a kind")
    {
        r.push.entries[1].kind = EventKind::Death;
        refusedToEncode(r, u"push.entries[1].kind"_s, u"amend entries do not carry this member"_s);
    }
    SECTION("a payload that is not UTF-8")
    {
        r.push.entries[0].payload = "{\"a\":\"\xC3\x28\"}";
        refusedToEncode(r, u"push.entries[0].payload"_s, u"is not valid UTF-8"_s);
    }
    SECTION("an officer's name with a lone surrogate")
    {
        r.push.entries[0].actorName = u"Hoa"_s + QChar(0xD800);
        refusedToEncode(r, u"push.actors[0].name"_s, u"holds invalid Unicode"_s);
    }
    SECTION("2,001 entries")
    {
        r.push.from = 1;
        r.push.entries.clear();
        for (qint64 seq = 1; seq <= 2001; ++seq)
            r.push.entries.push_back(registerEntry(seq));
        refusedToEncode(r, u"push.entries"_s, u"holds 2001 items, at most 2000"_s);
    }
    SECTION("a head of 31 bytes")
    {
        r.push.head.chop(1);
        refusedToEncode(r, u"push.head"_s, u"expected exactly 32 bytes, got 31"_s);
    }
    SECTION("a head before anything was written")
    {
        r.push.from = 1;
        r.push.entries.clear();
        refusedToEncode(r, u"push.head"_s, u"there is no head before the office's first entry"_s);
    }
    SECTION("a catch-up entry of another office")
    {
        SyncResponse s = sampleSyncResponse();
        s.catchUp->entries[0].office = u"00007"_s;
        refusedToEncode(s, u"catchUp.entries[0].office"_s, u"belongs to office 00007, not 00004"_s);
    }
}
