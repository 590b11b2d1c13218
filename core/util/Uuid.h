#pragma once

#include <QDateTime>
#include <QUuid>

namespace hotich {

/// A UUID version 7 (RFC 9562): 48-bit Unix milliseconds then random bits, so keys made on
/// different workstations never collide and still sort by creation time.
QUuid makeUuidV7(const QDateTime &at);

/// Parses the canonical text form ("0192f0c4-…"), with or without braces; null on failure.
QUuid parseUuid(const QString &text);

/// The canonical text form without braces.
QString uuidText(const QUuid &id);

} // namespace hotich
