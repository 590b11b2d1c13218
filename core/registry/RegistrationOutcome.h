#pragma once

#include "model/EventKind.h"
#include "model/Finding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace hotich {

/// The result of one registration: where it went in the register, and the warnings kept with it.
struct RegistrationOutcome
{
    QUuid id;
    EventKind kind = EventKind::Birth;
    int year = 0;
    int number = 0;
    int book = 0;
    Findings warnings;

    /// {"id":…, "kind":…, "year":…, "number":…, "book":…, "warnings":[…]}
    QJsonObject toJson() const;
};

/// Findings as JSON: [{"severity","code","field","message","messageEn"}].
QJsonArray findingsToJson(const Findings &findings);

} // namespace hotich
