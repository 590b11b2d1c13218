#include "SyncEntry.h"

#include "util/Hash.h"

using namespace Qt::StringLiterals;

namespace hotich {

QString operationCode(SyncEntry::Operation operation)
{
    switch (operation) {
    case SyncEntry::Operation::Register:
        return u"register"_s;
    case SyncEntry::Operation::Amend:
        return u"amend"_s;
    case SyncEntry::Operation::BookClose:
        return u"book.close"_s;
    }
    return {};
}

std::optional<SyncEntry::Operation> parseOperationCode(QStringView code)
{
    for (auto op :
         {SyncEntry::Operation::Register, SyncEntry::Operation::Amend, SyncEntry::Operation::BookClose}) {
        if (operationCode(op) == code)
            return op;
    }
    return std::nullopt;
}

namespace {

QByteArray uuidBytes(const QUuid &id)
{
    return id.isNull() ? QByteArray() : id.toRfc4122();
}

QString isoDay(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray SyncEntry::contentHash(const QByteArray &payloadHash) const
{
    FieldHasher h;
    switch (operation) {
    case Operation::Register:
        h.add(QByteArrayView(uuidBytes(recordId)))
            .add(office)
            .add(kindCode(kind))
            .add(qint64(year))
            .add(qint64(number))
            .add(qint64(book))
            .add(isoDay(registrationDate))
            .add(QByteArrayView(payloadHash.isEmpty() ? FieldHasher::of(QByteArrayView(payload))
                                                      : payloadHash));
        break;
    case Operation::Amend:
        h.add(QByteArrayView(uuidBytes(amendmentId)))
            .add(QByteArrayView(uuidBytes(recordId)))
            .add(amendmentType)
            .add(QByteArrayView(uuidBytes(byRecordId)))
            .add(QByteArrayView(payload));
        break;
    case Operation::BookClose:
        h.add(office).add(kindCode(kind)).add(qint64(year)).add(qint64(book));
        break;
    }
    return h.add(createdAtMs).add(actorLogin).result();
}

QByteArray SyncEntry::chainHash(const QByteArray &previous, const QByteArray &content) const
{
    return FieldHasher()
        .add(QByteArrayView(previous))
        .add(seq)
        .add(office)
        .add(operationCode(operation))
        .add(QByteArrayView(uuidBytes(recordId)))
        .add(QByteArrayView(uuidBytes(amendmentId)))
        .add(QByteArrayView(content))
        .add(createdAtMs)
        .add(actorLogin)
        .add(actorName)
        .result();
}

} // namespace hotich
