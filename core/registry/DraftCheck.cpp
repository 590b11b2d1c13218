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
    // What each paper states of its people and of the event, in the paper form's order.
    const QStringList named{u"familyName"_s, u"middleName"_s, u"givenName"_s};
    const QStringList particulars{u"birthDate"_s, u"ethnicity"_s, u"nationality"_s, u"residence"_s};
    QStringList fields;
    auto add = [&fields](const QString &object, const QStringList &members) {
        for (const QString &member : members)
            fields << object + u'.' + member;
    };
    switch (kind) {
    case EventKind::Birth:
        add(u"subject"_s, named + QStringList{u"birthDate"_s, u"sex"_s, u"ethnicity"_s, u"nationality"_s,
                                              u"birthPlace"_s, u"hometown"_s});
        for (const QString &parent : {u"mother"_s, u"father"_s})
            add(parent, QStringList{u"fullName"_s} + particulars);
        break;
    case EventKind::Death:
        add(u"subject"_s,
            named + QStringList{u"birthDate"_s, u"sex"_s, u"ethnicity"_s, u"nationality"_s, u"residence"_s});
        add(u"death"_s, {u"dateTime"_s, u"place"_s, u"cause"_s});
        add(u"deathNotice"_s, {u"type"_s, u"number"_s, u"issuer"_s, u"date"_s});
        break;
    case EventKind::Marriage:
        for (const QString &spouse : {u"wife"_s, u"husband"_s})
            add(spouse, named + particulars);
        break;
    case EventKind::ParentChildRecognition:
        for (const QString &person : {u"parent"_s, u"child"_s})
            add(person, named + particulars);
        break;
    case EventKind::Guardianship:
        for (const QString &person : {u"guardian"_s, u"ward"_s})
            add(person, named + particulars);
        break;
    case EventKind::MaritalStatusCertificate:
        add(u"subject"_s,
            named + QStringList{u"birthDate"_s, u"sex"_s, u"ethnicity"_s, u"nationality"_s, u"residence"_s});
        break;
    case EventKind::Recording:
        add(u"subject"_s, named + QStringList{u"birthDate"_s});
        add(u"otherParty"_s, named);
        add(u"decision"_s, {u"number"_s, u"issuer"_s, u"date"_s});
        fields << u"content"_s;
        break;
    default:
        // An amendment, a correction or an extract copy is not corrected: a new one is registered.
        break;
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
