#include "Labels.h"

#include "Language.h"
#include "reference/CodeLists.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

QString Labels::kind(EventKind kind)
{
    switch (kind) {
    case EventKind::Birth:
        return tr("Birth");
    case EventKind::Death:
        return tr("Death");
    case EventKind::Marriage:
        return tr("Marriage");
    case EventKind::ParentChildRecognition:
        return tr("Parent–child recognition");
    case EventKind::Guardianship:
        return tr("Guardianship");
    case EventKind::GuardianshipEnd:
        return tr("End of guardianship");
    case EventKind::GuardianshipChange:
        return tr("Change of guardian");
    case EventKind::Correction:
        return tr("Change, correction, supplement");
    case EventKind::EthnicityRedetermination:
        return tr("Ethnicity re-determination");
    case EventKind::MaritalStatusCertificate:
        return tr("Marital-status certificate");
    case EventKind::Recording:
        return tr("Recording in the register");
    case EventKind::ExtractCopy:
        return tr("Extract copy");
    }
    return kindCode(kind);
}

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Officer:
        return tr("Civil-status officer");
    case Role::Signer:
        return tr("Signer (commune chair or vice-chair)");
    case Role::Admin:
        return tr("Administrator");
    }
    return roleCode(role);
}

QString Labels::status(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Active:
        return tr("In force");
    case RecordStatus::Voided:
        return tr("Voided");
    case RecordStatus::Dissolved:
        return tr("Dissolved");
    }
    return statusCode(status);
}

QString Labels::fileState(FileState state)
{
    switch (state) {
    case FileState::Received:
        return tr("received");
    case FileState::Entered:
        return tr("entered in the register");
    case FileState::Printed:
        return tr("printed, waiting for signature");
    case FileState::Signed:
        return tr("signed");
    case FileState::Issued:
        return tr("issued to the citizen");
    }
    return fileStateCode(state);
}

QString Labels::member(const QString &name)
{
    // Built on each call: the words depend on the language installed at the time.
    const QHash<QString, QString> names{
        {u"kind"_s, tr("Kind")},
        {u"registrationDate"_s, tr("Registration date")},
        {u"subject"_s, tr("Person registered")},
        {u"familyName"_s, tr("Family name")},
        {u"middleName"_s, tr("Middle name")},
        {u"givenName"_s, tr("Given name")},
        {u"fullName"_s, tr("Full name")},
        {u"sex"_s, tr("Sex")},
        {u"birthDate"_s, tr("Date of birth")},
        {u"birthDateWords"_s, tr("Date of birth in words")},
        {u"dateWords"_s, tr("Date of death in words")},
        {u"birthPlace"_s, tr("Place of birth")},
        {u"hometown"_s, tr("Hometown")},
        {u"ethnicity"_s, tr("Ethnicity")},
        {u"nationality"_s, tr("Nationality")},
        {u"idNumber"_s, tr("Personal ID number")},
        {u"idDocument"_s, tr("Identity document")},
        {u"residence"_s, tr("Residence")},
        {u"mother"_s, tr("Mother")},
        {u"father"_s, tr("Father")},
        {u"child"_s, tr("Child")},
        {u"parent"_s, tr("Parent")},
        {u"parentRole"_s, tr("Parent's role")},
        {u"wife"_s, tr("Wife")},
        {u"husband"_s, tr("Husband")},
        {u"declarant"_s, tr("Declarant")},
        {u"requester"_s, tr("Requester")},
        {u"requestedBy"_s, tr("Requested by")},
        {u"relationship"_s, tr("Relationship")},
        {u"guardian"_s, tr("Guardian")},
        {u"newGuardian"_s, tr("New guardian")},
        {u"ward"_s, tr("Ward")},
        {u"death"_s, tr("Time, place and cause of death")},
        {u"dateTime"_s, tr("Date and time")},
        {u"place"_s, tr("Place")},
        {u"cause"_s, tr("Cause")},
        {u"deathNotice"_s, tr("Death notice")},
        {u"number"_s, tr("Number")},
        {u"issuer"_s, tr("Issued by")},
        {u"date"_s, tr("Date")},
        {u"type"_s, tr("Type")},
        {u"changes"_s, tr("Changes")},
        {u"reason"_s, tr("Reason")},
        {u"supportingDocument"_s, tr("Supporting document")},
        {u"basis"_s, tr("Basis")},
        {u"amends"_s, tr("Amends record")},
        {u"decision"_s, tr("Decision")},
        {u"recordingType"_s, tr("Kind of recording")},
        {u"purpose"_s, tr("Purpose")},
        {u"forMarriage"_s, tr("For a marriage")},
        {u"status"_s, tr("Status")},
        {u"residencePeriod"_s, tr("Period of residence")},
        {u"from"_s, tr("From")},
        {u"to"_s, tr("To")},
        {u"endDate"_s, tr("End date")},
        {u"copies"_s, tr("Copies")},
        {u"relatedRecord"_s, tr("Related record")},
        {u"historical"_s, tr("Historical record")},
        {u"source"_s, tr("Source")},
        {u"book"_s, tr("Book")},
        {u"volume"_s, tr("Volume")},
        {u"page"_s, tr("Page")},
        {u"entry"_s, tr("Entry")},
        {u"year"_s, tr("Year")},
        {u"office"_s, tr("Office")},
        {u"content"_s, tr("Content")},
        {u"otherParty"_s, tr("Other party")},
        {u"reRegistration"_s, tr("Re-registration")},
        {u"ended"_s, tr("Ended")},
        {u"dissolved"_s, tr("Dissolved")},
        {u"voided"_s, tr("Voided")},
        {u"record"_s, tr("Record")},
    };
    return names.value(name, name);
}

QString Labels::choiceValue(const QString &member, const QString &code)
{
    // Keyed by member and code: a code means something only for its member.
    const QHash<QString, QString> choices{
        {u"parentRole/father"_s, tr("Father")},
        {u"parentRole/mother"_s, tr("Mother")},
        {u"requestedBy/parent"_s, tr("The parent")},
        {u"requestedBy/child"_s, tr("The child")},
        {u"basis/statutory"_s, tr("Statutory guardianship")},
        {u"basis/appointed"_s, tr("Appointed guardianship")},
        {u"status/single"_s, tr("Never married")},
        {u"status/married"_s, tr("Married")},
        {u"status/divorced"_s, tr("Divorced")},
        {u"status/widowed"_s, tr("Widowed")},
        {u"recordingType/divorce"_s, tr("Divorce")},
        {u"recordingType/annulment"_s, tr("Annulment of an unlawful marriage")},
        {u"recordingType/adoption"_s, tr("Adoption")},
        {u"recordingType/adoptionEnd"_s, tr("End of an adoption")},
        {u"recordingType/parentage"_s, tr("Determination of parentage")},
        {u"recordingType/sexRedetermination"_s, tr("Re-determination of sex")},
        {u"recordingType/missingDeclaration"_s, tr("Declaration of a missing person")},
        {u"recordingType/deathDeclaration"_s, tr("Declaration of death")},
        {u"recordingType/nationality"_s, tr("Change of nationality")},
        {u"recordingType/eventAbroad"_s, tr("Civil-status event registered abroad")},
        {u"type/deathNotice"_s, tr("Death notice")},
        {u"type/courtJudgment"_s, tr("Court judgment declaring the death")},
        {u"type/policeConfirmation"_s, tr("Police or forensic confirmation")},
        {u"type/communeConfirmation"_s, tr("Confirmation by the commune")},
        {u"type/correction"_s, tr("Correction of a mistake (cải chính)")},
        {u"type/change"_s, tr("Change (thay đổi)")},
        {u"type/supplement"_s, tr("Supplement of missing information (bổ sung)")},
    };
    return choices.value(member + u'/' + code);
}

QString Labels::value(const QString &member, const QString &text)
{
    if (member == u"sex"_s) {
        if (text == u"male"_s)
            return tr("Male");
        if (text == u"female"_s)
            return tr("Female");
        return text;
    }
    if (const QString choice = choiceValue(member, text); !choice.isEmpty())
        return choice;
    if (member == u"nationality"_s) {
        // Kept as its ISO code, written as the country's name.
        if (const reference::Country *country = reference::Countries::instance().byCode(text))
            return Language::english() ? country->nameEn : country->nameVi;
        return text;
    }
    if (const QDate full = QDate::fromString(text, Qt::ISODate); full.isValid() && text.size() == 10)
        return date(full);
    if (const QDate month = QDate::fromString(text, u"yyyy-MM"_s); month.isValid() && text.size() == 7)
        return month.toString(u"MM/yyyy"_s);
    // A date with its time (the time of death): "20/11/2026 14:30", as the correction screen takes it.
    if (const qsizetype t = text.indexOf(u'T');
        t == 10 && QDate::fromString(text.first(10), Qt::ISODate).isValid())
        return value(member, text.first(10)) + u' ' + text.sliced(11);
    return text;
}

QStringList Labels::inFormOrder(QStringList members)
{
    static const QStringList order{u"subject"_s,        u"wife"_s,
                                   u"husband"_s,        u"child"_s,
                                   u"parent"_s,         u"parentRole"_s,
                                   u"guardian"_s,       u"newGuardian"_s,
                                   u"ward"_s,           u"otherParty"_s,
                                   u"fullName"_s,       u"familyName"_s,
                                   u"middleName"_s,     u"givenName"_s,
                                   u"birthDate"_s,      u"sex"_s,
                                   u"ethnicity"_s,      u"nationality"_s,
                                   u"birthPlace"_s,     u"hometown"_s,
                                   u"residence"_s,      u"residencePeriod"_s,
                                   u"from"_s,           u"to"_s,
                                   u"idNumber"_s,       u"idDocument"_s,
                                   u"death"_s,          u"dateTime"_s,
                                   u"place"_s,          u"cause"_s,
                                   u"deathNotice"_s,    u"mother"_s,
                                   u"father"_s,         u"type"_s,
                                   u"number"_s,         u"issuer"_s,
                                   u"date"_s,           u"changes"_s,
                                   u"reason"_s,         u"basis"_s,
                                   u"decision"_s,       u"recordingType"_s,
                                   u"amends"_s,         u"relatedRecord"_s,
                                   u"status"_s,         u"purpose"_s,
                                   u"forMarriage"_s,    u"copies"_s,
                                   u"endDate"_s,        u"declarant"_s,
                                   u"requester"_s,      u"requestedBy"_s,
                                   u"relationship"_s,   u"registrationDate"_s,
                                   u"reRegistration"_s, u"historical"_s,
                                   u"source"_s,         u"book"_s,
                                   u"volume"_s,         u"page"_s,
                                   u"entry"_s,          u"year"_s,
                                   u"office"_s,         u"content"_s};
    auto rank = [](const QString &member) {
        const qsizetype at = order.indexOf(member);
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(members.begin(), members.end(),
                     [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return members;
}

QString Labels::event(const QString &type)
{
    const QHash<QString, QString> events{
        {u"registered"_s, tr("Registered")},
        {u"correction"_s, tr("Correction")},
        {u"ethnicity"_s, tr("Ethnicity re-determined")},
        {u"idNumber"_s, tr("Personal ID number assigned")},
        {u"void"_s, tr("Voided")},
        {u"dissolution"_s, tr("Dissolved")},
        {u"guardianshipChange"_s, tr("Guardian changed")},
        {u"guardianshipEnd"_s, tr("Guardianship ended")},
    };
    return events.value(type, type);
}

QString Labels::sheetOutcome(SheetOutcome outcome)
{
    switch (outcome) {
    case SheetOutcome::Pending:
        return tr("taken for printing, to be confirmed or spoiled");
    case SheetOutcome::Printed:
        return tr("printed");
    case SheetOutcome::Spoiled:
        return tr("spoiled");
    case SheetOutcome::Voided:
        return tr("voided");
    }
    return {};
}

QString Labels::idNumberState(IdNumberResult::State state)
{
    switch (state) {
    case IdNumberResult::State::Pending:
        return tr("requested, waiting for the national database");
    case IdNumberResult::State::Assigned:
        return tr("assigned");
    case IdNumberResult::State::SuspectedDuplicate:
        return tr("suspected duplicate");
    case IdNumberResult::State::NeedsVerification:
        return tr("needs verification");
    case IdNumberResult::State::Rejected:
        return tr("refused");
    }
    return {};
}

QString Labels::registerNumber(int number, int year)
{
    if (number <= 0)
        return u"—"_s;
    return year > 0 ? u"%1/%2"_s.arg(number).arg(year) : QString::number(number);
}

QString Labels::date(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

} // namespace hotich::desktop
