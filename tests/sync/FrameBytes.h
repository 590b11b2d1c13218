#pragma once
// Frames of raw CBOR, for inputs the protocol's encoder would never write.

#include <QByteArray>

#include <zstd.h>

namespace hotich::sync::test {

/// A frame as the protocol writes it (zstd with content size and checksum) of raw CBOR bytes.
inline QByteArray frameOf(const QByteArray &cbor)
{
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(cbor.size()))), Qt::Uninitialized);
    const size_t n =
        ZSTD_compress2(cctx, frame.data(), size_t(frame.size()), cbor.constData(), size_t(cbor.size()));
    ZSTD_freeCCtx(cctx);
    frame.truncate(ZSTD_isError(n) ? 0 : qsizetype(n));
    return frame;
}

} // namespace hotich::sync::test
