#pragma once

#include "sync/server/ServerStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hotich::server {

/// What the server answers one request with, and what its log line says about it.
struct ServiceAnswer
{
    int status = 200; ///< the HTTP status
    QByteArray body;  ///< a frame (an error frame too), or JSON for the health check
    QByteArray contentType = QByteArrayLiteral("application/x-hotich-frame");
    QString office;       ///< the office the request was for, once known (for the log)
    QString credentialId; ///< the credential it authenticated with, once known
    QString outcome;      ///< "ok", or the error code
    qint64 entries = 0;   ///< entries applied (sync) …
    qint64 changes = 0;   ///< … and changes sent back
};

/// The ministry server's protocol (docs/sync-protocol.md) over its store, without HTTP: a request's
/// frame in, the answer's frame out. Every refusal is an error frame with its code, in Vietnamese
/// and English; nothing is written for a request that is refused before it reaches the store.
class SyncService
{
public:
    explicit SyncService(ServerStore &store) : m_store(store) {}

    /// POST /v1/enrol: an office's one-time code for a credential.
    ServiceAnswer enrol(QByteArrayView frame, const QDateTime &now);
    /// POST /v1/sync: a push, then a page of the pull feed. `authorization` is the header's value.
    ServiceAnswer sync(QByteArrayView frame, QByteArrayView authorization, const QDateTime &now);
    /// GET /v1/health: whether the database answers.
    ServiceAnswer health();
    /// A body over the frame limit, refused unread (413).
    static ServiceAnswer tooLarge();

private:
    ServerStore &m_store;
};

/// "Hotich <credential-id>.<secret in base64url>" → the id and the secret; nullopt when malformed.
struct CredentialHeader
{
    QString id;
    QByteArray secret;
};
std::optional<CredentialHeader> parseAuthorization(QByteArrayView header);

/// The HTTP status of an error answer: 400 malformed, 401 unknown credential, 403 not allowed,
/// 409 a conflict with what the server holds, 503 the server's own failure (the client retries).
int httpStatusOf(const Error &error);

} // namespace hotich::server
