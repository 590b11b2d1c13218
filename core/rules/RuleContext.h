#pragma once

#include "model/EventKind.h"
#include "model/PartialDate.h"
#include "model/Person.h"

#include <QJsonObject>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace hotich {

/// A registration already in the register, as the rules cite it in a message.
struct RegisteredEvent
{
    QUuid id;
    qint64 rowId = 0; ///< in this register's file
    EventKind kind = EventKind::Birth;
    int year = 0; ///< 0 for a digitised historical record without a number in this register
    int number = 0;
    QDate registrationDate;

    /// "số 12/2026, ngày 20/11/2026" — how the officer finds it in the paper register.
    QString citationVi() const;
    QString citationEn() const;
};

/// What the rules may ask the register. The store answers from its derived indexes; tests may
/// answer from a list.
class RegisterLookup
{
public:
    virtual ~RegisterLookup() = default;
    /// Marriages of the person (any key) not dissolved, voided or ended by a death.
    virtual QList<RegisteredEvent> activeMarriagesOf(const QStringList &personKeys) const = 0;
    /// The registered death of the person, if any.
    virtual std::optional<RegisteredEvent> deathOf(const QStringList &personKeys) const = 0;
    /// Births with the same duplicate key (folded name, date of birth, folded mother's name).
    virtual QList<RegisteredEvent> birthsWithDuplicateKey(const QString &key) const = 0;
};

/// The officer entering the registration, as far as the account knows them.
struct OfficerIdentity
{
    QString fullName;
    QString idNumber;
    PartialDate birthDate;
};

/// What the register checks need to know of a record, computed once (off the writing thread).
struct RecordFacts
{
    QList<PersonView> persons;   ///< every person the record names
    QList<PersonView> principal; ///< the persons the record is about (its search names)
    QString duplicateKey;        ///< for births
    QDate registrationDate;      ///< invalid when the record has none (the schema reports it)
    bool historical = false;     ///< a record of an old book being digitised
    bool reRegistration = false; ///< a registration made again (đăng ký lại)

    static RecordFacts of(EventKind kind, const QJsonObject &record);
    PersonView person(const QString &role) const;
};

struct RuleContext
{
    QDate today;
    OfficerIdentity officer;
    const RegisterLookup *lookup = nullptr;
    /// A record the look-ups must not count (the record being corrected).
    QUuid exclude;
};

} // namespace hotich
