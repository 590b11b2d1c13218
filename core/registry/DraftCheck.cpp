#include "DraftCheck.h"

#include "AmendmentPlan.h"
#include "RecordView.h"
#include "model/PartialDate.h"
#include "model/Person.h"
#include "model/RecordValidator.h"
#include "rules/RegistrationRules.h"
#include "store/RecordStore.h"
#include "store/RegisterIndex.h"
#include "util/Uuid.h"

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

QStringList correctableFields(EventKind kind)
{
    if (kind != EventKind::Birth)
        return {};
    QStringList fields{u"subject.familyName"_s,  u"subject.middleName"_s, u"subject.givenName"_s,
                       u"subject.birthDate"_s,   u"subject.sex"_s,        u"subject.ethnicity"_s,
                       u"subject.nationality"_s, u"subject.birthPlace"_s, u"subject.hometown"_s};
    for (const QString &parent : {u"mother"_s, u"father"_s}) {
        for (const QString &member :
             {u"fullName"_s, u"birthDate"_s, u"ethnicity"_s, u"nationality"_s, u"residence"_s})
            fields << parent + u'.' + member;
    }
    return fields;
}

Findings checkCorrectionDraft(const RecordView &target, const QJsonObject &correction,
                              const RuleContext &context)
{
    QJsonObject input = correction;
    input.insert(u"kind"_s, u"correction"_s);
    input.insert(u"amends"_s, uuidText(target.stored.id));
    if (!input.contains(u"registrationDate"_s))
        input.insert(u"registrationDate"_s, isoDate(context.today));
    const CanonicalRecord canonical = canonicalizeRecord(input);
    // No change at all is said once, as the Registrar's refusal says it (below), not also as the
    // schema's empty patch.
    const bool unchanged = input.value(u"changes"_s).toObject().isEmpty();
    Findings findings;
    for (const Finding &f : canonical.errors) {
        if (!(unchanged && f.field == u"changes"_s))
            findings << f;
    }
    // The register keeps the reference of the paper the correction rests on (a birth certificate
    // copy, a court decision …): an officer's correction without one has nothing to show for it.
    if (input.value(u"supportingDocument"_s).toString().trimmed().isEmpty()) {
        findings.append({Finding::Severity::Error, u"correction.document"_s, u"supportingDocument"_s,
                         u"Hãy ghi giấy tờ làm căn cứ cải chính (loại, số, ngày cấp)"_s,
                         u"Give the supporting document the correction rests on (kind, number, date)"_s});
    }
    RuleContext withoutRegister = context;
    withoutRegister.lookup = nullptr;
    findings +=
        checkAmendedContent(target, input.value(u"changes"_s).toObject(), withoutRegister, u"amends"_s)
            .findings;
    return findings;
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
