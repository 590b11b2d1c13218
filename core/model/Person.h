#pragma once

#include "EventKind.h"
#include "PartialDate.h"
#include "reference/Sex.h"
#include "text/Names.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hotich {

/// What the rules need to know of a person named in a record, whichever way the record names them.
struct PersonView
{
    QString role;     ///< the record member: "subject", "mother", "husband", …
    QString fullName; ///< "Nguyễn Văn An"
    /// The family, middle and given names as the record gives them apart (not for a fullName).
    std::optional<text::NameParts> nameParts;
    std::optional<Sex> sex;
    PartialDate birthDate;
    QString idNumber;

    bool isEmpty() const { return fullName.isEmpty(); }
};

/// Reads the person at `role` ("subject", "wife", …) from canonical record JSON; empty if absent.
/// A role that implies the sex (husband, father, wife, mother) fills it in when the record does not.
PersonView personAt(const QJsonObject &record, const QString &role);

/// The persons a record names, in a fixed order per kind (declarants and requesters included).
QList<PersonView> personsOf(EventKind kind, const QJsonObject &record);

/// A person a record names, with every field the record gives them (names, dates, ethnicity,
/// nationality, residence, ID number …) as it holds them: what a form copies into another record.
struct NamedPerson
{
    QString role;         ///< the record member: "subject", "mother", "husband", …
    QString fullName;     ///< "Trần Thị Bình", joined from the parts when the record gives them apart
    text::NameParts name; ///< the parts, split from the full name when the record gives it whole
    QJsonObject fields;   ///< the record's member as it is (nested members such as idDocument kept)
};

/// The persons a record names (as personsOf: subject, parents, spouses, declarant …), with their fields.
QList<NamedPerson> namedPersonsOf(EventKind kind, const QJsonObject &record);

/// The persons a record is about (the subject, both spouses, parent and child, guardian and ward):
/// their names are what the register is searched by.
QList<PersonView> principalPersonsOf(EventKind kind, const QJsonObject &record);

/// Keys under which one person can be recognised across records: the personal ID number, and
/// the folded full name with the full date of birth. Two persons are the same if any key matches.
QStringList personKeys(const PersonView &person);

/// The key that flags a possible duplicate birth: date of birth, folded name, folded mother's name.
QString birthDuplicateKey(const QJsonObject &birthRecord);
QString birthDuplicateKey(const PersonView &child, const PersonView &mother);

/// Whether a role names a principal person of the kind (see principalPersonsOf).
bool isPrincipalRole(EventKind kind, const QString &role);

} // namespace hotich
