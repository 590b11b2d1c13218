// Frames (docs/sync-protocol.md, "Transport" and "Frame encoding"): a zstd frame of one CBOR map.
// Every damaged, hostile or oversized frame is refused with frame.malformed or frame.tooLarge and
// a message in both languages; nothing crashes and nothing large is allocated.
#include "FrameBytes.h"

#include "support/CatchQt.h"
#include "sync/protocol/Frame.h"

#include <QCborArray>
#include <QCborStreamWriter>

#include <zstd.h>

#include <functional>

using namespace hotich;
using namespace hotich::sync;
using namespace Qt::StringLiterals;

namespace {

QCborMap sampleMap()
{
    return QCborMap{{0, 1},
                    {1, 2},
                    {2, u"Nguyễn Văn An"_s},
                    {3, QByteArray(16, '\x07')},
                    {4, QCborArray{1, -2, true, false, nullptr, 1.5}},
                    {5, QCborMap{{u"kind"_s, u"birth"_s}}}};
}

QByteArray validFrame()
{
    const auto frame = encodeFrame(sampleMap());
    REQUIRE(frame);
    return *frame;
}

/// The error of a refused input, checked to be one of this layer's, with both messages.
template <class T>
Error refused(const Result<T> &result)
{
    REQUIRE_FALSE(result.ok());
    const Error &e = result.error();
    INFO(e.code.toStdString() << ": " << e.en.toStdString());
    CHECK((e.code == u"frame.malformed"_s || e.code == u"frame.tooLarge"_s));
    CHECK(e.vi.startsWith(u"Khung dữ liệu"_s));
    CHECK(e.en.startsWith(u"Malformed frame: "_s) != (e.code == u"frame.tooLarge"_s));
    return e;
}

/// zstd by pieces, so the frame does not declare its size, with the checksum the decoder requires.
QByteArray streamedFrame(const QByteArray &content, int windowLog = 0)
{
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, 0);
    if (windowLog)
        ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, windowLog);
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(content.size()))) + 1024, Qt::Uninitialized);
    ZSTD_outBuffer o{out.data(), size_t(out.size()), 0};
    ZSTD_inBuffer in{content.constData(), size_t(content.size()), 0};
    // Unknown size only when the input is not given in one call with ZSTD_e_end.
    ZSTD_compressStream2(cctx, &o, &in, ZSTD_e_continue);
    while (ZSTD_compressStream2(cctx, &o, &in, ZSTD_e_end) != 0) {
    }
    ZSTD_freeCCtx(cctx);
    out.truncate(qsizetype(o.pos));
    return out;
}

/// The frame header's descriptor says the frame declares its content size.
bool declaresSize(const QByteArray &frame)
{
    return ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size())) != ZSTD_CONTENTSIZE_UNKNOWN;
}

QByteArray cborWith(const std::function<void(QCborStreamWriter &)> &write)
{
    QByteArray bytes;
    QCborStreamWriter w(&bytes);
    write(w);
    return bytes;
}

} // namespace

TEST_CASE("A CBOR map survives a frame: zstd with its content size and checksum")
{
    const QByteArray frame = validFrame();
    CHECK(declaresSize(frame));
    CHECK((quint8(frame[4]) & 0x04) != 0); // the descriptor's checksum flag
    const auto map = decodeFrame(frame);
    REQUIRE(map);
    CHECK(*map == sampleMap());
}

TEST_CASE("Large frames are compressed at the faster level and decode the same")
{
    CHECK(frameCompressionLevel(100) == kFrameCompressionLevel);
    CHECK(frameCompressionLevel(kLargeFrameContent) == kFrameCompressionLevel);
    CHECK(frameCompressionLevel(kLargeFrameContent + 1) == kLargeFrameCompressionLevel);
    QCborArray names;
    for (int i = 0; i < 10000; ++i)
        names.append(u"Nguyễn Văn An %1"_s.arg(i));
    const QCborMap big{{0, 1}, {1, names}};
    REQUIRE(QCborValue(big).toCbor().size() > kLargeFrameContent);
    const auto frame = encodeFrame(big);
    REQUIRE(frame);
    CHECK(declaresSize(*frame));
    const auto map = decodeFrame(*frame);
    REQUIRE(map);
    CHECK(*map == big);
}

TEST_CASE("A frame truncated at any byte is refused")
{
    const QByteArray frame = validFrame();
    for (qsizetype n = 0; n < frame.size(); ++n) {
        INFO("the first " << n << " of " << frame.size() << " bytes");
        const Error e = refused(decodeFrame(frame.first(n)));
        CHECK(e.code == u"frame.malformed"_s);
    }
}

TEST_CASE("A frame with any byte damaged is refused, or decodes to the very same content")
{
    // The checksum covers the content, not the compressed bits: a few bits of zstd's encoding do not
    // change what it decodes to (e.g. in a sequence section's header), and then the content is intact.
    const QByteArray frame = validFrame();
    int harmless = 0;
    for (qsizetype i = 0; i < frame.size(); ++i) {
        for (char mask : {'\x01', '\x80', '\xFF'}) {
            QByteArray damaged = frame;
            damaged[i] = char(damaged[i] ^ mask);
            INFO("byte " << i << " of " << frame.size() << " xor " << int(quint8(mask)));
            const auto decoded = decodeFrame(damaged);
            if (decoded) {
                CHECK(*decoded == sampleMap());
                ++harmless;
                continue;
            }
            CHECK(refused(decoded).code == u"frame.malformed"_s);
        }
    }
    CHECK(harmless <= 3);
}

TEST_CASE("Bytes after the frame, a second frame, a skippable frame, no checksum: refused")
{
    const QByteArray frame = validFrame();
    CHECK(refused(decodeFrame(QByteArray(frame + '\0'))).en.contains(u"bytes follow the zstd frame"_s));
    CHECK(refused(decodeFrame(QByteArray(frame + frame))).en.contains(u"bytes follow the zstd frame"_s));

    QByteArray skippable = QByteArray::fromHex("502a4d1804000000") + "abcd";
    CHECK(refused(decodeFrame(skippable)).en.contains(u"skippable"_s));

    const QByteArray cbor = QCborValue(sampleMap()).toCbor();
    QByteArray plain(qsizetype(ZSTD_compressBound(size_t(cbor.size()))), Qt::Uninitialized);
    plain.truncate(qsizetype(
        ZSTD_compress(plain.data(), size_t(plain.size()), cbor.constData(), size_t(cbor.size()), 3)));
    CHECK(refused(decodeFrame(plain)).en.contains(u"no checksum"_s));

    CHECK(refused(decodeFrame(QByteArray())).code == u"frame.malformed"_s);
    CHECK(refused(decodeFrame(cbor)).en.contains(u"not a zstd frame"_s));
    CHECK(refused(decodeFrame(QByteArray("GET / HTTP/1.1\r\n\r\n"))).en.contains(u"not a zstd frame"_s));
}

TEST_CASE("A frame of more than 4 MiB is refused before anything is read")
{
    QByteArray big(4 * 1024 * 1024 + 1, 'x');
    const Error e = refused(decodeFrame(big));
    CHECK(e.code == u"frame.tooLarge"_s);
    CHECK(e.en.contains(u"at most 4 MiB"_s));
}

TEST_CASE("A zstd bomb that declares more than 32 MiB is refused before decompressing")
{
    const QByteArray zeros(33 * 1024 * 1024, '\0');
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(zeros.size()))), Qt::Uninitialized);
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    frame.truncate(qsizetype(
        ZSTD_compress2(cctx, frame.data(), size_t(frame.size()), zeros.constData(), size_t(zeros.size()))));
    ZSTD_freeCCtx(cctx);
    REQUIRE(frame.size() < 4096);
    REQUIRE(declaresSize(frame));

    const Error e = refused(decodeFrame(frame));
    CHECK(e.code == u"frame.tooLarge"_s);
    CHECK(e.en.contains(u"declares 34603008 bytes"_s));
    // Its header alone, without a single block: the size is what refuses it, not its content.
    CHECK(refused(decodeFrame(frame.first(12))).code == u"frame.tooLarge"_s);
}

TEST_CASE("A zstd bomb that does not declare its size stops at 32 MiB")
{
    const QByteArray frame = streamedFrame(QByteArray(40 * 1024 * 1024, '\0'));
    REQUIRE(frame.size() < 8192);
    REQUIRE_FALSE(declaresSize(frame));
    const Error e = refused(decodeFrame(frame));
    CHECK(e.code == u"frame.tooLarge"_s);
    CHECK(e.en.contains(u"decompresses to more than 32 MiB"_s));
}

TEST_CASE("The content limit holds to the byte, declared or not")
{
    FrameLimits limits;
    limits.maxDecompressed = 1000;
    const QByteArray exact(1000, 'a');
    const QByteArray over(1001, 'a');
    REQUIRE(decompressFrame(test::frameOf(exact), limits));
    CHECK(*decompressFrame(test::frameOf(exact), limits) == exact);
    CHECK(refused(decompressFrame(test::frameOf(over), limits)).code == u"frame.tooLarge"_s);
    REQUIRE(decompressFrame(streamedFrame(exact, 10), limits));
    CHECK(*decompressFrame(streamedFrame(exact, 10), limits) == exact);
    CHECK(refused(decompressFrame(streamedFrame(over, 10), limits)).code == u"frame.tooLarge"_s);
}

TEST_CASE("A frame whose window exceeds the content limit is refused (its buffer is not made)")
{
    const QByteArray frame = streamedFrame(QByteArray(1000, 'a'), 27); // a 128 MiB window
    REQUIRE_FALSE(declaresSize(frame));
    const Error e = refused(decodeFrame(frame));
    CHECK(e.code == u"frame.tooLarge"_s);
    CHECK(e.en.contains(u"window"_s));
}

TEST_CASE("The encoder refuses what the decoder would refuse for its size")
{
    FrameLimits limits;
    limits.maxDecompressed = 100;
    const auto tooBig = encodeFrame(QCborMap{{0, QByteArray(200, 'x')}}, kFrameCompressionLevel, limits);
    CHECK(refused(tooBig).code == u"frame.tooLarge"_s);
    limits = {};
    limits.maxCompressed = 100;
    QByteArray noise(4096, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + (i >> 3) * 104729) % 251);
    CHECK(refused(encodeFrame(QCborMap{{0, noise}}, kFrameCompressionLevel, limits)).code ==
          u"frame.tooLarge"_s);
}

TEST_CASE("Nesting: 16 levels are read, 17 are refused, a million do not overflow the stack")
{
    const auto nested = [](int arrays) {
        // {0: [[[…0…]]]}: the map is level 1, each array one more.
        return QByteArray(QByteArray("\xA1\x00", 2) + QByteArray(arrays, '\x81') + QByteArray(1, '\0'));
    };
    CHECK(decodeFrame(test::frameOf(nested(15))));
    const Error e = refused(decodeFrame(test::frameOf(nested(16))));
    CHECK(e.en.contains(u"nested deeper than 16 levels"_s));
    CHECK(refused(decodeFrame(test::frameOf(nested(1'000'000)))).en.contains(u"nested deeper"_s));
}

TEST_CASE("More CBOR items than the limit are refused before the tree grows")
{
    // {0: [0, 0, …]} with a million and one zeros: one byte each on the wire.
    QByteArray cbor = QByteArray::fromHex("a1009a000f4241") + QByteArray(1'000'001, '\0');
    const Error e = refused(decodeFrame(test::frameOf(cbor)));
    CHECK(e.en.contains(u"more than 1000000 CBOR items"_s));
}

TEST_CASE("A map of more than 64 members is refused, with its length announced or not")
{
    QCborMap wide;
    for (int i = 0; i < 64; ++i)
        wide.insert(i, i);
    CHECK(decodeFrame(test::frameOf(QCborValue(wide).toCbor())));
    wide.insert(64, 64);
    CHECK(refused(decodeFrame(test::frameOf(QCborValue(wide).toCbor())))
              .en.contains(u"a map with more than 64 members"_s));
    const QByteArray indefinite = cborWith([](QCborStreamWriter &w) {
        w.startMap();
        for (int i = 0; i < 65; ++i) {
            w.append(i);
            w.append(i);
        }
        w.endMap();
    });
    CHECK(refused(decodeFrame(test::frameOf(indefinite))).en.contains(u"a map with more than 64 members"_s));
}

TEST_CASE("CBOR the protocol never writes is refused, naming what it is")
{
    struct Case
    {
        const char *what;
        QByteArray cbor;
        QString says;
    };
    const std::vector<Case> cases = {
        {"a top level that is an array", QByteArray::fromHex("820102"), u"top level is not a CBOR map"_s},
        {"a top level that is text", QByteArray::fromHex("6161"), u"top level is not a CBOR map"_s},
        {"no CBOR at all", QByteArray(), u"holds no CBOR"_s},
        {"bytes after the map", QByteArray::fromHex("a1000100"), u"bytes follow the CBOR map"_s},
        {"a truncated map", QByteArray::fromHex("a20001"), u"invalid CBOR"_s},
        {"a tag", QByteArray::fromHex("a100c11a5bc3f3d0"), u"CBOR tag"_s},
        {"undefined", QByteArray::fromHex("a100f7"), u"simple value"_s},
        {"a simple value", QByteArray::fromHex("a100f820"), u"simple value"_s},
        {"a half float", QByteArray::fromHex("a100f93c00"), u"16- or 32-bit float"_s},
        {"a single float", QByteArray::fromHex("a100fa3fc00000"), u"16- or 32-bit float"_s},
        {"NaN", QByteArray::fromHex("a100fb7ff8000000000000"), u"non-finite"_s},
        {"infinity", QByteArray::fromHex("a100fb7ff0000000000000"), u"non-finite"_s},
        {"2^64 − 1", QByteArray::fromHex("a1001bffffffffffffffff"), u"beyond 64-bit signed"_s},
        {"−2^64", QByteArray::fromHex("a1003bffffffffffffffff"), u"beyond 64-bit signed"_s},
        {"−2^63 − 1", QByteArray::fromHex("a1003b8000000000000000"), u"beyond 64-bit signed"_s},
        {"invalid UTF-8", QByteArray::fromHex("a10062c328"), u"invalid CBOR"_s},
        {"an encoded surrogate", QByteArray::fromHex("a10063eda080"), u"invalid CBOR"_s},
        {"overlong UTF-8", QByteArray::fromHex("a10062c0af"), u"invalid CBOR"_s},
        {"a repeated key", QByteArray::fromHex("a2000100 02"), u"key repeated"_s},
        {"a byte-string key", QByteArray::fromHex("a1416100"), u"neither an integer nor a text string"_s},
        {"an array key", QByteArray::fromHex("a1800000"), u"neither an integer nor a text string"_s},
        {"a string longer than the frame", QByteArray::fromHex("a1005b4000000000000000") + "abc",
         u"invalid CBOR"_s},
        {"a map longer than the frame", QByteArray::fromHex("a1 00 bb4000000000000000"),
         u"more than 64 members"_s},
        {"an array longer than the frame", QByteArray::fromHex("a1 00 9b4000000000000000"),
         u"invalid CBOR"_s},
        {"a break outside a container", QByteArray::fromHex("a100ff"), u"invalid CBOR"_s},
        {"a reserved additional info", QByteArray::fromHex("a1001c"), u"invalid CBOR"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Error e = refused(decodeFrame(test::frameOf(c.cbor)));
        INFO(e.en.toStdString());
        CHECK(e.code == u"frame.malformed"_s);
        CHECK(e.en.contains(c.says));
    }
}

TEST_CASE("Integers at the ends of 64 bits, chunked strings and indefinite containers are read")
{
    const QByteArray cbor = cborWith([](QCborStreamWriter &w) {
        w.startMap(5);
        w.append(0);
        w.append(std::numeric_limits<qint64>::max());
        w.append(1);
        w.append(std::numeric_limits<qint64>::min());
        w.append(2);
        w.startArray(); // indefinite length
        w.append(u"Trần"_s);
        w.endArray();
        w.append(3);
        w.appendTextString("\xE1\xBB\x87", 3); // ệ
        w.append(u"k"_s);
        w.appendByteString("\x00\x01", 2);
        w.endMap();
    });
    // A chunked text string, as a streaming writer may send it: "Ng" "uyễn".
    const QByteArray chunked = QByteArray::fromHex("a1007f624e67667579e1bb856eff");
    const auto map = decodeFrame(test::frameOf(cbor));
    REQUIRE(map);
    CHECK(map->value(0).toInteger() == std::numeric_limits<qint64>::max());
    CHECK(map->value(1).toInteger() == std::numeric_limits<qint64>::min());
    CHECK(map->value(2).toArray().at(0).toString() == u"Trần"_s);
    CHECK(map->value(3).toString() == u"ệ"_s);
    CHECK(map->value(u"k"_s).toByteArray() == QByteArray("\x00\x01", 2));
    const auto chunks = decodeFrame(test::frameOf(chunked));
    REQUIRE(chunks);
    CHECK(chunks->value(0).toString() == u"Nguyễn"_s);
}
