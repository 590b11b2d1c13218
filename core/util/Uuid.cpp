#include "Uuid.h"

#include <QRandomGenerator>

#include <cstring>

namespace hotich {

QUuid makeUuidV7(const QDateTime &at)
{
    const quint64 millis = quint64(at.toMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull;
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((millis >> (8 * (5 - i))) & 0xFF);
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(bytes.data() + 6, random, 10);
    bytes[6] = char((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

QUuid makeRecordUuid(const QDateTime &at, qint64 rowId)
{
    QByteArray bytes = makeUuidV7(at).toRfc4122();
    for (int i = 0; i < 5; ++i) // bytes 11-15: the row id, big-endian
        bytes[11 + i] = char((quint64(rowId) >> (8 * (4 - i))) & 0xFF);
    return QUuid::fromRfc4122(bytes);
}

qint64 rowIdInRecordUuid(const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    qint64 rowId = 0;
    for (int i = 11; i < 16; ++i)
        rowId = (rowId << 8) | quint8(bytes[i]);
    return rowId;
}

QUuid parseUuid(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 36 && trimmed.size() != 38)
        return {};
    return QUuid::fromString(trimmed);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace hotich
