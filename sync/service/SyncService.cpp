#include "SyncService.h"

#include "WireChanges.h"
#include "sync/protocol/Frame.h"
#include "sync/protocol/Messages.h"
#include "sync/server/ServerErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

/// The answer a refusal gets: its error frame, with the status that says what kind it is.
/// `fromStore`: the error came from the server's own work (its database, its answer), where a
/// damaged row is the server's fault, not the office's.
ServiceAnswer refusal(const Error &error, qint64 expected = 0, bool fromStore = false)
{
    sync::ErrorResponse response;
    // A failure of the server itself is told as server.busy, which the client retries; what failed
    // goes to the log, not to the office.
    const bool ours = error.kind == ErrorKind::Storage || (fromStore && error.kind == ErrorKind::Corrupt);
    response.code = ours ? u"server.busy"_s : error.code;
    response.vi = ours ? u"Máy chủ đang bận hoặc gặp sự cố; sổ sẽ tự đồng bộ lại sau"_s : error.vi;
    response.en = ours ? u"The server is busy or failing; the register will sync again later"_s : error.en;
    response.expected = expected;
    ServiceAnswer answer;
    answer.status = ours ? 503 : httpStatusOf(error);
    answer.outcome = error.code;
    auto frame = sync::encodeMessage(response);
    // Only an error whose texts break the frame's limits fails to encode: then the bare code.
    if (!frame) {
        response.vi = response.en = response.code;
        frame = sync::encodeMessage(response);
    }
    answer.body = frame ? *frame : QByteArray();
    return answer;
}

/// A failure of the store's call: a refusal of the request, or the server's own failure.
ServiceAnswer storeRefusal(const Error &error)
{
    return refusal(error, 0, true);
}

ServiceAnswer answerWith(const sync::Message &message)
{
    auto frame = sync::encodeMessage(message);
    // The server's own answer breaks the protocol (a stored change over a limit): its fault, in
    // the log with what broke, and told to the office as a failure to retry later.
    if (!frame) {
        ServiceAnswer answer =
            refusal(Error::make(ErrorKind::Storage, u"server.encode"_s, frame.error().vi, frame.error().en));
        answer.outcome = u"server.encode: "_s + frame.error().en;
        return answer;
    }
    ServiceAnswer answer;
    answer.body = *frame;
    answer.outcome = u"ok"_s;
    return answer;
}

Error unexpectedMessage(const QString &wanted)
{
    return Error::make(ErrorKind::InvalidInput, u"frame.malformed"_s,
                       u"Khung dữ liệu không phải là %1"_s.arg(wanted),
                       u"The frame is not a %1"_s.arg(wanted));
}

Error registerMismatch()
{
    return Error::make(ErrorKind::PermissionDenied, u"auth.failed"_s,
                       u"Thông tin đăng nhập này được cấp cho một sổ khác: hãy đăng ký lại sổ"_s,
                       u"This credential was issued to another register: enrol the register again"_s);
}

sync::PushResult wirePushed(const PushResult &pushed)
{
    sync::PushResult out;
    out.through = pushed.through;
    for (const EntryRejection &r : pushed.rejected)
        out.rejected.push_back({r.seq, r.code, r.vi, r.en});
    for (qint64 seq : pushed.quarantined)
        out.quarantined.push_back({seq});
    return out;
}

} // namespace

int httpStatusOf(const Error &error)
{
    if (error.code == u"auth.failed"_s)
        return 401;
    switch (error.kind) {
    case ErrorKind::InvalidInput:
    case ErrorKind::Corrupt:
        return 400;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::PermissionDenied:
        return 403;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Storage:
        return 503;
    }
    return 500;
}

std::optional<CredentialHeader> parseAuthorization(QByteArrayView header)
{
    constexpr QByteArrayView scheme = "Hotich ";
    if (!header.startsWith(scheme))
        return std::nullopt;
    const QByteArrayView token = header.sliced(scheme.size()).trimmed();
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0 || dot == token.size() - 1 || token.size() > 256)
        return std::nullopt;
    const auto base64url = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    auto secret = QByteArray::fromBase64Encoding(token.sliced(dot + 1).toByteArray(), base64url);
    if (!secret)
        return std::nullopt;
    const QByteArrayView id = token.first(dot);
    for (char c : id) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                             c == '-' || c == '_';
        if (!allowed)
            return std::nullopt;
    }
    return CredentialHeader{QString::fromLatin1(id), *secret};
}

ServiceAnswer SyncService::enrol(QByteArrayView frame, const QDateTime &now)
{
    auto message = sync::decodeMessage(frame);
    if (!message)
        return refusal(message.error());
    const auto *request = std::get_if<sync::EnrolRequest>(&*message);
    if (!request)
        return refusal(unexpectedMessage(u"enrol request"_s));
    auto credential = m_store.enrol(request->office, request->registerId, request->code, now);
    if (!credential) {
        ServiceAnswer answer = storeRefusal(credential.error());
        answer.office = request->office;
        return answer;
    }
    sync::EnrolResponse response;
    response.credentialId = credential->id;
    response.secret = credential->secret;
    ServiceAnswer answer = answerWith(response);
    answer.office = request->office;
    answer.credentialId = credential->id;
    return answer;
}

ServiceAnswer SyncService::sync(QByteArrayView frame, QByteArrayView authorization, const QDateTime &now)
{
    // Who asks comes first: an unknown caller learns nothing about frames.
    const auto header = parseAuthorization(authorization);
    if (!header)
        return refusal(errors::authFailed());
    auto caller = m_store.authenticate(header->id, header->secret);
    if (!caller)
        return storeRefusal(caller.error());

    auto message = sync::decodeMessage(frame);
    if (!message) {
        ServiceAnswer answer = refusal(message.error());
        answer.office = caller->office;
        answer.credentialId = caller->credentialId;
        return answer;
    }
    const auto mark = [&](ServiceAnswer answer) {
        answer.office = caller->office;
        answer.credentialId = caller->credentialId;
        return answer;
    };
    const auto *request = std::get_if<sync::SyncRequest>(&*message);
    if (!request)
        return mark(refusal(unexpectedMessage(u"sync request"_s)));
    if (request->office != caller->office)
        return mark(refusal(errors::officeMismatch(request->office, caller->office)));
    if (request->registerId != caller->registerUuid)
        return mark(refusal(registerMismatch()));

    const QList<SyncEntry> entries(request->push.entries.begin(), request->push.entries.end());
    auto pushed = m_store.applyPush(caller->office, request->registerId, request->epoch, request->push.from,
                                    entries, request->push.head, now);
    if (!pushed)
        return mark(storeRefusal(pushed.error()));

    sync::SyncResponse response;
    response.pushed = wirePushed(*pushed);
    response.serverTimeMs = now.toMSecsSinceEpoch();
    if (pushed->refused) {
        // A fork is an answer the office keeps (what was quarantined, where the server stands);
        // every other refusal is an error frame. Nothing is pulled either way.
        if (pushed->refused->code != u"push.fork"_s)
            return mark(
                refusal(*pushed->refused, pushed->refused->code == u"push.gap"_s ? pushed->expected() : 0));
        response.pull.cursor = request->pull.cursor;
        ServiceAnswer answer = mark(answerWith(response));
        answer.outcome = pushed->refused->code;
        return answer;
    }
    if (!pushed->catchUp.isEmpty()) {
        sync::CatchUp catchUp;
        catchUp.office = caller->office;
        catchUp.from = pushed->catchUp.constFirst().seq;
        catchUp.entries.assign(pushed->catchUp.begin(), pushed->catchUp.end());
        response.catchUp = std::move(catchUp);
        // The office applies its own entries first and pulls in a later round: no page now.
        response.pull.cursor = request->pull.cursor;
        ServiceAnswer answer = mark(answerWith(response));
        answer.entries = pushed->applied;
        return answer;
    }
    if (request->pull.max == 0) {
        // The office has more to push and pulls once its backlog is in: no page now.
        response.pull.cursor = request->pull.cursor;
        ServiceAnswer answer = mark(answerWith(response));
        answer.entries = pushed->applied;
        return answer;
    }
    auto page = m_store.pull(caller->office, request->pull.cursor, request->pull.max, now);
    if (!page)
        return mark(storeRefusal(page.error()));
    response.pull = toWire(*page);
    ServiceAnswer answer = mark(answerWith(response));
    answer.entries = pushed->applied;
    answer.changes = qint64(page->changes.size());
    return answer;
}

ServiceAnswer SyncService::health()
{
    ServiceAnswer answer;
    auto schema = m_store.database().schemaVersion();
    QJsonObject body{{u"status"_s, schema ? u"ok"_s : u"failing"_s}, {u"protocol"_s, sync::kProtocolVersion}};
    if (schema)
        body.insert(u"schema"_s, *schema);
    else
        body.insert(u"error"_s, schema.error().code);
    answer.status = schema ? 200 : 503;
    answer.outcome = schema ? u"ok"_s : schema.error().code;
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    answer.contentType = "application/json";
    return answer;
}

ServiceAnswer SyncService::tooLarge()
{
    ServiceAnswer answer = refusal(
        sync::frameTooLarge(u"Khung dữ liệu vượt quá %1 byte"_s.arg(sync::FrameLimits{}.maxCompressed),
                            u"The frame is over %1 bytes"_s.arg(sync::FrameLimits{}.maxCompressed)));
    answer.status = 413;
    return answer;
}

} // namespace hotich::server
