#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <sodium.h>

namespace hotich {

/// BLAKE2b-256 (libsodium's crypto_generichash) over a sequence of fields, each length-prefixed so
/// that ("ab","c") and ("a","bc") differ. Used for the content hashes of rows and the hash chains
/// of the journal and the outbox: a cryptographic hash several times faster than SHA-256 here.
class FieldHasher
{
public:
    static constexpr size_t kSize = 32;

    FieldHasher();

    FieldHasher &add(QByteArrayView bytes);
    FieldHasher &add(const QString &text) { return add(QByteArrayView(text.toUtf8())); }
    FieldHasher &add(qint64 number);
    /// A NULL column hashes differently from an empty one.
    FieldHasher &addNullable(const QVariant &value);

    QByteArray result();

    /// The hash of one byte string.
    static QByteArray of(QByteArrayView bytes);

private:
    // The fields are gathered and hashed in one call: BLAKE2b's per-update cost exceeds that of
    // the few bytes most fields hold.
    QByteArray m_input;
};

} // namespace hotich
