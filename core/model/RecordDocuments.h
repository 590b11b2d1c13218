#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace hotich {

/// The record objects in a document: one JSON object, a JSON array of objects, or JSON lines (one
/// object per line). A malformed or truncated document is rejected with the line and column of the
/// problem, a non-object with its place ("#3" in an array, the line in JSON lines), and a document
/// without a record as empty. `source` names the input in the messages ("stdin", a file name).
/// This is the parsing of untrusted input only: checking each record is canonicalizeRecord's job.
Result<QList<QJsonObject>> parseRecordDocuments(const QByteArray &text, const QString &source);

} // namespace hotich
