#pragma once

#include "sync/server/ServerDatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace hotich::server {

/// What a register receives at enrolment and sends with every request after it
/// (`Authorization: Hotich <id>.<secret>`). The secret is shown once: the server keeps its BLAKE2b.
struct Credential
{
    QString id;        ///< 22 characters of base64url
    QByteArray secret; ///< 32 random bytes
    QString office;
    QUuid registerUuid;
};

/// The credential a request authenticated with.
struct AuthenticatedRegister
{
    QString credentialId;
    QString office;
    QUuid registerUuid;
};

/// Office credentials: issued at enrolment, checked on every request, revoked by the province.
class Credentials
{
public:
    static constexpr int kSecretSize = 32;

    explicit Credentials(ServerDatabase &db) : m_db(db) {}

    /// Issues a credential for the register of the office (inside the enrolment's transaction).
    Result<Credential> issue(const QString &office, const QUuid &registerUuid, const QDateTime &now);
    /// The office of the credential, or auth.failed (unknown, revoked or a wrong secret: the
    /// caller is not told which).
    Result<AuthenticatedRegister> authenticate(const QString &credentialId, const QByteArray &secret);
    Result<void> revoke(const QString &credentialId, const QDateTime &now);

private:
    ServerDatabase &m_db;
};

/// `bytes` random bytes (libsodium's generator).
QByteArray randomBytes(int bytes);

} // namespace hotich::server
