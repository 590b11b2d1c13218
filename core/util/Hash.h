#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace hotich {

/// SHA-256 over a sequence of fields, each length-prefixed so that ("ab","c") and ("a","bc") differ.
/// Used for the content hashes of rows and the hash chains of the journal and the outbox.
class FieldHasher
{
public:
    FieldHasher() : m_hash(QCryptographicHash::Sha256) {}

    FieldHasher &add(QByteArrayView bytes)
    {
        const quint32 length = quint32(bytes.size());
        const char prefix[4] = {char(length >> 24), char(length >> 16), char(length >> 8), char(length)};
        m_hash.addData(QByteArrayView(prefix, 4));
        m_hash.addData(bytes);
        return *this;
    }
    FieldHasher &add(const QString &text) { return add(QByteArrayView(text.toUtf8())); }
    FieldHasher &add(qint64 number) { return add(QByteArrayView(QByteArray::number(number))); }
    /// A NULL column hashes differently from an empty one.
    FieldHasher &addNullable(const QVariant &value);

    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash;
};

} // namespace hotich
