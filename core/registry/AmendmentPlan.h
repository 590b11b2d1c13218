#pragma once

#include "RecordView.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace hotich {

/// A registration about to be written, and, when it amends an earlier record (a correction, an
/// ethnicity redetermination, a change or end of guardianship, a divorce or annulment recorded),
/// what it changes there. Extract copies and recordings of another record only need it to exist.
struct AmendmentPlan
{
    QUuid id;
    EventKind kind = EventKind::Birth;
    QJsonObject record;
    Findings findings;
    RuleContext context;

    // When the registration amends an earlier one:
    std::optional<RecordView> target;
    QString amendmentType;
    QJsonObject patch;
    std::optional<QList<PersonView>> principal; ///< names the new record is found by, if not its own
};

/// A change of a registration's content checked as a new registration of its kind would be: what
/// may not change (kind, registration date, status …), the schema and the rules on the record as
/// changed (errors only, under "changes."), and a change that changes nothing. With no register in
/// the context (a form's draft) only the rules that need none. Refusals name `targetField`.
struct AmendedContent
{
    Findings findings;
    QJsonObject patch;   ///< the merge patch from the current content to the changed one
    QJsonObject content; ///< the changed content, canonical
};
AmendedContent checkAmendedContent(const RecordView &target, const QJsonObject &changes,
                                   const RuleContext &context, const QString &targetField);

/// Finds the record the plan's registration refers to and applies the amendment rules of its kind:
/// a refusal is an error finding on the referring field, a failure to read the register an error.
Result<void> planAmendment(Database &db, AmendmentPlan &plan);

} // namespace hotich
