#include "Hash.h"

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
    sodiumReady();
    crypto_generichash_init(&m_state, nullptr, 0, kSize);
}

FieldHasher &FieldHasher::add(QByteArrayView bytes)
{
    const quint32 length = quint32(bytes.size());
    const unsigned char prefix[4] = {
        static_cast<unsigned char>(length >> 24), static_cast<unsigned char>(length >> 16),
        static_cast<unsigned char>(length >> 8), static_cast<unsigned char>(length)};
    crypto_generichash_update(&m_state, prefix, 4);
    crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(bytes.data()),
                              size_t(bytes.size()));
    return *this;
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
    QByteArray out(int(kSize), Qt::Uninitialized);
    crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), kSize);
    return out;
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
