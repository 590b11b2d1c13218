#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace hotich {

/// Argon2id password hashes (libsodium's crypto_pwhash_str, interactive limits): the encoded
/// string carries the salt and parameters, so stronger limits later still verify old hashes.
namespace password {

constexpr int kMinimumLength = 8;

/// Checks the password policy (length) with a clear message.
Result<void> checkPolicy(const QByteArray &password);
Result<QString> hash(const QByteArray &password);
bool verify(const QString &encoded, const QByteArray &password);

} // namespace password

} // namespace hotich
