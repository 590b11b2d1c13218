#include "DraftCheck.h"

#include "RecordView.h"
#include "model/Person.h"
#include "model/RecordValidator.h"
#include "rules/RegistrationRules.h"
#include "store/RecordStore.h"
#include "store/RegisterIndex.h"

using namespace Qt::StringLiterals;

namespace hotich {

OfficerIdentity officerIdentityOf(const Account &actor)
{
    return {actor.fullName, actor.idNumber, actor.birthDate};
}

Findings checkDraft(const QJsonObject &input, const RuleContext &context)
{
    const CanonicalRecord canonical = canonicalizeRecord(input);
    if (!canonical.ok())
        return canonical.errors;
    const RecordFacts facts = RecordFacts::of(*canonical.kind, canonical.json);
    RuleContext withoutRegister = context;
    withoutRegister.lookup = nullptr;
    return checkRecordRules(*canonical.kind, canonical.json, facts, withoutRegister);
}

Result<QList<DuplicateCandidate>> duplicateCandidates(Database &db, const QJsonObject &input)
{
    const CanonicalRecord canonical = canonicalizeRecord(input);
    if (!canonical.ok() || *canonical.kind != EventKind::Birth)
        return QList<DuplicateCandidate>{};
    const RegisterIndex index(db);
    const QList<RegisteredEvent> events = index.birthsWithDuplicateKey(birthDuplicateKey(canonical.json));
    if (auto e = index.takeLookupError())
        return *e;
    RecordStore store(db);
    QList<DuplicateCandidate> candidates;
    for (const RegisteredEvent &event : events) {
        auto view = loadRecordView(store, event.id);
        if (!view)
            return view.error();
        const PersonView subject = personAt(view->current, u"subject"_s);
        const PersonView mother = personAt(view->current, u"mother"_s);
        candidates << DuplicateCandidate{
            event, subject.fullName, subject.birthDate.isNull() ? QString() : subject.birthDate.toDisplay(),
            mother.fullName, view->current.value(u"subject"_s).toObject().value(u"birthPlace"_s).toString()};
    }
    return candidates;
}

} // namespace hotich
