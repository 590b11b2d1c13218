#include "RecordingForm.h"

#include "DateField.h"
#include "PersonFields.h"
#include "model/Person.h"
#include "registry/RecordView.h"
#include "store/RecordStore.h"

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
    m_type = makeChoice(u"recordingType"_s, kind);
    addField(kindForm, u"recordingType"_s, tr("Kind of recording"), m_type);

    const QList<F> personFields{F::FamilyName,      F::MiddleName, F::GivenName,
                                F::BirthYearOrDate, F::Residence,  F::IdNumber};
    m_subject = new PersonFields(u"subject"_s, tr("The person recorded"), personFields, content);
    m_otherParty = new PersonFields(u"otherParty"_s, tr("The other party"), personFields, content);
    addPerson(m_subject);
    addPerson(m_otherParty);

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
    grid->addWidget(m_subject, 1, 0);
    grid->addWidget(m_otherParty, 1, 1);
    grid->addWidget(decision, 2, 0);
    grid->addWidget(registration, 2, 1);
    endColumns(grid);

    setFirstField(m_type);
}

void RecordingForm::recordEndOf(const QUuid &marriage)
{
    setAmends(marriage, u"relatedRecord"_s);
    for (int i = m_type->count() - 1; i >= 0; --i) {
        const QString code = m_type->itemData(i).toString();
        if (!code.isEmpty() && code != u"divorce"_s && code != u"annulment"_s)
            m_type->removeItem(i);
    }
    // One small read on the GUI thread's connection, as the amended record's heading is read.
    RecordStore store(session().db);
    const auto view = loadRecordView(store, marriage);
    if (!view || view->stored.kind != EventKind::Marriage)
        return; // the heading says what is wrong; the core refuses what is not a marriage
    for (const NamedPerson &person : namedPersonsOf(EventKind::Marriage, view->current)) {
        if (person.role == u"husband"_s)
            m_subject->fill(person);
        else if (person.role == u"wife"_s)
            m_otherParty->fill(person);
    }
}

QString RecordingForm::applicantOf(const QJsonObject &record) const
{
    return nameOf(record, u"subject"_s);
}

} // namespace hotich::desktop
