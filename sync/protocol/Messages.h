#pragma once

#include "store/SyncEntry.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <variant>
#include <vector>

namespace hotich::sync {

/// The protocol version this program writes, and the oldest it still reads (docs/sync-protocol.md:
/// the current version and the one before). Both are 1 until version 2 exists.
inline constexpr int kProtocolVersion = 1;
inline constexpr int kOldestProtocolVersion = 1;

inline constexpr qsizetype kMaxPushEntries = 2000;
inline constexpr qsizetype kMaxPullChanges = 5000;

/// The alphabet of enrolment codes: digits and capitals without I, L, O and U (Crockford's base 32),
/// so that a code read over the telephone cannot be mistyped as another one.
inline constexpr char kEnrolCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr qsizetype kEnrolCodeLength = 12;

/// Outbox entries `from` … `from + n − 1` (each entry's seq and office must match).
struct EntryBatch
{
    qint64 from = 1;
    std::vector<SyncEntry> entries;

    bool operator==(const EntryBatch &) const = default;
};

struct PushBatch : EntryBatch
{
    /// The client's chain hash after the last entry (32 bytes); empty only while nothing was ever
    /// written (from 1, no entries).
    QByteArray head;

    bool operator==(const PushBatch &) const = default;
};

struct PullRequest
{
    QByteArray cursor; ///< the server's, opaque to the client; empty: from the beginning
    int max = int(kMaxPullChanges);

    bool operator==(const PullRequest &) const = default;
};

struct SyncRequest
{
    int v = kProtocolVersion;
    QString app;    ///< the program's version, "0.1.0"
    int schema = 0; ///< the register's schema version
    QString office; ///< 5-digit commune code
    QUuid registerId;
    QUuid epoch;
    PushBatch push;
    PullRequest pull;

    bool operator==(const SyncRequest &) const = default;
};

struct Rejection
{
    qint64 seq = 0;
    QString code;
    QString vi;
    QString en;

    bool operator==(const Rejection &) const = default;
};

struct Quarantined
{
    qint64 seq = 0;

    bool operator==(const Quarantined &) const = default;
};

struct PushResult
{
    qint64 through = 0; ///< the highest sequence the server holds (0: none)
    std::vector<Rejection> rejected;
    std::vector<Quarantined> quarantined;

    bool operator==(const PushResult &) const = default;
};

/// Pull changes: what the centre has for the office.
struct IdNumberResult
{
    enum class State
    {
        Pending,
        Assigned,
        SuspectedDuplicate,
        NeedsVerification,
        Rejected,
    };
    QUuid recordId;
    State state = State::Pending;
    QString idNumber; ///< 12 digits, with Assigned only
    QString reasonVi; ///< both or neither
    QString reasonEn;

    bool operator==(const IdNumberResult &) const = default;
};

/// A cross-office finding about one of the office's records (e.g. a birth registered twice).
struct OfficeFinding
{
    QUuid recordId;
    QString code;
    QString vi;
    QString en;
    QString relatedOffice; ///< optional: the other office
    QUuid relatedRecordId; ///< optional: the other record

    bool operator==(const OfficeFinding &) const = default;
};

struct ReferenceUpdate
{
    QString dataset; ///< "admin-units", …
    QString version; ///< "2025-07-01", …
    QByteArray data; ///< the dataset's file

    bool operator==(const ReferenceUpdate &) const = default;
};

/// A registration revoked by the centre: the register writes it as a `void` amendment.
struct Revocation
{
    QUuid recordId;
    QUuid amendmentId;  ///< the void amendment's UUID, the same at both ends
    QString decision;   ///< the decision's number, "123/QĐ-UBND"
    QDate decisionDate; ///< optional
    QString authority;  ///< who decided
    QString reasonVi;
    QString reasonEn;
    qint64 createdAtMs = 0; ///< when the centre wrote it

    bool operator==(const Revocation &) const = default;
};

using Change = std::variant<IdNumberResult, OfficeFinding, ReferenceUpdate, Revocation>;

struct PullPage
{
    std::vector<Change> changes;
    QByteArray cursor;
    bool more = false;

    bool operator==(const PullPage &) const = default;
};

/// After a restore: the office's entries the restored file lacks, applied as they are.
struct CatchUp : EntryBatch
{
    QString office;

    bool operator==(const CatchUp &) const = default;
};

struct SyncResponse
{
    int v = kProtocolVersion;
    PushResult pushed;
    PullPage pull;
    std::optional<CatchUp> catchUp;
    qint64 serverTimeMs = 0;

    bool operator==(const SyncResponse &) const = default;
};

struct EnrolRequest
{
    int v = kProtocolVersion;
    QString office;
    QUuid registerId;
    QString code; ///< kEnrolCodeLength letters of kEnrolCodeAlphabet

    bool operator==(const EnrolRequest &) const = default;
};

struct EnrolResponse
{
    int v = kProtocolVersion;
    QString credentialId; ///< letters, digits, '-' and '_' (it goes in the Authorization header)
    QByteArray secret;    ///< 32 bytes

    bool operator==(const EnrolResponse &) const = default;
};

struct ErrorResponse
{
    int v = kProtocolVersion;
    QString code; ///< docs/sync-protocol.md, "Error codes"
    QString vi;
    QString en;
    qint64 expected = 0; ///< push.gap only: the sequence the server expects (≥ 1)

    bool operator==(const ErrorResponse &) const = default;
};

using Message = std::variant<SyncRequest, SyncResponse, EnrolRequest, EnrolResponse, ErrorResponse>;

/// The message as the CBOR map of its frame, checked as the decoder checks it: a message that the
/// other end would refuse (a size, a range, a seq out of order, an entry of another office) is
/// refused here, with the same error (frame.malformed).
Result<QCborMap> toCbor(const Message &message);
/// The message a frame's map holds, strictly checked: types, required and unknown members, ranges,
/// sizes. protocol.version when `v` is not one this program reads.
Result<Message> fromCbor(const QCborMap &map);

/// Message ↔ frame (toCbor + encodeFrame, decodeFrame + fromCbor).
Result<QByteArray> encodeMessage(const Message &message);
Result<Message> decodeMessage(QByteArrayView frame);

} // namespace hotich::sync
