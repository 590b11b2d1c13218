#include "MaritalStatusForm.h"

#include "DateField.h"
#include "PersonFields.h"
#include "PlaceField.h"

#include <QCheckBox>
#include <QComboBox>
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

MaritalStatusForm::MaritalStatusForm(Session &session, RegisterJobs &jobs, QWidget *parent)
    : RegistrationForm(session, jobs, u"maritalStatusCertificate"_s, tr("Marital-status certificate"),
                       tr("Discard what was typed in this marital-status certificate?"), parent)
{
    setObjectName(u"maritalStatusForm"_s);
    QWidget *content = this->content();
    // Created in the paper form's order, which is the tab order.
    auto *subject = new PersonFields(u"subject"_s, tr("The person"),
                                     {F::FamilyName, F::MiddleName, F::GivenName, F::BirthYearOrDate, F::Sex,
                                      F::Ethnicity, F::Nationality, F::Residence, F::IdNumber, F::IdDocument},
                                     content);
    subject->setDefault(F::Nationality, tr("Vietnam"));
    addPerson(subject);

    QGroupBox *period = nullptr;
    QFormLayout *periodForm = makeGroup(tr("The period of residence"), u"residencePeriodFields"_s, &period);
    addField(periodForm, u"residencePeriod.from"_s, tr("Resident from"),
             new DateField(DateField::Precision::Partial, period));
    addField(periodForm, u"residencePeriod.to"_s, tr("Resident until"),
             new DateField(DateField::Precision::Partial, period));
    addField(periodForm, u"residencePeriod.place"_s, tr("Place of residence in that period"),
             new PlaceField(period));

    QGroupBox *status = nullptr;
    QFormLayout *statusForm = makeGroup(tr("The marital status"), u"statusFields"_s, &status);
    addField(statusForm, u"status"_s, tr("Marital status"), makeChoice(u"status"_s, status));
    addField(statusForm, u"spouse.fullName"_s, tr("Spouse's full name (when married)"),
             new QLineEdit(status));
    addField(statusForm, u"spouse.marriageCertificate.number"_s, tr("Marriage certificate number"),
             new QLineEdit(status));
    addField(statusForm, u"spouse.marriageCertificate.issuer"_s, tr("Certificate issued by"),
             new QLineEdit(status));
    addField(statusForm, u"spouse.marriageCertificate.date"_s, tr("Certificate date"),
             new DateField(DateField::Precision::FullOnly, status));
    addField(statusForm, u"purpose"_s, tr("Purpose"), new QLineEdit(status));
    m_forMarriage = new QCheckBox(tr("To register a marriage"), status);
    addField(statusForm, u"forMarriage"_s, tr("For a marriage"), m_forMarriage, false);

    auto *requester = new PersonFields(u"requester"_s, tr("The requester"),
                                       {F::FullName, F::Relationship, F::IdDocument}, content);
    addPerson(requester);
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(subject, 0, 0, 2, 1);
    grid->addWidget(period, 0, 1);
    grid->addWidget(status, 1, 1);
    grid->addWidget(requester, 2, 0);
    grid->addWidget(registration, 2, 1);
    endColumns(grid);

    setFirstField(subject->input(F::FamilyName));
}

void MaritalStatusForm::completeRecord(QJsonObject &record) const
{
    if (m_forMarriage->isChecked())
        record.insert(u"forMarriage"_s, true);
}

QString MaritalStatusForm::applicantOf(const QJsonObject &record) const
{
    const QString requester = nameOf(record, u"requester"_s);
    return requester.isEmpty() ? nameOf(record, u"subject"_s) : requester;
}

} // namespace hotich::desktop
