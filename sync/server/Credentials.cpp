#include "sync/server/Credentials.h"

#include "sync/server/ServerErrors.h"
#include "util/Hash.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace hotich::server {

QByteArray randomBytes(int bytes)
{
    if (sodium_init() < 0)
        qFatal("hotich-server: libsodium cannot start: no random numbers");
    QByteArray out(bytes, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(out.size()));
    return out;
}

Result<Credential> Credentials::issue(const QString &office, const QUuid &registerUuid, const QDateTime &now)
{
    Credential c;
    c.id = QString::fromLatin1(
        randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    c.secret = randomBytes(kSecretSize);
    c.office = office;
    c.registerUuid = registerUuid;
    auto r = m_db.run(u"INSERT INTO credentials (id, office, register_uuid, secret_hash, created_at) "
                      u"VALUES (?, ?, ?, ?, ?)"_s,
                      {c.id, office, uuidValue(registerUuid), FieldHasher::of(QByteArrayView(c.secret)),
                       now.toMSecsSinceEpoch()},
                      u"ghi thông tin xác thực"_s);
    if (!r)
        return r.error();
    return c;
}

Result<AuthenticatedRegister> Credentials::authenticate(const QString &credentialId, const QByteArray &secret)
{
    auto q =
        m_db.run(u"SELECT office, register_uuid, secret_hash, revoked_at FROM credentials WHERE id = ?"_s,
                 {credentialId}, u"kiểm tra thông tin xác thực"_s);
    if (!q)
        return q.error();
    if (!q->next() || !q->value(3).isNull())
        return errors::authFailed();
    const QByteArray stored = q->value(2).toByteArray();
    const QByteArray presented = FieldHasher::of(QByteArrayView(secret));
    // Compared in constant time, so the time taken says nothing of how much of it matched.
    if (stored.size() != presented.size() ||
        sodium_memcmp(stored.constData(), presented.constData(), size_t(stored.size())) != 0)
        return errors::authFailed();
    return AuthenticatedRegister{credentialId, q->value(0).toString(), uuidFrom(q->value(1))};
}

Result<void> Credentials::revoke(const QString &credentialId, const QDateTime &now)
{
    auto r = m_db.run(u"UPDATE credentials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                      {now.toMSecsSinceEpoch(), credentialId}, u"thu hồi thông tin xác thực"_s);
    if (!r)
        return r.error();
    return {};
}

} // namespace hotich::server
