#include "GuardianshipForm.h"

#include "PersonFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

using F = PersonFields::Field;

} // namespace

GuardianshipForm::GuardianshipForm(Session &session, RegisterJobs &jobs, QWidget *parent)
    : RegistrationForm(session, jobs, u"guardianship"_s, tr("Guardianship registration"),
                       tr("Discard what was typed in this guardianship registration?"), parent)
{
    setObjectName(u"guardianshipForm"_s);
    QWidget *content = this->content();
    // Created in the paper form's order, which is the tab order.
    auto *guardian =
        new PersonFields(u"guardian"_s, tr("The guardian"),
                         {F::FamilyName, F::MiddleName, F::GivenName, F::BirthYearOrDate, F::Ethnicity,
                          F::Nationality, F::Residence, F::IdNumber, F::IdDocument},
                         content);
    auto *ward = new PersonFields(u"ward"_s, tr("The ward"),
                                  {F::FamilyName, F::MiddleName, F::GivenName, F::BirthYearOrDate, F::Sex,
                                   F::Ethnicity, F::Nationality, F::Residence, F::IdNumber},
                                  content);
    for (PersonFields *person : {guardian, ward}) {
        person->setDefault(F::Nationality, tr("Vietnam"));
        addPerson(person);
    }
    QGroupBox *basis = nullptr;
    QFormLayout *basisForm = makeGroup(tr("The guardianship"), u"guardianshipFields"_s, &basis);
    addField(basisForm, u"basis"_s, tr("Basis of the guardianship"), makeChoice(u"basis"_s, basis));
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(guardian, 0, 0);
    grid->addWidget(ward, 0, 1);
    grid->addWidget(basis, 1, 0);
    grid->addWidget(registration, 1, 1);
    endColumns(grid);

    setFirstField(guardian->input(F::FamilyName));
}

QString GuardianshipForm::applicantOf(const QJsonObject &record) const
{
    return nameOf(record, u"guardian"_s);
}

} // namespace hotich::desktop
