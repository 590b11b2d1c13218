#include "Hash.h"

#include <charconv>

namespace hotich {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

FieldHasher::FieldHasher()
{
    m_input.reserve(256);
}

FieldHasher &FieldHasher::add(QByteArrayView bytes)
{
    const quint32 length = quint32(bytes.size());
    const char prefix[4] = {char(length >> 24), char(length >> 16), char(length >> 8), char(length)};
    m_input.append(prefix, 4);
    m_input.append(bytes);
    return *this;
}

FieldHasher &FieldHasher::add(qint64 number)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    return add(QByteArrayView(digits, end - digits));
}

FieldHasher &FieldHasher::addNullable(const QVariant &value)
{
    if (value.isNull())
        return add(QByteArrayView("\xff"
                                  "null"));
    if (value.typeId() == QMetaType::QByteArray)
        return add(QByteArrayView(value.toByteArray()));
    if (value.typeId() == QMetaType::QString)
        return add(value.toString());
    return add(value.toLongLong());
}

QByteArray FieldHasher::result()
{
    return of(QByteArrayView(m_input));
}

QByteArray FieldHasher::of(QByteArrayView bytes)
{
    sodiumReady();
    QByteArray out(int(kSize), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kSize,
                       reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()), nullptr,
                       0);
    return out;
}

} // namespace hotich
