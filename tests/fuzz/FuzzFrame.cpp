// libFuzzer target: the sync frame decoder (docs/sync-protocol.md, "Frame encoding"). The bytes are
// read twice: as a frame, as the server reads a request body, and as the CBOR inside a frame (zstd's
// checksum would turn away nearly every mutation before the CBOR and message readers saw it). Any
// input may be refused, never crash or exhaust memory, and:
//  - a refusal is frame.malformed, frame.tooLarge or protocol.version, with both messages;
//  - a CBOR map that is read comes back equal when written out and read again;
//  - a message that is read is accepted by the encoder, and its frame decodes to an equal message.
#include "Property.h"
#include "sync/protocol/Frame.h"
#include "sync/protocol/Messages.h"

#include <QCborValue>

using namespace hotich;
using namespace hotich::fuzz;
using namespace hotich::sync;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Error &e)
{
    return e.code + u" [" + e.field + u"] " + e.en;
}

void checkRefusal(const Error &e)
{
    if (e.code != u"frame.malformed"_s && e.code != u"frame.tooLarge"_s && e.code != u"protocol.version"_s)
        fail("a refused frame is frame.malformed, frame.tooLarge or protocol.version", describe(e));
    if (e.vi.isEmpty() || e.en.isEmpty() || e.vi == e.en)
        fail("a refusal says why in Vietnamese and in English", describe(e));
}

void checkMessage(const Message &message)
{
    const auto frame = encodeMessage(message);
    if (!frame)
        fail("a message that was read is accepted by the encoder", describe(frame.error()));
    const auto again = decodeMessage(*frame);
    if (!again)
        fail("the frame of a message that was read decodes", describe(again.error()));
    if (!(*again == message))
        fail("a message that was read comes back equal through its frame");
}

void checkMap(const QCborMap &map)
{
    const auto again = parseFrameCbor(QCborValue(map).toCbor());
    if (!again)
        fail("a CBOR map that was read is read again once written", describe(again.error()));
    if (!(*again == map))
        fail("a CBOR map that was read comes back equal once written",
             QCborValue(map).toDiagnosticNotation() + u"\n" + QCborValue(*again).toDiagnosticNotation());
    const auto message = fromCbor(map);
    if (!message) {
        checkRefusal(message.error());
        return;
    }
    checkMessage(*message);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto framed = decodeMessage(bytes);
    if (framed)
        checkMessage(*framed);
    else
        checkRefusal(framed.error());

    const auto map = parseFrameCbor(bytes);
    if (map)
        checkMap(*map);
    else
        checkRefusal(map.error());
    return 0;
}
