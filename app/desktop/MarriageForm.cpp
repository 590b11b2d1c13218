#include "MarriageForm.h"

#include "PersonFields.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

using F = PersonFields::Field;

QString fullNameOf(const QJsonObject &person)
{
    return QStringList{person.value(u"familyName"_s).toString(), person.value(u"middleName"_s).toString(),
                       person.value(u"givenName"_s).toString()}
        .join(u' ')
        .simplified();
}

} // namespace

MarriageForm::MarriageForm(Session &session, RegisterJobs &jobs, QWidget *parent)
    : RegistrationForm(session, jobs, u"marriage"_s, tr("Marriage registration"),
                       tr("Discard what was typed in this marriage registration?"), parent)
{
    setObjectName(u"marriageForm"_s);
    QWidget *content = this->content();
    // The wife first, as the certificate has it; created in that order, which is the tab order.
    const QList<F> spouseFields{F::FamilyName,  F::MiddleName, F::GivenName, F::BirthYearOrDate, F::Ethnicity,
                                F::Nationality, F::Residence,  F::IdNumber,  F::IdDocument};
    auto *wife = new PersonFields(u"wife"_s, tr("The wife"), spouseFields, content);
    auto *husband = new PersonFields(u"husband"_s, tr("The husband"), spouseFields, content);
    for (PersonFields *spouse : {wife, husband}) {
        spouse->setDefault(F::Nationality, tr("Vietnam"));
        addPerson(spouse);
    }
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(wife, 0, 0);
    grid->addWidget(husband, 0, 1);
    grid->addWidget(registration, 1, 0);
    endColumns(grid);

    setFirstField(wife->input(F::FamilyName));
}

void MarriageForm::completeRecord(QJsonObject &record) const
{
    for (const auto &[role, sex] : {std::pair{u"wife"_s, u"female"_s}, std::pair{u"husband"_s, u"male"_s}}) {
        if (!record.contains(role))
            continue;
        QJsonObject spouse = record.value(role).toObject();
        spouse.insert(u"sex"_s, sex);
        record.insert(role, spouse);
    }
}

QString MarriageForm::applicantOf(const QJsonObject &record) const
{
    return QStringList{fullNameOf(record.value(u"wife"_s).toObject()),
                       fullNameOf(record.value(u"husband"_s).toObject())}
        .join(u", "_s);
}

} // namespace hotich::desktop
