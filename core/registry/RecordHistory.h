#pragma once

#include "store/Database.h"

#include <QJsonObject>
#include <QUuid>

namespace hotich {

/// A record's whole history as JSON: its registration and every amendment after it, each with its
/// time, the login that wrote it and (for an amendment made by a registration, such as a
/// correction) that registration's number, reason and supporting document, and the values it
/// replaced ("before", shaped as "changes"); then the record's current view.
/// {"id", "kind", "recordStatus", "events": [{"type", "at", "by", …}], "current": {…}}
Result<QJsonObject> recordHistory(Database &db, const QUuid &id);

} // namespace hotich
