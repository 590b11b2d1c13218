// Reading version 1: every member checked for type, presence, range and size, the first problem
// named by its path.
#include "WireV1.h"

#include <QCborArray>

using namespace Qt::StringLiterals;

namespace hotich::sync::v1 {

namespace {

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

} // namespace

Result<Message> read(const QCborMap &map)
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

} // namespace hotich::sync::v1
