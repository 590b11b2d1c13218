#include "SyncClient.h"

#include "registry/CatchUp.h"
#include "registry/PulledChanges.h"
#include "registry/RegisterSetup.h"
#include "store/Outbox.h"
#include "store/RegisterIdentity.h"
#include "store/SyncState.h"
#include "sync/protocol/Messages.h"

using namespace Qt::StringLiterals;

namespace hotich::sync {

QJsonObject SyncSummary::toJson() const
{
    return {{u"pushed"_s, pushed},
            {u"pulled"_s, pulled},
            {u"rejected"_s, rejected},
            {u"quarantined"_s, quarantined},
            {u"caughtUp"_s, caughtUp},
            {u"bytesSent"_s, bytesSent},
            {u"bytesReceived"_s, bytesReceived},
            {u"roundTrips"_s, roundTrips},
            {u"stopped"_s, stopped}};
}

QString applicationVersion()
{
#ifdef HOTICH_VERSION
    return QStringLiteral(HOTICH_VERSION);
#else
    return u"0"_s;
#endif
}

namespace {

/// Rounds of one sync are bounded: 2,000 rounds of 500 entries is a million entries, far more than a
/// commune writes between two syncs; past it the next sync goes on.
constexpr int kMaxRounds = 2000;

Error fromServer(const ErrorResponse &e)
{
    return Error::make(ErrorKind::Conflict, e.code, e.vi, e.en);
}

Error unexpectedAnswer()
{
    return Error::make(ErrorKind::Corrupt, u"sync.unexpected"_s, u"Máy chủ trả lời không đúng giao thức"_s,
                       u"The server's answer does not follow the protocol"_s);
}

QString authorization(const SyncState &state)
{
    return u"Hotich "_s + state.credentialId + u'.' +
           QString::fromLatin1(state.credentialSecret.toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals));
}

hotich::IdNumberResult::State registerState(IdNumberResult::State s)
{
    using From = IdNumberResult::State;
    using To = hotich::IdNumberResult::State;
    switch (s) {
    case From::Pending:
        return To::Pending;
    case From::Assigned:
        return To::Assigned;
    case From::SuspectedDuplicate:
        return To::SuspectedDuplicate;
    case From::NeedsVerification:
        return To::NeedsVerification;
    case From::Rejected:
        return To::Rejected;
    }
    return To::Pending;
}

/// The protocol's changes as the register keeps them.
PulledPage toRegister(const PullPage &page)
{
    PulledPage out;
    out.cursor = page.cursor;
    for (const Change &change : page.changes) {
        if (const auto *id = std::get_if<IdNumberResult>(&change)) {
            out.idNumbers.append(
                {id->recordId, registerState(id->state), id->idNumber, id->reasonVi, id->reasonEn});
        } else if (const auto *f = std::get_if<OfficeFinding>(&change)) {
            out.findings.append(
                {f->recordId, 0, f->code, f->vi, f->en, f->relatedOffice, f->relatedRecordId});
        } else if (const auto *ref = std::get_if<ReferenceUpdate>(&change)) {
            out.references.append({ref->dataset + u'@' + ref->version, 0, ref->data});
        } else if (const auto *rev = std::get_if<Revocation>(&change)) {
            QJsonObject decision{
                {u"number"_s, rev->decision}, {u"issuer"_s, rev->authority}, {u"reason"_s, rev->reasonVi}};
            if (rev->decisionDate.isValid())
                decision.insert(u"date"_s, rev->decisionDate.toString(Qt::ISODate));
            out.revocations.append({rev->recordId, decision});
        }
    }
    return out;
}

} // namespace

QString normalizeEnrolCode(const QString &typed)
{
    // As read over the telephone or copied from paper: groups split by spaces or dashes, any case,
    // and the letters Crockford's alphabet leaves out read as the digits they look like.
    QString code;
    for (const QChar c : typed) {
        if (c == u' ' || c == u'-')
            continue;
        const QChar upper = c.toUpper();
        code += upper == u'O' ? u'0' : (upper == u'I' || upper == u'L') ? u'1' : upper;
    }
    return code;
}

SyncClient::SyncClient(Database &db, const Clock &clock, SyncTransport &transport, Account actor)
    : m_db(db), m_clock(clock), m_transport(transport), m_actor(std::move(actor))
{}

Result<void> SyncClient::enrol(const QString &serverUrl, const QString &code, const QByteArray &caCertificate)
{
    auto office = readOffice(m_db);
    if (!office)
        return office.error();
    auto identity = RegisterIdentity::read(m_db);
    if (!identity)
        return identity.error();
    EnrolRequest request;
    request.office = office->code;
    request.registerId = identity->uuid;
    request.code = normalizeEnrolCode(code);
    auto frame = encodeMessage(request);
    if (!frame)
        return frame.error();
    auto answer = m_transport.post(u"/v1/enrol"_s, *frame, {});
    if (!answer)
        return answer.error();
    auto message = decodeMessage(*answer);
    if (!message)
        return message.error();
    if (const auto *e = std::get_if<ErrorResponse>(&*message))
        return fromServer(*e);
    const auto *enrolled = std::get_if<EnrolResponse>(&*message);
    if (!enrolled)
        return unexpectedAnswer();
    return SyncState::saveEnrolment(m_db, serverUrl, enrolled->credentialId, enrolled->secret, caCertificate);
}

/// A sync request ready to be sent, and what it was made from: a round made ahead is sent only if
/// the register is still where the round was made for.
struct SyncClient::PreparedRound
{
    QList<OutboxEntry> entries;
    QByteArray frame;
    qint64 from = 0;
    QByteArray pullCursor;
    QUuid epoch;
    bool pushOnly = false; ///< more of the outbox waits behind it: its answer brings no changes
};

Result<SyncSummary> SyncClient::run()
{
    SyncSummary summary;
    Result<void> outcome;
    std::optional<PreparedRound> ahead;
    for (int i = 0; i < kMaxRounds; ++i) {
        auto more = round(summary, ahead);
        if (!more) {
            outcome = more.error();
            break;
        }
        const bool goOn = !m_progress || m_progress(summary);
        if (!*more)
            break;
        if (!goOn) {
            summary.stopped = true;
            break;
        }
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!outcome) {
        if (auto r = SyncState::saveFailure(m_db, now, outcome.error()); !r)
            return r.error();
        return outcome.error();
    }
    // A sync stopped half-way is no success: what waits is still waiting.
    if (summary.stopped)
        return summary;
    if (auto r = SyncState::saveSuccess(m_db, now); !r)
        return r.error();
    return summary;
}

Result<SyncClient::PreparedRound> SyncClient::prepare(const OfficeInfo &office,
                                                      const RegisterIdentity &identity,
                                                      const QByteArray &pullCursor, qint64 from)
{
    Outbox outbox(m_db);
    auto entries = outbox.read(from, m_batch);
    if (!entries)
        return entries.error();
    PreparedRound prepared;
    prepared.from = from;
    prepared.pullCursor = pullCursor;
    prepared.epoch = identity.epoch;
    SyncRequest request;
    request.app = applicationVersion();
    request.schema = m_db.schemaVersion();
    request.office = office.code;
    request.registerId = identity.uuid;
    request.epoch = identity.epoch;
    request.push.from = from;
    for (const OutboxEntry &e : std::as_const(*entries)) {
        if (e.dangling) {
            return Error::make(
                ErrorKind::Corrupt, u"outbox.dangling"_s,
                u"Mục %1 của hàng đợi đồng bộ hỏng: chạy hotich-admin verify"_s.arg(e.entry.seq),
                u"Outbox entry %1 is damaged: run hotich-admin verify"_s.arg(e.entry.seq));
        }
        request.push.entries.push_back(e.entry);
    }
    if (!entries->isEmpty()) {
        request.push.head = entries->last().hash;
    } else {
        auto head = outbox.hashAt(from - 1);
        if (!head)
            return head.error();
        request.push.head = *head;
    }
    request.pull.cursor = pullCursor;
    // A backlog goes in first, each batch without a page of changes to apply (the answers to the
    // backlog itself, mostly): the ministry holds the registrations sooner, and the pull after the
    // last batch brings the changes in pages of their own.
    auto last = outbox.lastSeq();
    if (!last)
        return last.error();
    prepared.pushOnly = from + qint64(entries->size()) <= *last;
    if (prepared.pushOnly)
        request.pull.max = 0;
    auto frame = encodeMessage(request);
    if (!frame)
        return frame.error();
    prepared.frame = std::move(*frame);
    prepared.entries = std::move(*entries);
    return prepared;
}

Result<bool> SyncClient::round(SyncSummary &summary, std::optional<PreparedRound> &ahead)
{
    auto office = readOffice(m_db);
    if (!office)
        return office.error();
    auto identity = RegisterIdentity::read(m_db);
    if (!identity)
        return identity.error();
    auto state = SyncState::read(m_db);
    if (!state)
        return state.error();
    if (!state->enrolled()) {
        return Error::make(
            ErrorKind::Conflict, u"sync.notEnrolled"_s,
            u"Sổ chưa đăng ký với máy chủ của Bộ: chạy hotich-admin enrol --server URL --code MÃ"_s,
            u"The register is not enrolled with the ministry server: run hotich-admin enrol --server "
            u"URL --code CODE"_s);
    }
    // The round made ahead stands only if the last answer left the register where it was made for.
    std::optional<PreparedRound> prepared = std::exchange(ahead, std::nullopt);
    if (!prepared || prepared->from != state->pushedThrough + 1 ||
        prepared->pullCursor != state->pullCursor || prepared->epoch != identity->epoch ||
        identity->catchUp) {
        auto made = prepare(*office, *identity, state->pullCursor, state->pushedThrough + 1);
        if (!made)
            return made.error();
        prepared = std::move(*made);
    }
    const QList<OutboxEntry> &entries = prepared->entries;
    auto pending = m_transport.start(u"/v1/sync"_s, prepared->frame, authorization(*state));
    ++summary.roundTrips;
    summary.bytesSent += prepared->frame.size();
    if (prepared->pushOnly && !identity->catchUp) {
        // While the server takes this batch in, the next is read and encoded, as if the server
        // takes all of this one (it nearly always does; if not, the next is made again).
        auto next = prepare(*office, *identity, state->pullCursor, prepared->from + entries.size());
        if (next)
            ahead = std::move(*next);
    }
    auto answer = pending->wait();
    if (!answer)
        return answer.error();
    summary.bytesReceived += answer->size();
    auto message = decodeMessage(*answer);
    if (!message)
        return message.error();
    if (const auto *e = std::get_if<ErrorResponse>(&*message)) {
        // The server holds less than we thought (it was restored, or lost a batch): send from there.
        if (e->code == u"push.gap"_s && e->expected >= 1 && e->expected <= state->pushedThrough) {
            if (auto r = SyncState::rewindPushedThrough(m_db, e->expected - 1); !r)
                return r.error();
            return true;
        }
        return fromServer(*e);
    }
    const auto *response = std::get_if<SyncResponse>(&*message);
    if (!response)
        return unexpectedAnswer();
    const bool catchingUp = response->catchUp && !response->catchUp->entries.empty();
    if (catchingUp) {
        // The office's own entries the register lacks (after a restore or in a recovery): applied
        // as they were written, before anything is pulled, since what is pulled may concern them and
        // the register writes nothing else until they are back. The pull waits for a later round.
        const CatchUp &page = *response->catchUp;
        const QList<SyncEntry> back(page.entries.begin(), page.entries.end());
        auto applied = hotich::CatchUp(m_db, m_clock).apply(page.from, back, true);
        if (!applied)
            return applied.error();
        summary.caughtUp += applied->applied;
    }

    // Rejections name sequences: of the entries pushed, or of those the catch-up brought back.
    const auto recordAt = [&](qint64 seq) {
        for (const OutboxEntry &e : entries) {
            if (e.entry.seq == seq)
                return e.entry.recordId;
        }
        if (catchingUp) {
            for (const SyncEntry &e : response->catchUp->entries) {
                if (e.seq == seq)
                    return e.recordId;
            }
        }
        return QUuid();
    };
    QList<SyncFinding> rejections;
    for (const Rejection &r : response->pushed.rejected)
        rejections << SyncFinding{recordAt(r.seq), r.seq, r.code, r.vi, r.en, {}, {}};
    Outbox outbox(m_db);
    auto held = outbox.lastSeq();
    if (!held)
        return held.error();
    // The server may hold more than the register does yet (a catch-up in progress): what is
    // pushed is what both hold.
    PulledChanges pulled(m_db, m_clock);
    if (auto r = pulled.recordPushed(std::min(response->pushed.through, *held), rejections); !r)
        return r.error();
    if (catchingUp) {
        summary.rejected += qint64(response->pushed.rejected.size());
        return true;
    }
    summary.pushed += std::max<qint64>(0, response->pushed.through - state->pushedThrough);
    summary.rejected += qint64(response->pushed.rejected.size());
    summary.quarantined += qint64(response->pushed.quarantined.size());
    if (!response->pushed.quarantined.empty()) {
        return Error::make(
            ErrorKind::Conflict, u"push.fork"_s,
            u"Máy chủ giữ lại %1 mục vì lịch sử của sổ bị rẽ nhánh; tỉnh sẽ xử lý"_s.arg(
                response->pushed.quarantined.size()),
            u"The server quarantined %1 entries: the register's history forked; the province will "
            u"resolve it"_s.arg(response->pushed.quarantined.size()));
    }
    if (identity->catchUp) {
        // The server has nothing more of the office's: the register is whole and writes again.
        if (auto r = RegisterIdentity::setCatchUp(m_db, false, false); !r)
            return r.error();
    }
    const PulledPage page = toRegister(response->pull);
    if (page.cursor != state->pullCursor || !response->pull.changes.empty()) {
        if (auto r = pulled.apply(page, m_actor); !r)
            return r.error();
    }
    summary.pulled += qint64(response->pull.changes.size());

    auto last = outbox.lastSeq(); // the pull may have written amendments, and their entries
    if (!last)
        return last.error();
    const bool progressed =
        response->pushed.through > state->pushedThrough || !response->pull.changes.empty();
    return progressed && (response->pull.more || response->pushed.through < *last);
}

} // namespace hotich::sync
