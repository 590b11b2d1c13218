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

/// The part of the rules that needs only the record, the officer and today's date (no register).
/// `facts` must be RecordFacts::of(kind, record).
Findings checkRecordRules(EventKind kind, const QJsonObject &record, const RecordFacts &facts,
                          const RuleContext &context);
/// The part that looks the register up (context.lookup): duplicates, deaths, marriages in force.
/// `facts` must be RecordFacts::of(kind, record).
Findings checkRegisterRules(EventKind kind, const QJsonObject &record, const RecordFacts &facts,
                            const RuleContext &context);

} // namespace hotich
