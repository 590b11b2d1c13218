#include "PasswordHash.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace hotich::password {

namespace {

bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

Result<void> checkPolicy(const QByteArray &password)
{
    if (QString::fromUtf8(password).size() < kMinimumLength) {
        return Error::invalid(u"password.short"_s, u"password"_s,
                              u"Mật khẩu phải có ít nhất %1 ký tự"_s.arg(kMinimumLength),
                              u"A password needs at least %1 characters"_s.arg(kMinimumLength));
    }
    return {};
}

Result<QString> hash(const QByteArray &password)
{
    char out[crypto_pwhash_STRBYTES];
    if (!initialised() ||
        crypto_pwhash_str(out, password.constData(), quint64(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return Error::make(ErrorKind::Storage, u"password.hash"_s, u"Không đủ bộ nhớ để băm mật khẩu"_s,
                           u"Not enough memory to hash the password"_s);
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &encoded, const QByteArray &password)
{
    if (!initialised())
        return false;
    const QByteArray e = encoded.toLatin1();
    return crypto_pwhash_str_verify(e.constData(), password.constData(), quint64(password.size())) == 0;
}

} // namespace hotich::password
