#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>

namespace hotich::admin {

/// Reads FILE (or stdin for "-") as text, with a clear error for a missing or unreadable file.
Result<QByteArray> readInput(const QString &fileOrDash);

/// Records from FILE|-: one JSON object, a JSON array of objects, or JSON lines (one per line),
/// as parseRecordDocuments reads them (a malformed document is rejected with its line and column).
Result<QList<QJsonObject>> readRecords(const QString &fileOrDash);

/// Exactly one JSON object from FILE|-.
Result<QJsonObject> readObject(const QString &fileOrDash);

} // namespace hotich::admin
