#include "Messages.h"

#include "Frame.h"
#include "WireReader.h"

#include <QCborArray>
#include <QHash>

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace hotich::sync {

namespace {

// The key tables of version 1 (docs/sync-protocol.md, "Frame encoding"). Keys are per map: the
// same number means different members in different maps.

enum class MessageType
{
    SyncRequest = 1,
    SyncResponse = 2,
    EnrolRequest = 3,
    EnrolResponse = 4,
    Error = 5,
};

namespace top {
constexpr qint64 v = 0, type = 1;
}
namespace syncRequest {
constexpr qint64 app = 2, schema = 3, office = 4, registerId = 5, epoch = 6, push = 7, pull = 8;
}
namespace batch { // push and catchUp
constexpr qint64 from = 0, actors = 1, entries = 2, payloads = 3, head = 4, office = 4;
}
namespace entry {
constexpr qint64 operation = 0, createdAt = 1, actor = 2, record = 3, kind = 4, year = 5, number = 6,
                 book = 7, date = 8, amendment = 9, amendmentType = 10, byRecord = 11;
}
namespace pullRequest {
constexpr qint64 cursor = 0, max = 1;
}
namespace syncResponse {
constexpr qint64 pushed = 2, pull = 3, catchUp = 4, serverTime = 5;
}
namespace pushed {
constexpr qint64 through = 0, rejected = 1, quarantined = 2;
}
namespace rejection {
constexpr qint64 seq = 0, code = 1, vi = 2, en = 3;
}
namespace pullPage {
constexpr qint64 changes = 0, cursor = 1, more = 2;
}
namespace change {
constexpr qint64 type = 0;
constexpr qint64 idNumberResult = 1, finding = 2, referenceUpdate = 3, revocation = 4;
} // namespace change
namespace idNumber {
constexpr qint64 record = 1, state = 2, number = 3, vi = 4, en = 5;
}
namespace finding {
constexpr qint64 record = 1, code = 2, vi = 3, en = 4, relatedOffice = 5, relatedRecord = 6;
}
namespace reference {
constexpr qint64 dataset = 1, version = 2, data = 3;
}
namespace revocation {
constexpr qint64 record = 1, amendment = 2, decision = 3, decisionDate = 4, authority = 5, vi = 6, en = 7,
                 createdAt = 8;
}
namespace enrolRequest {
constexpr qint64 office = 2, registerId = 3, code = 4;
}
namespace enrolResponse {
constexpr qint64 credential = 2, secret = 3;
}
namespace errorResponse {
constexpr qint64 code = 2, vi = 3, en = 4, expected = 5;
}

// Wire numbers of the operations and kinds: fixed here, not taken from the enums' order, so that
// reordering an enum cannot change the protocol.
constexpr std::array kOperations{SyncEntry::Operation::Register, SyncEntry::Operation::Amend,
                                 SyncEntry::Operation::BookClose};
constexpr std::array kKinds{EventKind::Birth,
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
constexpr std::array kIdStates{IdNumberResult::State::Pending, IdNumberResult::State::Assigned,
                               IdNumberResult::State::SuspectedDuplicate,
                               IdNumberResult::State::NeedsVerification, IdNumberResult::State::Rejected};

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
constexpr qint64 kMaxSeq = qint64(1) << 53;
constexpr qint64 kMaxTimeMs = 253402300799999; // 9999-12-31T23:59:59.999Z
constexpr qsizetype kMaxShortText = 200;       // logins, names, codes, versions
constexpr qsizetype kMaxMessageText = 2000;    // vi and en messages
constexpr qsizetype kMaxAppText = 64;
constexpr qsizetype kMaxCursor = 256;
constexpr qsizetype kMaxPayload = 1024 * 1024;
constexpr qsizetype kMaxActors = kMaxPushEntries;
constexpr qsizetype kMaxRejections = kMaxPushEntries;
constexpr qsizetype kHashSize = 32;
constexpr qsizetype kSecretSize = 32;
const QDate kEpochDay(1970, 1, 1);

bool isDigits(const QString &s, qsizetype length)
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
bool isCode(const QString &s)
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

bool isEnrolCode(const QString &s)
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

QByteArray uuidBytes(const QUuid &id)
{
    return id.toRfc4122();
}

// ---------------------------------------------------------------------------------------------
// Writing. Members with their default value (empty, zero, false) are left out.

class MapWriter
{
public:
    MapWriter &put(qint64 key, const QCborValue &value)
    {
        m_map.insert(key, value);
        return *this;
    }
    MapWriter &text(qint64 key, const QString &s)
    {
        if (!s.isEmpty())
            m_map.insert(key, s);
        return *this;
    }
    MapWriter &bytes(qint64 key, const QByteArray &b)
    {
        if (!b.isEmpty())
            m_map.insert(key, b);
        return *this;
    }
    MapWriter &uuid(qint64 key, const QUuid &id)
    {
        if (!id.isNull())
            m_map.insert(key, uuidBytes(id));
        return *this;
    }
    MapWriter &integer(qint64 key, qint64 n)
    {
        if (n != 0)
            m_map.insert(key, n);
        return *this;
    }
    MapWriter &day(qint64 key, QDate date)
    {
        if (date.isValid())
            m_map.insert(key, kEpochDay.daysTo(date));
        return *this;
    }
    MapWriter &array(qint64 key, const QCborArray &a)
    {
        if (!a.isEmpty())
            m_map.insert(key, a);
        return *this;
    }
    QCborMap map() const { return m_map; }

private:
    QCborMap m_map;
};

/// A member set on an entry whose operation does not send it (it would arrive empty), or nothing.
QString strayMember(const SyncEntry &e)
{
    const bool isRegister = e.operation == SyncEntry::Operation::Register;
    const bool isAmend = e.operation == SyncEntry::Operation::Amend;
    const bool isBookClose = e.operation == SyncEntry::Operation::BookClose;
    if (isBookClose && !e.recordId.isNull())
        return u"recordId"_s;
    if (!isAmend && !e.amendmentId.isNull())
        return u"amendmentId"_s;
    if (!isAmend && !e.amendmentType.isEmpty())
        return u"amendmentType"_s;
    if (!isAmend && !e.byRecordId.isNull())
        return u"byRecordId"_s;
    if (isAmend && e.kind != SyncEntry().kind)
        return u"kind"_s;
    if (isAmend && e.year != 0)
        return u"year"_s;
    if (!isRegister && e.number != 0)
        return u"number"_s;
    if (isAmend && e.book != 0)
        return u"book"_s;
    if (!isRegister && e.registrationDate.isValid())
        return u"registrationDate"_s;
    if (isBookClose && !e.payload.isEmpty())
        return u"payload"_s;
    return {};
}

/// Problems the decoder cannot see because the wire has no room for them: each would arrive as
/// another entry than the one sent.
void checkWritable(Problems &problems, const EntryBatch &batch, const QString &office, const QString &path)
{
    for (size_t i = 0; i < batch.entries.size() && problems.ok(); ++i) {
        const SyncEntry &e = batch.entries[i];
        const QString at = path + u".entries["_s + QString::number(i) + u']';
        const qint64 expected = batch.from + qint64(i);
        if (e.seq != expected)
            problems.add(
                at + u".seq"_s,
                u"số thứ tự %1, cần %2 (các mục phải liên tiếp từ %3)"_s.arg(e.seq).arg(expected).arg(
                    batch.from),
                u"seq %1 where %2 is due (entries run on from %3)"_s.arg(e.seq).arg(expected).arg(
                    batch.from));
        else if (e.createdAtMs < 0 || e.createdAtMs > kMaxTimeMs)
            problems.add(at + u".createdAtMs"_s,
                         u"thời điểm %1 ms ngoài khoảng cho phép"_s.arg(e.createdAtMs),
                         u"the time %1 ms is out of range"_s.arg(e.createdAtMs));
        else if (e.office != office)
            problems.add(at + u".office"_s, u"thuộc cơ quan %1, không phải %2"_s.arg(e.office, office),
                         u"belongs to office %1, not %2"_s.arg(e.office, office));
        else if (QString::fromUtf8(e.payload).toUtf8() != e.payload)
            problems.add(at + u".payload"_s, u"không phải UTF-8 hợp lệ"_s, u"is not valid UTF-8"_s);
        else if (const QString stray = strayMember(e); !stray.isEmpty())
            problems.add(at + u'.' + stray, u"mục %1 không mang trường này"_s.arg(operationCode(e.operation)),
                         u"%1 entries do not carry this member"_s.arg(operationCode(e.operation)));
    }
}

/// A batch's entries, the officers they name (each once) and their payloads. The payloads are a
/// column of their own, beside the entries rather than in them: zstd then finds each payload's
/// likeness in the one before, 8 % fewer bytes on 2,000 births (docs/sync-protocol.md).
QCborArray writeEntries(const EntryBatch &batch, QCborArray &actors, QCborArray &payloads)
{
    QHash<QPair<QString, QString>, qint64> actorIndex;
    QCborArray out;
    qint64 previousMs = 0;
    for (const SyncEntry &e : batch.entries) {
        const auto actor = qMakePair(e.actorLogin, e.actorName);
        auto found = actorIndex.constFind(actor);
        if (found == actorIndex.constEnd()) {
            found = actorIndex.insert(actor, actors.size());
            actors.append(QCborArray{e.actorLogin, e.actorName});
        }
        MapWriter w;
        w.put(entry::operation, wireNumber(kOperations, e.operation))
            .put(entry::createdAt, e.createdAtMs - previousMs)
            .put(entry::actor, *found);
        previousMs = e.createdAtMs;
        switch (e.operation) {
        case SyncEntry::Operation::Register:
            w.uuid(entry::record, e.recordId)
                .put(entry::kind, wireNumber(kKinds, e.kind))
                .integer(entry::year, e.year)
                .integer(entry::number, e.number)
                .integer(entry::book, e.book)
                .day(entry::date, e.registrationDate);
            break;
        case SyncEntry::Operation::Amend:
            w.uuid(entry::record, e.recordId)
                .uuid(entry::amendment, e.amendmentId)
                .text(entry::amendmentType, e.amendmentType)
                .uuid(entry::byRecord, e.byRecordId);
            break;
        case SyncEntry::Operation::BookClose:
            w.put(entry::kind, wireNumber(kKinds, e.kind))
                .integer(entry::year, e.year)
                .integer(entry::book, e.book);
            break;
        }
        out.append(w.map());
        payloads.append(QString::fromUtf8(e.payload));
    }
    return out;
}

QCborMap writePush(const PushBatch &push)
{
    QCborArray actors;
    QCborArray payloads;
    const QCborArray entries = writeEntries(push, actors, payloads);
    return MapWriter()
        .put(batch::from, push.from)
        .array(batch::actors, actors)
        .array(batch::entries, entries)
        .array(batch::payloads, payloads)
        .bytes(batch::head, push.head)
        .map();
}

QCborMap writeCatchUp(const CatchUp &catchUp)
{
    QCborArray actors;
    QCborArray payloads;
    const QCborArray entries = writeEntries(catchUp, actors, payloads);
    return MapWriter()
        .put(batch::from, catchUp.from)
        .array(batch::actors, actors)
        .array(batch::entries, entries)
        .array(batch::payloads, payloads)
        .put(batch::office, catchUp.office)
        .map();
}

QCborMap writeChange(const Change &c)
{
    MapWriter w;
    if (const auto *r = std::get_if<IdNumberResult>(&c)) {
        w.put(change::type, change::idNumberResult)
            .uuid(idNumber::record, r->recordId)
            .put(idNumber::state, wireNumber(kIdStates, r->state))
            .text(idNumber::number, r->idNumber)
            .text(idNumber::vi, r->reasonVi)
            .text(idNumber::en, r->reasonEn);
    } else if (const auto *f = std::get_if<OfficeFinding>(&c)) {
        w.put(change::type, change::finding)
            .uuid(finding::record, f->recordId)
            .text(finding::code, f->code)
            .text(finding::vi, f->vi)
            .text(finding::en, f->en)
            .text(finding::relatedOffice, f->relatedOffice)
            .uuid(finding::relatedRecord, f->relatedRecordId);
    } else if (const auto *u = std::get_if<ReferenceUpdate>(&c)) {
        w.put(change::type, change::referenceUpdate)
            .text(reference::dataset, u->dataset)
            .text(reference::version, u->version)
            .bytes(reference::data, u->data);
    } else if (const auto *v = std::get_if<Revocation>(&c)) {
        w.put(change::type, change::revocation)
            .uuid(revocation::record, v->recordId)
            .uuid(revocation::amendment, v->amendmentId)
            .text(revocation::decision, v->decision)
            .day(revocation::decisionDate, v->decisionDate)
            .text(revocation::authority, v->authority)
            .text(revocation::vi, v->reasonVi)
            .text(revocation::en, v->reasonEn)
            .put(revocation::createdAt, v->createdAtMs);
    }
    return w.map();
}

MapWriter header(MessageType type, int v)
{
    MapWriter w;
    w.put(top::v, v).put(top::type, qint64(type));
    return w;
}

QCborMap writeMessage(const SyncRequest &m)
{
    return header(MessageType::SyncRequest, m.v)
        .text(syncRequest::app, m.app)
        .put(syncRequest::schema, m.schema)
        .text(syncRequest::office, m.office)
        .uuid(syncRequest::registerId, m.registerId)
        .uuid(syncRequest::epoch, m.epoch)
        .put(syncRequest::push, writePush(m.push))
        .put(syncRequest::pull,
             MapWriter().bytes(pullRequest::cursor, m.pull.cursor).put(pullRequest::max, m.pull.max).map())
        .map();
}

QCborMap writeMessage(const SyncResponse &m)
{
    QCborArray rejected;
    for (const Rejection &r : m.pushed.rejected)
        rejected.append(MapWriter()
                            .put(rejection::seq, r.seq)
                            .text(rejection::code, r.code)
                            .text(rejection::vi, r.vi)
                            .text(rejection::en, r.en)
                            .map());
    QCborArray quarantined;
    for (const Quarantined &q : m.pushed.quarantined)
        quarantined.append(MapWriter().put(rejection::seq, q.seq).map());
    QCborArray changes;
    for (const Change &c : m.pull.changes)
        changes.append(writeChange(c));
    MapWriter w = header(MessageType::SyncResponse, m.v);
    w.put(syncResponse::pushed, MapWriter()
                                    .integer(pushed::through, m.pushed.through)
                                    .array(pushed::rejected, rejected)
                                    .array(pushed::quarantined, quarantined)
                                    .map())
        .put(syncResponse::pull, MapWriter()
                                     .array(pullPage::changes, changes)
                                     .bytes(pullPage::cursor, m.pull.cursor)
                                     .put(pullPage::more, m.pull.more)
                                     .map());
    if (m.catchUp)
        w.put(syncResponse::catchUp, writeCatchUp(*m.catchUp));
    return w.put(syncResponse::serverTime, m.serverTimeMs).map();
}

QCborMap writeMessage(const EnrolRequest &m)
{
    return header(MessageType::EnrolRequest, m.v)
        .text(enrolRequest::office, m.office)
        .uuid(enrolRequest::registerId, m.registerId)
        .text(enrolRequest::code, m.code)
        .map();
}

QCborMap writeMessage(const EnrolResponse &m)
{
    return header(MessageType::EnrolResponse, m.v)
        .text(enrolResponse::credential, m.credentialId)
        .bytes(enrolResponse::secret, m.secret)
        .map();
}

QCborMap writeMessage(const ErrorResponse &m)
{
    return header(MessageType::Error, m.v)
        .text(errorResponse::code, m.code)
        .text(errorResponse::vi, m.vi)
        .text(errorResponse::en, m.en)
        .integer(errorResponse::expected, m.expected)
        .map();
}

// ---------------------------------------------------------------------------------------------
// Reading.

QString office(MapReader &m, qint64 key, const QString &name, bool required = true)
{
    const QString s = m.text(key, name, 5, required);
    if (!s.isEmpty() && !isDigits(s, 5))
        m.problem(name, u"\"%1\" không phải mã xã 5 chữ số"_s.arg(s),
                  u"\"%1\" is not a 5-digit commune code"_s.arg(s));
    return s;
}

QString code(MapReader &m, qint64 key, const QString &name)
{
    const QString s = m.text(key, name, kMaxShortText, true);
    if (!s.isEmpty() && !isCode(s))
        m.problem(name, u"\"%1\" không phải một mã (chữ, số, '.', '-', '_')"_s.arg(s),
                  u"\"%1\" is not a code (letters, digits, '.', '-', '_')"_s.arg(s));
    return s;
}

/// Both messages of a reason, or neither.
void reasons(MapReader &m, qint64 viKey, qint64 enKey, QString &vi, QString &en)
{
    vi = m.text(viKey, u"vi"_s, kMaxMessageText, false);
    en = m.text(enKey, u"en"_s, kMaxMessageText, false);
    if (vi.isEmpty() != en.isEmpty())
        m.problem(vi.isEmpty() ? u"vi"_s : u"en"_s, u"cần lý do bằng cả hai thứ tiếng"_s,
                  u"a reason needs both languages"_s);
}

std::vector<std::pair<QString, QString>> readActors(MapReader &m)
{
    std::vector<std::pair<QString, QString>> actors;
    const QCborArray list = m.array(batch::actors, u"actors"_s, kMaxActors, false);
    for (qsizetype i = 0; i < list.size() && m.ok(); ++i) {
        ArrayReader pair(m.problems(), list.at(i), m.path(u"actors[%1]"_s.arg(i)), 2, 2);
        const QString login = pair.text(0, u"login"_s, kMaxShortText, true);
        const QString name = pair.text(1, u"name"_s, kMaxShortText, false);
        actors.emplace_back(login, name);
    }
    return actors;
}

/// Each operation carries the members its hashes cover, and no others.
MapReader entryReader(Problems &problems, const QCborValue &value, const QString &path,
                      SyncEntry::Operation op)
{
    const QString what = operationCode(op);
    switch (op) {
    case SyncEntry::Operation::Register:
        return MapReader(problems, value, path,
                         {entry::operation, entry::createdAt, entry::actor, entry::record, entry::kind,
                          entry::year, entry::number, entry::book, entry::date},
                         what);
    case SyncEntry::Operation::Amend:
        return MapReader(problems, value, path,
                         {entry::operation, entry::createdAt, entry::actor, entry::record, entry::amendment,
                          entry::amendmentType, entry::byRecord},
                         what);
    case SyncEntry::Operation::BookClose:
        break;
    }
    return MapReader(
        problems, value, path,
        {entry::operation, entry::createdAt, entry::actor, entry::kind, entry::year, entry::book}, what);
}

SyncEntry readEntry(Problems &problems, const QCborValue &value, const QString &path,
                    const QString &officeCode, const std::vector<std::pair<QString, QString>> &actors,
                    qint64 &previousMs)
{
    SyncEntry e;
    e.office = officeCode;
    MapReader head(problems, value, path,
                   {entry::operation, entry::createdAt, entry::actor, entry::record, entry::kind, entry::year,
                    entry::number, entry::book, entry::date, entry::amendment, entry::amendmentType,
                    entry::byRecord});
    const qint64 op = head.integer(entry::operation, u"operation"_s, 0, qint64(kOperations.size()) - 1, true);
    if (!problems.ok())
        return e;
    e.operation = kOperations[size_t(op)];
    MapReader m = entryReader(problems, value, path, e.operation);
    const qint64 delta = m.integer(entry::createdAt, u"createdAt"_s, -kMaxTimeMs, kMaxTimeMs, true);
    if (problems.ok() && (previousMs + delta < 0 || previousMs + delta > kMaxTimeMs))
        m.problem(u"createdAt"_s, u"thời điểm %1 ms ngoài khoảng cho phép"_s.arg(previousMs + delta),
                  u"the time %1 ms is out of range"_s.arg(previousMs + delta));
    e.createdAtMs = previousMs + delta;
    previousMs = e.createdAtMs;
    const qint64 actor = m.integer(entry::actor, u"actor"_s, 0, qint64(actors.size()) - 1, true);
    if (problems.ok()) {
        e.actorLogin = actors[size_t(actor)].first;
        e.actorName = actors[size_t(actor)].second;
    }
    switch (e.operation) {
    case SyncEntry::Operation::Register:
        e.recordId = m.uuid(entry::record, u"record"_s, true);
        e.kind = kKinds[size_t(m.integer(entry::kind, u"kind"_s, 0, qint64(kKinds.size()) - 1, true))];
        e.year = int(m.integer(entry::year, u"year"_s, 0, 9999, false));
        e.number = int(m.integer(entry::number, u"number"_s, 0, 999'999'999, false));
        e.book = int(m.integer(entry::book, u"book"_s, 0, 999'999, false));
        e.registrationDate = m.day(entry::date, u"date"_s, false);
        break;
    case SyncEntry::Operation::Amend:
        e.recordId = m.uuid(entry::record, u"record"_s, true);
        e.amendmentId = m.uuid(entry::amendment, u"amendment"_s, true);
        e.amendmentType = m.text(entry::amendmentType, u"amendmentType"_s, kMaxShortText, true);
        if (problems.ok() && !isCode(e.amendmentType))
            m.problem(u"amendmentType"_s, u"\"%1\" không phải một mã"_s.arg(e.amendmentType),
                      u"\"%1\" is not a code"_s.arg(e.amendmentType));
        e.byRecordId = m.uuid(entry::byRecord, u"byRecord"_s, false);
        break;
    case SyncEntry::Operation::BookClose:
        e.kind = kKinds[size_t(m.integer(entry::kind, u"kind"_s, 0, qint64(kKinds.size()) - 1, true))];
        e.year = int(m.integer(entry::year, u"year"_s, 0, 9999, false));
        e.book = int(m.integer(entry::book, u"book"_s, 0, 999'999, false));
        break;
    }
    return e;
}

/// The payloads column: one text per entry, in order; the canonical JSON of a registration's record
/// (never empty), an amendment's patch (may be empty), nothing for a book closed. Sent as text: a
/// CBOR form of the JSON saves nothing once zstd has taken out its repeated keys.
void readPayloads(MapReader &m, std::vector<SyncEntry> &entries)
{
    if (!m.ok() || (entries.empty() && !m.has(batch::payloads)))
        return;
    const qsizetype n = qsizetype(entries.size());
    ArrayReader payloads(m.problems(), m.raw(batch::payloads, u"payloads"_s), m.path(u"payloads"_s), n, n);
    for (qsizetype i = 0; i < n && m.ok(); ++i) {
        SyncEntry &e = entries[size_t(i)];
        e.payload = payloads.text(i, {}, kMaxPayload, false).toUtf8();
        const QString name = u"payloads[%1]"_s.arg(i);
        if (e.operation == SyncEntry::Operation::Register && e.payload.isEmpty())
            m.problem(name, u"một đăng ký cần nội dung hồ sơ"_s, u"a registration needs its record"_s);
        else if (e.operation == SyncEntry::Operation::BookClose && !e.payload.isEmpty())
            m.problem(name, u"việc khóa sổ không có nội dung"_s, u"a book closed has no payload"_s);
    }
}

/// The entries of a push or catch-up batch: contiguous from `from` by construction (the seq is the
/// place in the batch), createdAt as the difference from the entry before.
void readBatch(MapReader &m, EntryBatch &out, const QString &officeCode)
{
    out.from = m.integer(batch::from, u"from"_s, 1, kMaxSeq, true);
    const auto actors = readActors(m);
    const QCborArray list = m.array(batch::entries, u"entries"_s, kMaxPushEntries, false);
    if (!m.ok())
        return;
    if (out.from + list.size() - 1 > kMaxSeq)
        m.problem(u"entries"_s, u"số thứ tự vượt quá %1"_s.arg(kMaxSeq), u"seq beyond %1"_s.arg(kMaxSeq));
    qint64 previousMs = 0;
    out.entries.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size() && m.ok(); ++i) {
        SyncEntry e = readEntry(m.problems(), list.at(i), m.path(u"entries[%1]"_s.arg(i)), officeCode, actors,
                                previousMs);
        e.seq = out.from + i;
        out.entries.push_back(std::move(e));
    }
    readPayloads(m, out.entries);
}

Change readChange(Problems &problems, const QCborValue &value, const QString &path)
{
    MapReader type(problems, value, path,
                   {change::type, 1, 2, 3, 4, 5, 6, 7, 8}); // every member a change may have
    const qint64 t = type.integer(change::type, u"type"_s, change::idNumberResult, change::revocation, true);
    if (!problems.ok())
        return {};
    switch (t) {
    case change::idNumberResult: {
        MapReader m(
            problems, value, path,
            {change::type, idNumber::record, idNumber::state, idNumber::number, idNumber::vi, idNumber::en},
            u"idNumberResult"_s);
        IdNumberResult r;
        r.recordId = m.uuid(idNumber::record, u"record"_s, true);
        r.state =
            kIdStates[size_t(m.integer(idNumber::state, u"state"_s, 0, qint64(kIdStates.size()) - 1, true))];
        const bool assigned = r.state == IdNumberResult::State::Assigned;
        r.idNumber = m.text(idNumber::number, u"idNumber"_s, 12, assigned);
        if (m.ok() && !assigned && !r.idNumber.isEmpty())
            m.problem(u"idNumber"_s, u"chỉ có khi số định danh đã được cấp"_s,
                      u"is given only when the number was assigned"_s);
        else if (m.ok() && assigned && !isDigits(r.idNumber, 12))
            m.problem(u"idNumber"_s, u"\"%1\" không phải số định danh 12 chữ số"_s.arg(r.idNumber),
                      u"\"%1\" is not a 12-digit personal ID number"_s.arg(r.idNumber));
        reasons(m, idNumber::vi, idNumber::en, r.reasonVi, r.reasonEn);
        return r;
    }
    case change::finding: {
        MapReader m(problems, value, path,
                    {change::type, finding::record, finding::code, finding::vi, finding::en,
                     finding::relatedOffice, finding::relatedRecord},
                    u"finding"_s);
        OfficeFinding f;
        f.recordId = m.uuid(finding::record, u"record"_s, true);
        f.code = code(m, finding::code, u"code"_s);
        f.vi = m.text(finding::vi, u"vi"_s, kMaxMessageText, true);
        f.en = m.text(finding::en, u"en"_s, kMaxMessageText, true);
        f.relatedOffice = office(m, finding::relatedOffice, u"relatedOffice"_s, false);
        f.relatedRecordId = m.uuid(finding::relatedRecord, u"relatedRecord"_s, false);
        return f;
    }
    case change::referenceUpdate: {
        MapReader m(problems, value, path,
                    {change::type, reference::dataset, reference::version, reference::data},
                    u"referenceUpdate"_s);
        ReferenceUpdate u;
        u.dataset = code(m, reference::dataset, u"dataset"_s);
        u.version = code(m, reference::version, u"version"_s);
        u.data = m.bytes(reference::data, u"data"_s, 1, std::numeric_limits<qsizetype>::max(), true);
        return u;
    }
    default: {
        MapReader m(problems, value, path,
                    {change::type, revocation::record, revocation::amendment, revocation::decision,
                     revocation::decisionDate, revocation::authority, revocation::vi, revocation::en,
                     revocation::createdAt},
                    u"revocation"_s);
        Revocation r;
        r.recordId = m.uuid(revocation::record, u"record"_s, true);
        r.amendmentId = m.uuid(revocation::amendment, u"amendment"_s, true);
        r.decision = m.text(revocation::decision, u"decision"_s, kMaxShortText, true);
        r.decisionDate = m.day(revocation::decisionDate, u"decisionDate"_s, false);
        r.authority = m.text(revocation::authority, u"authority"_s, kMaxShortText, true);
        r.reasonVi = m.text(revocation::vi, u"vi"_s, kMaxMessageText, true);
        r.reasonEn = m.text(revocation::en, u"en"_s, kMaxMessageText, true);
        r.createdAtMs = m.integer(revocation::createdAt, u"createdAt"_s, 0, kMaxTimeMs, true);
        return r;
    }
    }
}

Message readSyncRequest(MapReader &m, int v)
{
    SyncRequest r;
    r.v = v;
    r.app = m.text(syncRequest::app, u"app"_s, kMaxAppText, true);
    r.schema = int(m.integer(syncRequest::schema, u"schema"_s, 1, 1'000'000, true));
    r.office = office(m, syncRequest::office, u"office"_s);
    r.registerId = m.uuid(syncRequest::registerId, u"register"_s, true);
    r.epoch = m.uuid(syncRequest::epoch, u"epoch"_s, true);
    MapReader push(m.problems(), m.raw(syncRequest::push, u"push"_s), m.path(u"push"_s),
                   {batch::from, batch::actors, batch::entries, batch::payloads, batch::head});
    if (m.ok()) {
        readBatch(push, r.push, r.office);
        // Empty only while the office has written nothing: no entry before `from`, none in the batch.
        const bool nothingEver = r.push.from == 1 && r.push.entries.empty();
        if (nothingEver && push.has(batch::head))
            push.problem(u"head"_s, u"chưa có mục nào nên chưa có mã băm đầu chuỗi"_s,
                         u"there is no head before the office's first entry"_s);
        else if (!nothingEver)
            r.push.head = push.bytes(batch::head, u"head"_s, kHashSize, kHashSize, true);
    }
    MapReader pull(m.problems(), m.raw(syncRequest::pull, u"pull"_s), m.path(u"pull"_s),
                   {pullRequest::cursor, pullRequest::max});
    r.pull.cursor = pull.bytes(pullRequest::cursor, u"cursor"_s, 0, kMaxCursor, false);
    r.pull.max = int(pull.integer(pullRequest::max, u"max"_s, 0, kMaxPullChanges, true));
    return r;
}

Message readSyncResponse(MapReader &m, int v)
{
    SyncResponse r;
    r.v = v;
    MapReader pushedMap(m.problems(), m.raw(syncResponse::pushed, u"pushed"_s), m.path(u"pushed"_s),
                        {pushed::through, pushed::rejected, pushed::quarantined});
    r.pushed.through = pushedMap.integer(pushed::through, u"through"_s, 0, kMaxSeq, false);
    const QCborArray rejected = pushedMap.array(pushed::rejected, u"rejected"_s, kMaxRejections, false);
    for (qsizetype i = 0; i < rejected.size() && m.ok(); ++i) {
        MapReader item(m.problems(), rejected.at(i), pushedMap.path(u"rejected[%1]"_s.arg(i)),
                       {rejection::seq, rejection::code, rejection::vi, rejection::en});
        Rejection x;
        x.seq = item.integer(rejection::seq, u"seq"_s, 1, kMaxSeq, true);
        x.code = code(item, rejection::code, u"code"_s);
        x.vi = item.text(rejection::vi, u"vi"_s, kMaxMessageText, true);
        x.en = item.text(rejection::en, u"en"_s, kMaxMessageText, true);
        r.pushed.rejected.push_back(x);
    }
    const QCborArray quarantined =
        pushedMap.array(pushed::quarantined, u"quarantined"_s, kMaxPushEntries, false);
    for (qsizetype i = 0; i < quarantined.size() && m.ok(); ++i) {
        MapReader item(m.problems(), quarantined.at(i), pushedMap.path(u"quarantined[%1]"_s.arg(i)),
                       {rejection::seq});
        r.pushed.quarantined.push_back({item.integer(rejection::seq, u"seq"_s, 1, kMaxSeq, true)});
    }
    MapReader pull(m.problems(), m.raw(syncResponse::pull, u"pull"_s), m.path(u"pull"_s),
                   {pullPage::changes, pullPage::cursor, pullPage::more});
    const QCborArray changes = pull.array(pullPage::changes, u"changes"_s, kMaxPullChanges, false);
    for (qsizetype i = 0; i < changes.size() && m.ok(); ++i)
        r.pull.changes.push_back(readChange(m.problems(), changes.at(i), pull.path(u"changes[%1]"_s.arg(i))));
    r.pull.cursor = pull.bytes(pullPage::cursor, u"cursor"_s, 0, kMaxCursor, false);
    r.pull.more = pull.boolean(pullPage::more, u"more"_s, false);
    if (m.has(syncResponse::catchUp)) {
        MapReader c(m.problems(), m.raw(syncResponse::catchUp, u"catchUp"_s), m.path(u"catchUp"_s),
                    {batch::from, batch::actors, batch::entries, batch::payloads, batch::office});
        CatchUp catchUp;
        catchUp.office = office(c, batch::office, u"office"_s);
        readBatch(c, catchUp, catchUp.office);
        r.catchUp = std::move(catchUp);
    }
    r.serverTimeMs = m.integer(syncResponse::serverTime, u"serverTime"_s, 0, kMaxTimeMs, true);
    return r;
}

Message readEnrolRequest(MapReader &m, int v)
{
    EnrolRequest r;
    r.v = v;
    r.office = office(m, enrolRequest::office, u"office"_s);
    r.registerId = m.uuid(enrolRequest::registerId, u"register"_s, true);
    r.code = m.text(enrolRequest::code, u"code"_s, kEnrolCodeLength, true);
    if (m.ok() && !isEnrolCode(r.code))
        m.problem(u"code"_s,
                  u"mã đăng ký phải gồm %1 ký tự trong %2"_s.arg(kEnrolCodeLength)
                      .arg(QLatin1String(kEnrolCodeAlphabet)),
                  u"an enrolment code is %1 characters of %2"_s.arg(kEnrolCodeLength)
                      .arg(QLatin1String(kEnrolCodeAlphabet)));
    return r;
}

Message readEnrolResponse(MapReader &m, int v)
{
    EnrolResponse r;
    r.v = v;
    r.credentialId = m.text(enrolResponse::credential, u"credential"_s, 64, true);
    if (m.ok() && (!isCode(r.credentialId) || r.credentialId.contains(u'.')))
        m.problem(u"credential"_s, u"chỉ gồm chữ, số, '-' và '_'"_s,
                  u"holds letters, digits, '-' and '_' only"_s);
    r.secret = m.bytes(enrolResponse::secret, u"secret"_s, kSecretSize, kSecretSize, true);
    return r;
}

Message readErrorResponse(MapReader &m, int v)
{
    ErrorResponse r;
    r.v = v;
    r.code = code(m, errorResponse::code, u"code"_s);
    r.vi = m.text(errorResponse::vi, u"vi"_s, kMaxMessageText, true);
    r.en = m.text(errorResponse::en, u"en"_s, kMaxMessageText, true);
    const bool gap = r.code == u"push.gap"_s;
    r.expected = m.integer(errorResponse::expected, u"expected"_s, 1, kMaxSeq, gap);
    if (m.ok() && !gap && r.expected != 0)
        m.problem(u"expected"_s, u"chỉ có với lỗi push.gap"_s, u"is given with push.gap only"_s);
    return r;
}

// ---------------------------------------------------------------------------------------------
// Versions. Each version the program reads has its codec; when version 2 comes, version 1's stays
// beside it (reading old clients' frames, answering them in their version).

Result<QCborMap> encodeV1(const Message &message)
{
    return std::visit([](const auto &m) { return writeMessage(m); }, message);
}

Result<Message> decodeV1(const QCborMap &map)
{
    Problems problems;
    MapReader typeReader(problems, map, {}, {top::v, top::type, 2, 3, 4, 5, 6, 7, 8});
    const qint64 type = typeReader.integer(top::type, u"type"_s, 1, qint64(MessageType::Error), true);
    if (!problems.ok())
        return problems.error();
    Message out;
    const auto read = [&](std::initializer_list<qint64> keys, QString name, auto reader) {
        MapReader m(problems, map, {}, keys, name);
        out = reader(m, 1);
    };
    switch (MessageType(type)) {
    case MessageType::SyncRequest:
        read({top::v, top::type, syncRequest::app, syncRequest::schema, syncRequest::office,
              syncRequest::registerId, syncRequest::epoch, syncRequest::push, syncRequest::pull},
             u"syncRequest"_s, readSyncRequest);
        break;
    case MessageType::SyncResponse:
        read({top::v, top::type, syncResponse::pushed, syncResponse::pull, syncResponse::catchUp,
              syncResponse::serverTime},
             u"syncResponse"_s, readSyncResponse);
        break;
    case MessageType::EnrolRequest:
        read({top::v, top::type, enrolRequest::office, enrolRequest::registerId, enrolRequest::code},
             u"enrolRequest"_s, readEnrolRequest);
        break;
    case MessageType::EnrolResponse:
        read({top::v, top::type, enrolResponse::credential, enrolResponse::secret}, u"enrolResponse"_s,
             readEnrolResponse);
        break;
    case MessageType::Error:
        read({top::v, top::type, errorResponse::code, errorResponse::vi, errorResponse::en,
              errorResponse::expected},
             u"error"_s, readErrorResponse);
        break;
    }
    if (!problems.ok())
        return problems.error();
    return out;
}

struct Codec
{
    int version;
    Result<QCborMap> (*encode)(const Message &);
    Result<Message> (*decode)(const QCborMap &);
};

constexpr std::array kCodecs{Codec{1, encodeV1, decodeV1}};

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
    if (const auto *r = std::get_if<SyncRequest>(&message))
        checkWritable(problems, r->push, r->office, u"push"_s);
    if (const auto *r = std::get_if<SyncResponse>(&message); r && r->catchUp)
        checkWritable(problems, *r->catchUp, r->catchUp->office, u"catchUp"_s);
    if (!problems.ok())
        return problems.error();
    auto map = codec->encode(message);
    if (!map)
        return map.error();
    // The decoder's checks are the encoder's: what it would refuse is not sent.
    auto back = codec->decode(*map);
    if (!back)
        return back.error();
    if (*back != message)
        return frameMalformed({}, u"thông điệp không giữ nguyên được khi mã hóa"_s,
                              u"the message does not survive its encoding"_s);
    return map;
}

Result<Message> fromCbor(const QCborMap &map)
{
    const QCborValue v = map.value(top::v);
    if (!v.isInteger())
        return frameMalformed(u"v"_s, u"v: thiếu phiên bản giao thức (số nguyên)"_s,
                              u"v: the protocol version (an integer) is missing"_s);
    const Codec *codec = codecFor(v.toInteger());
    if (!codec)
        return unknownVersion(v.toInteger());
    return codec->decode(map);
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
