#include "Messages.h"

#include "Frame.h"
#include "WireV1.h"

#include <array>

using namespace Qt::StringLiterals;

namespace hotich::sync {

namespace {

// Versions. Each version the program reads has its codec; when version 2 comes, version 1's stays
// beside it (reading old peers' frames, answering them in their version).
/// Key 0 of the top-level map is `v` in every version: a frame says how to read it.
constexpr qint64 kVersionKey = 0;

struct Codec
{
    int version;
    void (*checkWritable)(Problems &, const Message &);
    QCborMap (*write)(const Message &);
    Result<Message> (*read)(const QCborMap &);
};

constexpr std::array kCodecs{Codec{1, v1::checkWritable, v1::write, v1::read}};

const Codec *codecFor(qint64 version)
{
    for (const Codec &c : kCodecs) {
        if (c.version == version)
            return &c;
    }
    return nullptr;
}

Error unknownVersion(qint64 version)
{
    const QString versions = kOldestProtocolVersion == kProtocolVersion
                                 ? QString::number(kProtocolVersion)
                                 : u"%1–%2"_s.arg(kOldestProtocolVersion).arg(kProtocolVersion);
    return Error::invalid(
        u"protocol.version"_s, u"v"_s,
        u"Khung dùng giao thức phiên bản %1; chương trình này dùng phiên bản %2 (đọc được %3)"_s.arg(version)
            .arg(kProtocolVersion)
            .arg(versions),
        u"The frame uses protocol version %1; this program speaks version %2 (reads %3)"_s.arg(version)
            .arg(kProtocolVersion)
            .arg(versions));
}

int versionOf(const Message &message)
{
    return std::visit([](const auto &m) { return m.v; }, message);
}

} // namespace

Result<QCborMap> toCbor(const Message &message)
{
    const Codec *codec = codecFor(versionOf(message));
    if (!codec)
        return unknownVersion(versionOf(message));
    Problems problems;
    codec->checkWritable(problems, message);
    if (!problems.ok())
        return problems.error();
    const QCborMap map = codec->write(message);
    // The decoder's checks are the encoder's: what it would refuse is not sent.
    const auto back = codec->read(map);
    if (!back)
        return back.error();
    if (*back != message)
        return frameMalformed({}, u"thông điệp không giữ nguyên được khi mã hóa"_s,
                              u"the message does not survive its encoding"_s);
    return map;
}

Result<Message> fromCbor(const QCborMap &map)
{
    const QCborValue v = map.value(kVersionKey);
    if (!v.isInteger())
        return frameMalformed(u"v"_s, u"v: thiếu phiên bản giao thức (số nguyên)"_s,
                              u"v: the protocol version (an integer) is missing"_s);
    const Codec *codec = codecFor(v.toInteger());
    if (!codec)
        return unknownVersion(v.toInteger());
    return codec->read(map);
}

Result<QByteArray> encodeMessage(const Message &message)
{
    auto map = toCbor(message);
    if (!map)
        return map.error();
    return encodeFrame(*map);
}

Result<Message> decodeMessage(QByteArrayView frame)
{
    auto map = decodeFrame(frame);
    if (!map)
        return map.error();
    return fromCbor(*map);
}

} // namespace hotich::sync
