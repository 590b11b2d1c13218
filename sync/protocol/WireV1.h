#pragma once
// Version 1 of the wire (docs/sync-protocol.md, "Frame encoding"): its key tables, the numbers of
// its enumerations and its limits, shared by its writer and its reader. Internal to the protocol
// library. A later version gets a file of its own beside this one; this one stays for the peers
// that still speak it.

#include "Messages.h"
#include "WireReader.h"

#include <QCborMap>
#include <QDate>

#include <array>
#include <string_view>

namespace hotich::sync::v1 {

// Keys are per map: the same number means different members in different maps.

enum class MessageType
{
    SyncRequest = 1,
    SyncResponse = 2,
    EnrolRequest = 3,
    EnrolResponse = 4,
    Error = 5,
};

namespace top {
inline constexpr qint64 v = 0, type = 1;
}
namespace syncRequest {
inline constexpr qint64 app = 2, schema = 3, office = 4, registerId = 5, epoch = 6, push = 7, pull = 8;
}
namespace batch { // push and catchUp
inline constexpr qint64 from = 0, actors = 1, entries = 2, payloads = 3, head = 4, office = 4;
}
namespace entry {
inline constexpr qint64 operation = 0, createdAt = 1, actor = 2, record = 3, kind = 4, year = 5, number = 6,
                        book = 7, date = 8, amendment = 9, amendmentType = 10, byRecord = 11;
}
namespace pullRequest {
inline constexpr qint64 cursor = 0, max = 1;
}
namespace syncResponse {
inline constexpr qint64 pushed = 2, pull = 3, catchUp = 4, serverTime = 5;
}
namespace pushed {
inline constexpr qint64 through = 0, rejected = 1, quarantined = 2;
}
namespace rejection {
inline constexpr qint64 seq = 0, code = 1, vi = 2, en = 3;
}
namespace pullPage {
inline constexpr qint64 changes = 0, cursor = 1, more = 2;
}
namespace change {
inline constexpr qint64 type = 0;
inline constexpr qint64 idNumberResult = 1, finding = 2, referenceUpdate = 3, revocation = 4;
} // namespace change
namespace idNumber {
inline constexpr qint64 record = 1, state = 2, number = 3, vi = 4, en = 5;
}
namespace finding {
inline constexpr qint64 record = 1, code = 2, vi = 3, en = 4, relatedOffice = 5, relatedRecord = 6;
}
namespace reference {
inline constexpr qint64 dataset = 1, version = 2, data = 3;
}
namespace revocation {
inline constexpr qint64 record = 1, amendment = 2, decision = 3, decisionDate = 4, authority = 5, vi = 6,
                        en = 7, createdAt = 8;
}
namespace enrolRequest {
inline constexpr qint64 office = 2, registerId = 3, code = 4;
}
namespace enrolResponse {
inline constexpr qint64 credential = 2, secret = 3;
}
namespace errorResponse {
inline constexpr qint64 code = 2, vi = 3, en = 4, expected = 5;
}

// Wire numbers of the operations and kinds: fixed here, not taken from the enums' order, so that
// reordering an enum cannot change the protocol.
inline constexpr std::array kOperations{SyncEntry::Operation::Register, SyncEntry::Operation::Amend,
                                        SyncEntry::Operation::BookClose};
inline constexpr std::array kKinds{EventKind::Birth,
                                   EventKind::Death,
                                   EventKind::Marriage,
                                   EventKind::ParentChildRecognition,
                                   EventKind::Guardianship,
                                   EventKind::GuardianshipEnd,
                                   EventKind::GuardianshipChange,
                                   EventKind::Correction,
                                   EventKind::EthnicityRedetermination,
                                   EventKind::MaritalStatusCertificate,
                                   EventKind::Recording,
                                   EventKind::ExtractCopy};
inline constexpr std::array kIdStates{IdNumberResult::State::Pending, IdNumberResult::State::Assigned,
                                      IdNumberResult::State::SuspectedDuplicate,
                                      IdNumberResult::State::NeedsVerification,
                                      IdNumberResult::State::Rejected};

template <class Array, class T>
qint64 wireNumber(const Array &table, T value)
{
    for (size_t i = 0; i < table.size(); ++i) {
        if (table[i] == value)
            return qint64(i);
    }
    return -1;
}

// Ranges: wide enough for any real register, narrow enough that sums of deltas cannot overflow.
inline constexpr qint64 kMaxSeq = qint64(1) << 53;
inline constexpr qint64 kMaxTimeMs = 253402300799999; // 9999-12-31T23:59:59.999Z
inline constexpr qsizetype kMaxShortText = 200;       // logins, names, codes, versions
inline constexpr qsizetype kMaxMessageText = 2000;    // vi and en messages
inline constexpr qsizetype kMaxAppText = 64;
inline constexpr qsizetype kMaxCursor = 256;
inline constexpr qsizetype kMaxPayload = 1024 * 1024;
inline constexpr qsizetype kMaxActors = kMaxPushEntries;
inline constexpr qsizetype kMaxRejections = kMaxPushEntries;
inline constexpr qsizetype kHashSize = 32;
inline constexpr qsizetype kSecretSize = 32;
inline const QDate kEpochDay(1970, 1, 1);

inline bool isDigits(const QString &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// Error codes and identifiers: ASCII letters, digits, '.', '-' and '_'.
inline bool isCode(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!(c.isDigit() && c.unicode() < 128) && !(c >= u'a' && c <= u'z') && !(c >= u'A' && c <= u'Z') &&
            c != u'.' && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

inline bool isEnrolCode(const QString &s)
{
    if (s.size() != kEnrolCodeLength)
        return false;
    for (QChar c : s) {
        if (c.unicode() > 127 ||
            std::string_view(kEnrolCodeAlphabet).find(char(c.unicode())) == std::string_view::npos)
            return false;
    }
    return true;
}

inline QByteArray uuidBytes(const QUuid &id)
{
    return id.toRfc4122();
}

/// What the wire cannot carry as it is (it would arrive as another message): checked before
/// writing, beside the reader's checks, which the encoder also runs.
void checkWritable(Problems &problems, const Message &message);
/// The message as version 1's map (unchecked: see checkWritable and read).
QCborMap write(const Message &message);
/// The message a version 1 map holds, strictly checked.
Result<Message> read(const QCborMap &map);

} // namespace hotich::sync::v1
