#pragma once

#include "EventKind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hotich {

/// How a field's value is checked and stored.
enum class FieldType
{
    Text,        ///< free text: NFC, no control characters
    Name,        ///< a person's name: letters, marks, space, ' - .
    Date,        ///< a full ISO date
    PartialDate, ///< "1998", "1998-05" or "1998-05-07"
    DateTime,    ///< a partial date, optionally with "THH:MM"
    Sex,         ///< "male" | "female" (also "nam" | "nữ")
    IdNumber,    ///< personal ID number, 12 digits
    IdDocument,  ///< free text or {type, number, issuer, date}
    Ethnicity,   ///< one of the 54 groups; stored by its official name
    Nationality, ///< a country; stored as its ISO alpha-2 code
    Religion,
    Bool,
    Count,     ///< a positive integer
    Choice,    ///< one of `choices`
    RecordRef, ///< a record id (UUID) in this register
    Object,    ///< a nested object with its own schema
    Patch,     ///< a JSON merge patch (RFC 7386), checked against the record it amends
};

struct ObjectSchema;

struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    QString labelVi;
    QString labelEn;
    const ObjectSchema *object = nullptr; ///< for Object
    QStringList choices;                  ///< for Choice
};

/// The fields an object may hold. `splitNames`: a person who may be given as one "fullName",
/// which is split into familyName / middleName / givenName.
struct ObjectSchema
{
    QList<FieldSpec> fields;
    bool splitNames = false;

    const FieldSpec *field(QStringView name) const;
};

/// The shape of a record of the kind, top-level fields included ("kind", "registrationDate", …).
const ObjectSchema &recordSchema(EventKind kind);

/// An identity document given as an object: {type, number, issuer, date}.
const ObjectSchema &identityDocumentSchema();

/// The field at a dotted path ("death.dateTime"); null when records of the kind have none.
const FieldSpec *fieldAt(EventKind kind, QStringView path);

/// The label of a field path such as "wife.birthDate" → "Ngày sinh" (for messages).
QString fieldLabelVi(EventKind kind, QStringView path);
QString fieldLabelEn(EventKind kind, QStringView path);

} // namespace hotich
