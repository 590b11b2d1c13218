#pragma once

#include <QJsonObject>
#include <QString>

namespace hotich {

/// Compact JSON text of an object, members in QJsonObject's (sorted) order, non-ASCII text kept as
/// it is. Deterministic, so it is what content hashes are computed over; several times faster than
/// QJsonDocument::toJson, which converts through CBOR.
QString compactJson(const QJsonObject &object);

} // namespace hotich
