#pragma once

#include "RuleContext.h"
#include "model/EventKind.h"
#include "model/Finding.h"

#include <QJsonObject>

namespace hotich {

/// The legal checks of Luật Hộ tịch 2014 and its decrees on one canonical record: errors block the
/// registration (impossible or future dates, marriage age, a party already married, an officer's
/// own or relative's event, an inconsistent personal ID number), warnings are shown and kept (late
/// registration, possible duplicate). Every message names the field, in Vietnamese and English.
Findings checkRegistrationRules(EventKind kind, const QJsonObject &record, const RuleContext &context);

} // namespace hotich
