#include "AmendmentPlan.h"

#include "model/AmendedKind.h"
#include "model/RecordValidator.h"
#include "rules/RegistrationRules.h"
#include "store/RecordStore.h"
#include "util/Uuid.h"

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

/// Findings about the amended record, reported under "changes." so the officer sees where they came from.
void addUnder(Findings &into, const Findings &from, const QString &prefix, bool errorsOnly)
{
    for (Finding f : from) {
        if (errorsOnly && !f.isError())
            continue;
        f.field = f.field.isEmpty() ? prefix : prefix + u'.' + f.field;
        into << f;
    }
}

} // namespace

AmendedContent checkAmendedContent(const RecordView &target, const QJsonObject &changes,
                                   const RuleContext &context, const QString &targetField)
{
    AmendedContent out;
    auto refuse = [&](const QString &code, const QString &vi, const QString &en) {
        out.findings.append({Finding::Severity::Error, code, targetField, vi, en});
        return out;
    };
    for (const QString &member : {u"kind"_s, u"registrationDate"_s, u"historical"_s, u"reRegistration"_s}) {
        if (changes.contains(member)) {
            return refuse(u"correction.forbidden"_s, u"Không được sửa %1 của việc đã đăng ký"_s.arg(member),
                          u"The %1 of a registration cannot be changed"_s.arg(member));
        }
    }
    for (const QString &member : statusMembers()) {
        if (changes.contains(member))
            return refuse(u"correction.forbidden"_s, u"Không được sửa trạng thái \"%1\""_s.arg(member),
                          u"The status \"%1\" cannot be changed by a correction"_s.arg(member));
    }
    const CanonicalRecord patched = canonicalizeRecord(applyMergePatch(target.content(), changes));
    addUnder(out.findings, patched.errors, u"changes"_s, true);
    if (!patched.ok())
        return out;
    RuleContext withoutSelf = context;
    withoutSelf.exclude = target.stored.id;
    addUnder(out.findings, checkRegistrationRules(target.stored.kind, patched.json, withoutSelf),
             u"changes"_s, true);
    out.patch = createMergePatch(target.content(), patched.json);
    out.content = patched.json;
    if (out.patch.isEmpty()) {
        return refuse(u"correction.empty"_s, u"Nội dung sửa không làm thay đổi hồ sơ"_s,
                      u"The changes leave the record as it is"_s);
    }
    return out;
}

Result<void> planAmendment(Database &db, AmendmentPlan &plan)
{
    const QJsonObject &r = plan.record;
    QString targetField;
    if (amendsAnotherRecord(plan.kind))
        targetField = u"amends"_s;
    else if (plan.kind == EventKind::ExtractCopy)
        targetField = u"source"_s;
    else if (plan.kind == EventKind::Recording && r.contains(u"relatedRecord"_s))
        targetField = u"relatedRecord"_s;
    if (targetField.isEmpty())
        return {};

    RecordStore store(db);
    auto target = loadRecordView(store, parseUuid(r.value(targetField).toString()));
    if (!target) {
        if (target.error().kind != ErrorKind::NotFound)
            return target.error();
        plan.findings.append({Finding::Severity::Error, u"record.missing"_s, targetField, target.error().vi,
                              target.error().en});
        return {};
    }
    const RecordView &view = target.value();
    auto refuse = [&](const QString &code, const QString &vi, const QString &en) {
        plan.findings.append({Finding::Severity::Error, code, targetField, vi, en});
        return Result<void>();
    };
    auto requireKind = [&](EventKind expected) {
        if (view.stored.kind == expected)
            return true;
        (void)refuse(u"record.kind"_s,
                     u"Hồ sơ %1 là việc %2, không phải %3"_s.arg(
                         uuidText(view.stored.id), kindNameVi(view.stored.kind), kindNameVi(expected)),
                     u"Record %1 is a %2, not a %3"_s.arg(
                         uuidText(view.stored.id), kindNameEn(view.stored.kind), kindNameEn(expected)));
        return false;
    };
    if (view.status == RecordStatus::Voided) {
        return refuse(u"record.voided"_s, u"Hồ sơ %1 đã bị thu hồi, hủy bỏ"_s.arg(uuidText(view.stored.id)),
                      u"Record %1 has been voided"_s.arg(uuidText(view.stored.id)));
    }
    plan.principal = principalPersonsOf(view.stored.kind, view.current);

    // Amendments that change the content of the target: the same checks as a new registration.
    auto amendContent = [&](const QString &type, const QJsonObject &changes) -> Result<void> {
        AmendedContent amended = checkAmendedContent(view, changes, plan.context, targetField);
        plan.findings += amended.findings;
        if (hasErrors(amended.findings))
            return {};
        plan.patch = amended.patch;
        plan.amendmentType = type;
        plan.principal = principalPersonsOf(view.stored.kind, amended.content);
        plan.target = view;
        return {};
    };

    switch (plan.kind) {
    case EventKind::Correction:
        return amendContent(u"correction"_s, r.value(u"changes"_s).toObject());
    case EventKind::EthnicityRedetermination:
        if (!requireKind(*amendedKind(plan.kind)))
            return {};
        return amendContent(u"ethnicity"_s,
                            {{u"subject"_s, QJsonObject{{u"ethnicity"_s, r.value(u"ethnicity"_s)}}}});
    case EventKind::GuardianshipChange:
        if (!requireKind(*amendedKind(plan.kind)))
            return {};
        if (view.status != RecordStatus::Active)
            return refuse(u"guardianship.ended"_s, u"Việc giám hộ đã chấm dứt"_s,
                          u"The guardianship has ended"_s);
        {
            // The new guardian replaces the old one whole: nothing of the old person may remain.
            QJsonObject replacement = r.value(u"newGuardian"_s).toObject();
            const QJsonObject old = view.current.value(u"guardian"_s).toObject();
            for (auto it = old.begin(); it != old.end(); ++it) {
                if (!replacement.contains(it.key()))
                    replacement.insert(it.key(), QJsonValue::Null);
            }
            return amendContent(u"guardianshipChange"_s, {{u"guardian"_s, replacement}});
        }
    case EventKind::GuardianshipEnd:
        if (!requireKind(*amendedKind(plan.kind)))
            return {};
        if (view.status != RecordStatus::Active)
            return refuse(u"guardianship.ended"_s, u"Việc giám hộ đã chấm dứt"_s,
                          u"The guardianship has ended"_s);
        plan.amendmentType = u"guardianshipEnd"_s;
        plan.patch = {
            {u"ended"_s,
             QJsonObject{
                 {u"date"_s, r.value(u"endDate"_s).toString(r.value(u"registrationDate"_s).toString())},
                 {u"reason"_s, r.value(u"reason"_s)},
                 {u"record"_s, uuidText(plan.id)}}}};
        plan.target = view;
        return {};
    case EventKind::Recording: {
        const QString type = r.value(u"recordingType"_s).toString();
        if (type != u"divorce"_s && type != u"annulment"_s)
            return {};
        if (!requireKind(EventKind::Marriage))
            return {};
        if (view.status != RecordStatus::Active)
            return refuse(u"marriage.ended"_s, u"Hôn nhân này đã chấm dứt"_s,
                          u"This marriage has already ended"_s);
        plan.amendmentType = u"dissolution"_s;
        plan.patch = {
            {u"dissolved"_s, QJsonObject{{u"type"_s, type},
                                         {u"date"_s, r.value(u"decision"_s).toObject().value(u"date"_s)},
                                         {u"record"_s, uuidText(plan.id)}}}};
        plan.target = view;
        return {};
    }
    default:
        return {}; // an extract copy only needs its source to exist
    }
}

} // namespace hotich
