#include "GuardianshipChangeForm.h"

#include "PersonFields.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

using F = PersonFields::Field;

} // namespace

GuardianshipChangeForm::GuardianshipChangeForm(Session &session, RegisterJobs &jobs,
                                               const QUuid &guardianship, QWidget *parent)
    : RegistrationForm(session, jobs, u"guardianshipChange"_s, tr("Change of guardian"),
                       tr("Discard what was typed in this change of guardian?"), parent)
{
    setObjectName(u"guardianshipChangeForm"_s);
    setAmends(guardianship);
    auto *guardian =
        new PersonFields(u"newGuardian"_s, tr("The new guardian"),
                         {F::FamilyName, F::MiddleName, F::GivenName, F::BirthYearOrDate, F::Sex,
                          F::Ethnicity, F::Nationality, F::Residence, F::IdNumber, F::IdDocument},
                         content());
    guardian->setDefault(F::Nationality, tr("Vietnam"));
    addPerson(guardian);
    QGroupBox *change = nullptr;
    QFormLayout *changeForm = makeGroup(tr("The change"), u"guardianshipChangeFields"_s, &change);
    addField(changeForm, u"reason"_s, tr("Reason for the change"), new QLineEdit(change));
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(guardian, 0, 0, 2, 1);
    grid->addWidget(change, 0, 1);
    grid->addWidget(registration, 1, 1);
    endColumns(grid);
    setFirstField(guardian->input(F::FamilyName));
}

} // namespace hotich::desktop
