#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>

namespace hotich::sync {

/// The limits every frame keeps (docs/sync-protocol.md, "Transport" and "Frame encoding"). Both ends
/// use the same ones: the encoder refuses what the decoder would refuse.
struct FrameLimits
{
    qsizetype maxCompressed = 4 * 1024 * 1024;    ///< the body as sent
    qsizetype maxDecompressed = 32 * 1024 * 1024; ///< the CBOR inside
    int maxDepth = 16;                            ///< nested arrays and maps, the top-level map is 1
    /// CBOR items (every integer, string, array and map counts one): bounds the memory of the value
    /// tree, which costs far more per item than the byte or two the item takes on the wire.
    qsizetype maxItems = 1'000'000;
    /// Members of one map: the protocol's maps have at most a dozen, and a map is built by looking
    /// up each key among those before it (QCborMap), so a huge one would cost quadratic time.
    qsizetype maxMapMembers = 64;
};

/// zstd level of the frames hotich writes up to kLargeFrameContent bytes of CBOR: an everyday sync's
/// few entries, for which level 19 takes a few milliseconds and gives the fewest bytes.
inline constexpr int kFrameCompressionLevel = 19;
/// The level of larger frames (a backlog's batches, a catch-up page). Level 19 compresses about
/// 1.8 MB/s here, a second for a batch of 2,000 births, which capped a sync at 2,000 entries/s;
/// level 9 compresses 86 MB/s for 83.6 bytes per registration instead of 71.7, and level 3 (zstd's
/// default) a batch in 4.7 ms instead of 23 for 103 bytes, within the 120 of the target
/// (docs/benchmarks.md).
inline constexpr int kLargeFrameCompressionLevel = 3;
/// Level 19 took 11 ms for the 60 KB answer to a push of 2,000 births (its ID numbers).
inline constexpr qsizetype kLargeFrameContent = 8 * 1024;

/// The level encodeFrame uses for `cborBytes` of content when it is not given one.
int frameCompressionLevel(qsizetype cborBytes);

/// The frame of a message: one zstd frame, with its content size and checksum, of the CBOR of
/// `message`, at `level` (0: frameCompressionLevel of its size). Fails with frame.tooLarge when the
/// CBOR or the frame exceeds the limits.
Result<QByteArray> encodeFrame(const QCborMap &message, int level = 0, const FrameLimits &limits = {});

/// The message a frame holds. Fails with frame.tooLarge (sizes) or frame.malformed (anything else:
/// not zstd, truncated, trailing bytes, no checksum, invalid CBOR, nesting, a type hotich never
/// writes, a duplicate key, a top level that is not a map). Bounded in time and memory on any input.
Result<QCborMap> decodeFrame(QByteArrayView frame, const FrameLimits &limits = {});

/// The two steps of decodeFrame, for tests and for tools that look inside a frame.
Result<QByteArray> decompressFrame(QByteArrayView frame, const FrameLimits &limits = {});
Result<QCborMap> parseFrameCbor(QByteArrayView cbor, const FrameLimits &limits = {});

/// The errors of this layer (codes frame.malformed and frame.tooLarge), with the same wording.
Error frameMalformed(const QString &field, const QString &vi, const QString &en);
Error frameTooLarge(const QString &vi, const QString &en);

} // namespace hotich::sync
