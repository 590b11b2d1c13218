#include "EthnicityForm.h"

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

EthnicityForm::EthnicityForm(Session &session, RegisterJobs &jobs, const QUuid &birth, QWidget *parent)
    : RegistrationForm(session, jobs, u"ethnicityRedetermination"_s, tr("Ethnicity re-determination"),
                       tr("Discard what was typed in this ethnicity re-determination?"), parent)
{
    setObjectName(u"ethnicityForm"_s);
    setAmends(birth);
    QGroupBox *redetermination = nullptr;
    QFormLayout *form = makeGroup(tr("The re-determination"), u"ethnicityFields"_s, &redetermination);
    auto *ethnicity = new QLineEdit(redetermination);
    addField(form, u"ethnicity"_s, tr("Ethnicity re-determined"), ethnicity);
    addField(form, u"reason"_s, tr("Reason"), new QLineEdit(redetermination));
    auto *requester = new PersonFields(u"requester"_s, tr("The requester"),
                                       {F::FullName, F::Relationship, F::IdDocument}, content());
    addPerson(requester);
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(redetermination, 0, 0);
    grid->addWidget(requester, 0, 1);
    grid->addWidget(registration, 1, 1);
    endColumns(grid);
    setFirstField(ethnicity);
}

} // namespace hotich::desktop
