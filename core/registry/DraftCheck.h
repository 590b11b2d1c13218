#pragma once

#include "auth/Accounts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QList>

namespace hotich {

/// The officer entering a registration, as the rules know them from the account.
OfficerIdentity officerIdentityOf(const Account &actor);

/// What a form shows while the officer types a record not saved yet (bản nháp): the schema's
/// errors, and when the schema is satisfied the rules that need no register (dates, ages, late
/// registration, the officer's own event). Pure and fast enough for every keystroke; the same
/// checks the Registrar makes when saving.
Findings checkDraft(const QJsonObject &input, const RuleContext &context);

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
