#include "Person.h"

#include "text/Fold.h"
#include "text/Names.h"

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

std::optional<Sex> impliedSex(const QString &role)
{
    if (role == u"husband"_s || role == u"father"_s)
        return Sex::Male;
    if (role == u"wife"_s || role == u"mother"_s)
        return Sex::Female;
    return std::nullopt;
}

QStringList rolesOf(EventKind kind, bool principalOnly)
{
    switch (kind) {
    case EventKind::Birth:
        return principalOnly ? QStringList{u"subject"_s}
                             : QStringList{u"subject"_s, u"mother"_s, u"father"_s, u"declarant"_s};
    case EventKind::Death:
        return principalOnly ? QStringList{u"subject"_s} : QStringList{u"subject"_s, u"declarant"_s};
    case EventKind::Marriage:
        return {u"husband"_s, u"wife"_s};
    case EventKind::ParentChildRecognition:
        return principalOnly ? QStringList{u"parent"_s, u"child"_s}
                             : QStringList{u"parent"_s, u"child"_s, u"declarant"_s};
    case EventKind::Guardianship:
        return {u"ward"_s, u"guardian"_s};
    case EventKind::GuardianshipChange:
        return {u"newGuardian"_s};
    case EventKind::MaritalStatusCertificate:
        return principalOnly ? QStringList{u"subject"_s} : QStringList{u"subject"_s, u"requester"_s};
    case EventKind::Recording:
        return principalOnly ? QStringList{u"subject"_s} : QStringList{u"subject"_s, u"otherParty"_s};
    case EventKind::Correction:
    case EventKind::EthnicityRedetermination:
        return principalOnly ? QStringList{} : QStringList{u"requester"_s};
    case EventKind::ExtractCopy:
        return principalOnly ? QStringList{} : QStringList{u"requester"_s};
    case EventKind::GuardianshipEnd:
        return {};
    }
    return {};
}

QList<PersonView> persons(EventKind kind, const QJsonObject &record, bool principalOnly)
{
    QList<PersonView> list;
    for (const QString &role : rolesOf(kind, principalOnly)) {
        PersonView p = personAt(record, role);
        if (!p.isEmpty())
            list << p;
    }
    return list;
}

} // namespace

PersonView personAt(const QJsonObject &record, const QString &role)
{
    PersonView p;
    p.role = role;
    const QJsonObject o = record.value(role).toObject();
    if (o.isEmpty())
        return p;
    if (o.contains(u"fullName"_s)) {
        p.fullName = o.value(u"fullName"_s).toString();
    } else {
        p.nameParts =
            text::NameParts{o.value(u"familyName"_s).toString(), o.value(u"middleName"_s).toString(),
                            o.value(u"givenName"_s).toString()};
        p.fullName = p.nameParts->full();
    }
    p.sex = parseSexCode(o.value(u"sex"_s).toString());
    if (!p.sex)
        p.sex = impliedSex(role);
    if (const QString birth = o.value(u"birthDate"_s).toString(); !birth.isEmpty()) {
        if (auto parsed = PartialDate::parse(birth, role, true))
            p.birthDate = parsed.value();
    }
    p.idNumber = o.value(u"idNumber"_s).toString();
    return p;
}

QList<PersonView> personsOf(EventKind kind, const QJsonObject &record)
{
    return persons(kind, record, false);
}

QList<NamedPerson> namedPersonsOf(EventKind kind, const QJsonObject &record)
{
    QList<NamedPerson> named;
    for (const PersonView &view : personsOf(kind, record)) {
        NamedPerson person;
        person.role = view.role;
        person.fullName = view.fullName;
        person.name = view.nameParts ? *view.nameParts : text::splitFullName(view.fullName);
        person.fields = record.value(view.role).toObject();
        named << person;
    }
    return named;
}

QList<PersonView> principalPersonsOf(EventKind kind, const QJsonObject &record)
{
    return persons(kind, record, true);
}

QStringList personKeys(const PersonView &person)
{
    QStringList keys;
    if (!person.idNumber.isEmpty())
        keys << u"id:"_s + person.idNumber;
    if (!person.fullName.isEmpty() && person.birthDate.isFull())
        keys << u"nb:"_s + text::fold(person.fullName) + u'|' + person.birthDate.toIso();
    return keys;
}

QString birthDuplicateKey(const QJsonObject &birthRecord)
{
    return birthDuplicateKey(personAt(birthRecord, u"subject"_s), personAt(birthRecord, u"mother"_s));
}

QString birthDuplicateKey(const PersonView &child, const PersonView &mother)
{
    if (child.fullName.isEmpty() || child.birthDate.isNull())
        return {};
    // Date first: births are registered within weeks of the birth, so new keys fall together at the
    // end of the index instead of on a random page of it.
    return child.birthDate.toIso() + u'|' + text::fold(child.fullName) + u'|' + text::fold(mother.fullName);
}

bool isPrincipalRole(EventKind kind, const QString &role)
{
    return rolesOf(kind, true).contains(role);
}

} // namespace hotich
