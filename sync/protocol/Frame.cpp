#include "Frame.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborValue>

#include <zstd.h>
#include <zstd_errors.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace hotich::sync {

Error frameMalformed(const QString &field, const QString &vi, const QString &en)
{
    return Error::invalid(u"frame.malformed"_s, field, u"Khung dữ liệu không hợp lệ: "_s + vi,
                          u"Malformed frame: "_s + en);
}

Error frameTooLarge(const QString &vi, const QString &en)
{
    return Error::invalid(u"frame.tooLarge"_s, {}, u"Khung dữ liệu quá lớn: "_s + vi,
                          u"Frame too large: "_s + en);
}

namespace {

QString mib(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 4) + u" MiB"_s;
}

Error zstdError(size_t code)
{
    const QString reason = QString::fromUtf8(ZSTD_getErrorName(code));
    return frameMalformed({}, u"không giải nén được (zstd: "_s + reason + u')',
                          u"cannot be decompressed (zstd: "_s + reason + u')');
}

struct CCtxFree
{
    void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
};
struct DCtxFree
{
    void operator()(ZSTD_DCtx *d) const { ZSTD_freeDCtx(d); }
};

/// The smallest window log that covers `bytes`: a frame never needs a window beyond its content,
/// so the decoder refuses larger windows (their buffer is memory a hostile frame could claim).
int windowLogFor(qsizetype bytes)
{
    int log = 10; // ZSTD_WINDOWLOG_MIN, which zstd.h keeps to its experimental part
    while (log < 31 && (qsizetype(1) << log) < bytes)
        ++log;
    return log;
}

/// Decompression of a frame that does not declare its size: by pieces, stopping at the limit.
Result<QByteArray> streamDecompress(ZSTD_DCtx *dctx, QByteArrayView frame, const FrameLimits &limits)
{
    QByteArray out;
    ZSTD_inBuffer in{frame.data(), size_t(frame.size()), 0};
    // One byte beyond the limit tells "exactly at the limit" from "more than the limit".
    const qsizetype cap = limits.maxDecompressed + 1;
    qsizetype produced = 0;
    for (;;) {
        if (produced == out.size()) {
            if (out.size() >= cap)
                return frameTooLarge(u"nội dung giải nén vượt quá "_s + mib(limits.maxDecompressed),
                                     u"the content decompresses to more than "_s +
                                         mib(limits.maxDecompressed));
            out.resize(std::min(cap, std::max<qsizetype>(qsizetype(ZSTD_DStreamOutSize()), out.size() * 2)));
        }
        ZSTD_outBuffer o{out.data() + produced, size_t(out.size() - produced), 0};
        const size_t before = in.pos;
        const size_t pending = ZSTD_decompressStream(dctx, &o, &in);
        if (ZSTD_isError(pending)) {
            if (ZSTD_getErrorCode(pending) == ZSTD_error_frameParameter_windowTooLarge)
                return frameTooLarge(u"cửa sổ nén lớn hơn giới hạn nội dung"_s,
                                     u"its compression window exceeds the content limit"_s);
            return zstdError(pending);
        }
        produced += qsizetype(o.pos);
        if (pending == 0)
            break; // the frame is complete
        // Room to write, yet nothing taken and nothing made: the frame ends before its last block.
        if (o.pos == 0 && in.pos == before)
            return frameMalformed({}, u"khung zstd bị cắt cụt"_s, u"the zstd frame is truncated"_s);
    }
    if (in.pos != in.size)
        return frameMalformed({}, u"còn dữ liệu thừa sau khung zstd"_s, u"bytes follow the zstd frame"_s);
    if (produced > limits.maxDecompressed)
        return frameTooLarge(u"nội dung giải nén vượt quá "_s + mib(limits.maxDecompressed),
                             u"the content decompresses to more than "_s + mib(limits.maxDecompressed));
    out.truncate(produced);
    return out;
}

/// Builds the value tree from CBOR, refusing what hotich never writes. Recursion is bounded by the
/// depth limit, memory by the item limit (the strings are bounded by the input itself).
class TreeReader
{
public:
    TreeReader(QByteArrayView cbor, const FrameLimits &limits)
        : m_bytes(QByteArray::fromRawData(cbor.data(), cbor.size())), m_reader(m_bytes), m_limits(limits)
    {}

    Result<QCborMap> read()
    {
        if (m_bytes.isEmpty())
            return frameMalformed({}, u"không có nội dung CBOR"_s, u"it holds no CBOR"_s);
        if (m_reader.type() != QCborStreamReader::Map)
            return m_reader.lastError() != QCborError::NoError
                       ? cborError()
                       : frameMalformed({}, u"cấp ngoài cùng không phải là bảng (map) CBOR"_s,
                                        u"the top level is not a CBOR map"_s);
        QCborValue top = value(1);
        if (m_error)
            return *m_error;
        if (m_reader.currentOffset() != m_bytes.size())
            return frameMalformed({}, u"còn dữ liệu thừa sau bảng CBOR"_s, u"bytes follow the CBOR map"_s);
        return top.toMap();
    }

private:
    Error cborError()
    {
        const QString reason = m_reader.lastError().toString();
        return frameMalformed(
            {}, u"CBOR không hợp lệ tại byte %1 (%2)"_s.arg(m_reader.currentOffset()).arg(reason),
            u"invalid CBOR at byte %1 (%2)"_s.arg(m_reader.currentOffset()).arg(reason));
    }

    QCborValue fail(const QString &vi, const QString &en)
    {
        if (!m_error) {
            const QString at = QString::number(m_reader.currentOffset());
            m_error = frameMalformed({}, vi + u" (byte "_s + at + u')', en + u" (byte "_s + at + u')');
        }
        return {};
    }

    QCborValue failCbor()
    {
        if (!m_error)
            m_error = cborError();
        return {};
    }

    QCborValue value(int depth)
    {
        if (++m_items > m_limits.maxItems)
            return fail(u"quá %1 phần tử CBOR"_s.arg(m_limits.maxItems),
                        u"more than %1 CBOR items"_s.arg(m_limits.maxItems));
        switch (m_reader.type()) {
        case QCborStreamReader::UnsignedInteger: {
            const quint64 n = m_reader.toUnsignedInteger();
            if (n > quint64(std::numeric_limits<qint64>::max()))
                return fail(u"số nguyên vượt quá 64 bit có dấu"_s, u"an integer beyond 64-bit signed"_s);
            return next(QCborValue(qint64(n)));
        }
        case QCborStreamReader::NegativeInteger: {
            // CBOR's -1 - n; Qt gives n + 1, which wraps to 0 for -2^64.
            const quint64 magnitude = quint64(m_reader.toNegativeInteger());
            if (magnitude == 0 || magnitude > quint64(1) << 63)
                return fail(u"số nguyên vượt quá 64 bit có dấu"_s, u"an integer beyond 64-bit signed"_s);
            return next(QCborValue(qint64(0 - magnitude)));
        }
        case QCborStreamReader::ByteArray:
            return bytes();
        case QCborStreamReader::String:
            return text();
        case QCborStreamReader::Array:
        case QCborStreamReader::Map:
            return container(depth);
        case QCborStreamReader::SimpleType:
            switch (m_reader.toSimpleType()) {
            case QCborSimpleType::False:
                return next(QCborValue(false));
            case QCborSimpleType::True:
                return next(QCborValue(true));
            case QCborSimpleType::Null:
                return next(QCborValue(nullptr));
            default:
                return fail(u"giá trị đơn CBOR không dùng trong giao thức"_s,
                            u"a CBOR simple value the protocol does not use"_s);
            }
        case QCborStreamReader::Double: {
            const double d = m_reader.toDouble();
            if (!std::isfinite(d))
                return fail(u"số thực không hữu hạn"_s, u"a non-finite number"_s);
            return next(QCborValue(d));
        }
        case QCborStreamReader::Float16:
        case QCborStreamReader::Float:
            return fail(u"số thực 16 hoặc 32 bit (giao thức chỉ dùng 64 bit)"_s,
                        u"a 16- or 32-bit float (the protocol writes 64-bit ones only)"_s);
        case QCborStreamReader::Tag:
            return fail(u"thẻ (tag) CBOR không dùng trong giao thức"_s,
                        u"a CBOR tag the protocol does not use"_s);
        case QCborStreamReader::Invalid:
            return failCbor();
        }
        return fail(u"kiểu CBOR không xác định"_s, u"an unknown CBOR type"_s);
    }

    QCborValue tooManyMembers()
    {
        return fail(u"bảng có quá %1 trường"_s.arg(m_limits.maxMapMembers),
                    u"a map with more than %1 members"_s.arg(m_limits.maxMapMembers));
    }

    QCborValue next(QCborValue v)
    {
        if (!m_reader.next())
            return failCbor();
        return v;
    }

    QCborValue bytes()
    {
        QByteArray out;
        auto chunk = m_reader.readByteArray();
        while (chunk.status == QCborStreamReader::Ok) {
            out += chunk.data;
            chunk = m_reader.readByteArray();
        }
        if (chunk.status == QCborStreamReader::Error)
            return failCbor();
        return QCborValue(out);
    }

    QCborValue text()
    {
        QString out;
        auto chunk = m_reader.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            out += chunk.data;
            chunk = m_reader.readString();
        }
        // Qt's reader refuses invalid UTF-8 here (QCborError::InvalidUtf8String).
        if (chunk.status == QCborStreamReader::Error)
            return failCbor();
        return QCborValue(out);
    }

    QCborValue container(int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(u"lồng nhau quá %1 cấp"_s.arg(m_limits.maxDepth),
                        u"nested deeper than %1 levels"_s.arg(m_limits.maxDepth));
        const bool isMap = m_reader.isMap();
        if (isMap && m_reader.isLengthKnown() && m_reader.length() > quint64(m_limits.maxMapMembers))
            return tooManyMembers();
        if (!m_reader.enterContainer())
            return failCbor();
        QCborArray array;
        QCborMap map;
        while (!m_error && m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
            if (!isMap) {
                array.append(value(depth + 1));
                continue;
            }
            if (!m_reader.isInteger() && !m_reader.isString())
                return fail(u"khóa của bảng không phải số nguyên hay chuỗi văn bản"_s,
                            u"a map key that is neither an integer nor a text string"_s);
            const QCborValue key = value(depth + 1);
            if (m_error)
                break;
            if (map.size() == m_limits.maxMapMembers)
                return tooManyMembers(); // an indefinite-length map, which announced no length
            if (map.contains(key))
                return fail(u"khóa bị lặp trong bảng"_s, u"a key repeated in a map"_s);
            map.insert(key, value(depth + 1));
        }
        if (m_error)
            return {};
        if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
            return failCbor();
        return isMap ? QCborValue(map) : QCborValue(array);
    }

    QByteArray m_bytes;
    QCborStreamReader m_reader;
    const FrameLimits &m_limits;
    qsizetype m_items = 0;
    std::optional<Error> m_error;
};

} // namespace

int frameCompressionLevel(qsizetype cborBytes)
{
    return cborBytes > kLargeFrameContent ? kLargeFrameCompressionLevel : kFrameCompressionLevel;
}

Result<QByteArray> encodeFrame(const QCborMap &message, int level, const FrameLimits &limits)
{
    const QByteArray cbor = QCborValue(message).toCbor();
    if (cbor.size() > limits.maxDecompressed)
        return frameTooLarge(
            u"nội dung %1, tối đa %2"_s.arg(mib(cbor.size()), mib(limits.maxDecompressed)),
            u"its content is %1, at most %2"_s.arg(mib(cbor.size()), mib(limits.maxDecompressed)));
    std::unique_ptr<ZSTD_CCtx, CCtxFree> cctx(ZSTD_createCCtx());
    // The checksum (4 bytes) makes a damaged frame fail to decode rather than decode to other data.
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel,
                           level ? level : frameCompressionLevel(cbor.size()));
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_contentSizeFlag, 1);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_windowLog, windowLogFor(cbor.size()));
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(cbor.size()))), Qt::Uninitialized);
    const size_t n =
        ZSTD_compress2(cctx.get(), frame.data(), size_t(frame.size()), cbor.constData(), size_t(cbor.size()));
    if (ZSTD_isError(n)) {
        const QString reason = QString::fromUtf8(ZSTD_getErrorName(n));
        return Error::make(ErrorKind::Storage, u"frame.compress"_s,
                           u"Không nén được khung dữ liệu: "_s + reason,
                           u"Cannot compress the frame: "_s + reason);
    }
    frame.truncate(qsizetype(n));
    if (frame.size() > limits.maxCompressed)
        return frameTooLarge(
            u"khung nén %1, tối đa %2"_s.arg(mib(frame.size()), mib(limits.maxCompressed)),
            u"it compresses to %1, at most %2"_s.arg(mib(frame.size()), mib(limits.maxCompressed)));
    return frame;
}

Result<QByteArray> decompressFrame(QByteArrayView frame, const FrameLimits &limits)
{
    if (frame.size() > limits.maxCompressed)
        return frameTooLarge(
            u"khung nén %1, tối đa %2"_s.arg(mib(frame.size()), mib(limits.maxCompressed)),
            u"it is %1 compressed, at most %2"_s.arg(mib(frame.size()), mib(limits.maxCompressed)));
    // The frame header, read by hand: libzstd's parser of it is not in its stable API.
    // RFC 8878: magic number (4 bytes, little-endian), then the frame header descriptor.
    constexpr quint32 kMagic = 0xFD2FB528;
    constexpr quint32 kSkippableMagic = 0x184D2A50; // low 4 bits free
    if (frame.size() < 5)
        return frameMalformed({}, u"quá ngắn để là khung zstd"_s, u"too short for a zstd frame"_s);
    quint32 magic = 0;
    for (int i = 3; i >= 0; --i)
        magic = magic << 8 | quint8(frame[i]);
    if ((magic & 0xFFFFFFF0) == kSkippableMagic)
        return frameMalformed({}, u"khung zstd loại bỏ qua (skippable)"_s, u"a skippable zstd frame"_s);
    if (magic != kMagic)
        return frameMalformed({}, u"không phải khung zstd"_s, u"not a zstd frame"_s);
    const quint8 descriptor = quint8(frame[4]);
    if (!(descriptor & 0x04))
        return frameMalformed({}, u"khung zstd không có mã kiểm tra (checksum)"_s,
                              u"the zstd frame has no checksum"_s);
    if (descriptor & 0x03)
        return frameMalformed({}, u"khung zstd cần từ điển"_s, u"the zstd frame needs a dictionary"_s);
    const unsigned long long contentSize = ZSTD_getFrameContentSize(frame.data(), size_t(frame.size()));
    if (contentSize == ZSTD_CONTENTSIZE_ERROR)
        return frameMalformed({}, u"phần đầu khung zstd bị cắt cụt hoặc hỏng"_s,
                              u"the zstd frame header is truncated or damaged"_s);
    // Refused before any decompression: a frame that says it holds more than the limit.
    const bool sizeKnown = contentSize != ZSTD_CONTENTSIZE_UNKNOWN;
    if (sizeKnown && contentSize > quint64(limits.maxDecompressed))
        return frameTooLarge(
            u"khung khai báo nội dung %1 byte, tối đa %2"_s.arg(contentSize).arg(mib(limits.maxDecompressed)),
            u"it declares %1 bytes of content, at most %2"_s.arg(contentSize)
                .arg(mib(limits.maxDecompressed)));
    // One frame, ending where the body ends; this walks the block headers only.
    const size_t frameSize = ZSTD_findFrameCompressedSize(frame.data(), size_t(frame.size()));
    if (ZSTD_isError(frameSize))
        return frameMalformed({}, u"khung zstd bị cắt cụt hoặc hỏng"_s,
                              u"the zstd frame is truncated or damaged"_s);
    if (frameSize != size_t(frame.size()))
        return frameMalformed({}, u"còn dữ liệu thừa sau khung zstd"_s, u"bytes follow the zstd frame"_s);

    std::unique_ptr<ZSTD_DCtx, DCtxFree> dctx(ZSTD_createDCtx());
    ZSTD_DCtx_setParameter(dctx.get(), ZSTD_d_windowLogMax, windowLogFor(limits.maxDecompressed));
    if (!sizeKnown)
        return streamDecompress(dctx.get(), frame, limits);
    QByteArray out(qsizetype(contentSize), Qt::Uninitialized);
    const size_t n =
        ZSTD_decompressDCtx(dctx.get(), out.data(), size_t(out.size()), frame.data(), size_t(frame.size()));
    if (ZSTD_isError(n))
        return zstdError(n);
    if (n != size_t(out.size()))
        return frameMalformed({}, u"nội dung ngắn hơn kích thước khung khai báo"_s,
                              u"the content is shorter than the frame declares"_s);
    return out;
}

Result<QCborMap> parseFrameCbor(QByteArrayView cbor, const FrameLimits &limits)
{
    return TreeReader(cbor, limits).read();
}

Result<QCborMap> decodeFrame(QByteArrayView frame, const FrameLimits &limits)
{
    auto cbor = decompressFrame(frame, limits);
    if (!cbor)
        return cbor.error();
    return parseFrameCbor(*cbor, limits);
}

} // namespace hotich::sync
