#pragma once

#include "auth/Accounts.h"
#include "model/EventKind.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QList>

namespace hotich {

struct RecordView;

/// The officer entering a registration, as the rules know them from the account.
OfficerIdentity officerIdentityOf(const Account &actor);

/// What a form shows while the officer types a record not saved yet (bản nháp): the schema's
/// errors, and when the schema is satisfied the rules that need no register (dates, ages, late
/// registration, the officer's own event). Pure and fast enough for every keystroke; the same
/// checks the Registrar makes when saving.
Findings checkDraft(const QJsonObject &input, const RuleContext &context);

/// The members of a registration of `kind` that a correction (thay đổi, cải chính, bổ sung) may
/// change, as dotted paths ("subject.givenName") in the paper form's order: what the certificate
/// states of the person and their parents. Never the kind, the registration date or the status
/// (the core refuses those), nor the personal ID number (it comes from the national database).
/// Empty for a kind that amends another record, a correction and an extract copy: a wrong one
/// is registered again, not corrected.
QStringList correctableFields(EventKind kind);

/// What a correction screen shows while the officer types a correction of `target` not saved yet:
/// `correction` holds type, changes (a merge patch), reason and supportingDocument. The schema's
/// errors (the reason missing), the supporting document missing, and the changed record checked as
/// the Registrar checks it, without the register (errors under "changes."; nothing changed:
/// "correction.empty" on "amends").
Findings checkCorrectionDraft(const RecordView &target, const QJsonObject &correction,
                              const RuleContext &context);

/// A registered birth that a draft may duplicate, as the form shows it beside the draft.
struct DuplicateCandidate
{
    RegisteredEvent event;
    QString subjectName;
    QString birthDate; ///< dd/MM/yyyy as documents write it
    QString motherName;
    QString birthPlace;
};

/// The registered births in force with the same name, date of birth and mother's name as the
/// draft (the key the Registrar warns on); empty when the draft is not a valid birth yet. Reads
/// the register: call it off the GUI thread.
Result<QList<DuplicateCandidate>> duplicateCandidates(Database &db, const QJsonObject &input);

} // namespace hotich
