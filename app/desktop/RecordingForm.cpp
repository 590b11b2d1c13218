#include "RecordingForm.h"

#include "DateField.h"
#include "PersonFields.h"

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

RecordingForm::RecordingForm(Session &session, RegisterJobs &jobs, QWidget *parent)
    : RegistrationForm(session, jobs, u"recording"_s, tr("Recording in the register"),
                       tr("Discard what was typed in this recording?"), parent)
{
    setObjectName(u"recordingForm"_s);
    QWidget *content = this->content();
    // Created in the paper form's order, which is the tab order.
    QGroupBox *kind = nullptr;
    QFormLayout *kindForm = makeGroup(tr("The recording"), u"recordingFields"_s, &kind);
    QComboBox *type = makeChoice(u"recordingType"_s, kind);
    addField(kindForm, u"recordingType"_s, tr("Kind of recording"), type);

    const QList<F> personFields{F::FamilyName,      F::MiddleName, F::GivenName,
                                F::BirthYearOrDate, F::Residence,  F::IdNumber};
    auto *subject = new PersonFields(u"subject"_s, tr("The person recorded"), personFields, content);
    auto *otherParty = new PersonFields(u"otherParty"_s, tr("The other party"), personFields, content);
    addPerson(subject);
    addPerson(otherParty);

    QGroupBox *decision = nullptr;
    QFormLayout *decisionForm = makeGroup(tr("The decision or document"), u"decisionFields"_s, &decision);
    addField(decisionForm, u"decision.number"_s, tr("Number of the decision"), new QLineEdit(decision));
    addField(decisionForm, u"decision.issuer"_s, tr("Issued by"), new QLineEdit(decision));
    addField(decisionForm, u"decision.date"_s, tr("Date of the decision"),
             new DateField(DateField::Precision::FullOnly, decision));
    addField(decisionForm, u"content"_s, tr("Content recorded"), new QLineEdit(decision));
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(kind, 0, 0, 1, 2);
    grid->addWidget(subject, 1, 0);
    grid->addWidget(otherParty, 1, 1);
    grid->addWidget(decision, 2, 0);
    grid->addWidget(registration, 2, 1);
    endColumns(grid);

    setFirstField(type);
}

QString RecordingForm::applicantOf(const QJsonObject &record) const
{
    return nameOf(record, u"subject"_s);
}

} // namespace hotich::desktop
