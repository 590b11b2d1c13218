#pragma once

#include <QDateTime>
#include <QUuid>

namespace hotich {

/// A UUID version 7 (RFC 9562): 48-bit Unix milliseconds then random bits, so keys made on
/// different workstations never collide and still sort by creation time.
QUuid makeUuidV7(const QDateTime &at);

/// A UUID version 7 for a record: the last 40 of its random bits hold the record's row id (RFC
/// 9562 lets an implementation use them as a counter), so that a record is found from its UUID by
/// primary key, without an index over UUIDs. 34 random bits remain beside the milliseconds.
QUuid makeRecordUuid(const QDateTime &at, qint64 rowId);

/// The row id a UUID made by makeRecordUuid carries. Any other UUID gives some number: a look-up
/// by it must also compare the UUID.
qint64 rowIdInRecordUuid(const QUuid &id);

/// Parses the canonical text form ("0192f0c4-…"), with or without braces; null on failure.
QUuid parseUuid(const QString &text);

/// The canonical text form without braces.
QString uuidText(const QUuid &id);

} // namespace hotich
