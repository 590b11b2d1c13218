#include "RecognitionForm.h"

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

RecognitionForm::RecognitionForm(Session &session, RegisterJobs &jobs, QWidget *parent)
    : RegistrationForm(session, jobs, u"parentChildRecognition"_s, tr("Parent–child recognition"),
                       tr("Discard what was typed in this parent–child recognition?"), parent)
{
    setObjectName(u"recognitionForm"_s);
    QWidget *content = this->content();
    // Created in the paper form's order, which is the tab order.
    QGroupBox *recognition = nullptr;
    QFormLayout *recognitionForm = makeGroup(tr("The recognition"), u"recognitionFields"_s, &recognition);
    QComboBox *role = makeChoice(u"parentRole"_s, recognition);
    addField(recognitionForm, u"parentRole"_s, tr("Recognition of the father or the mother"), role);
    addField(recognitionForm, u"requestedBy"_s, tr("Requested by"),
             makeChoice(u"requestedBy"_s, recognition));

    const QList<F> personFields{F::FamilyName,  F::MiddleName, F::GivenName, F::BirthYearOrDate, F::Ethnicity,
                                F::Nationality, F::Residence,  F::IdNumber,  F::IdDocument};
    auto *parentFields = new PersonFields(u"parent"_s, tr("The father or mother"), personFields, content);
    auto *child = new PersonFields(u"child"_s, tr("The child"), personFields, content);
    for (PersonFields *person : {parentFields, child}) {
        person->setDefault(F::Nationality, tr("Vietnam"));
        addPerson(person);
    }
    auto *declarant = new PersonFields(u"declarant"_s, tr("The declarant"),
                                       {F::FullName, F::Relationship, F::IdDocument}, content);
    addPerson(declarant);
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(recognition, 0, 0, 1, 2);
    grid->addWidget(parentFields, 1, 0);
    grid->addWidget(child, 1, 1);
    grid->addWidget(declarant, 2, 0);
    grid->addWidget(registration, 2, 1);
    endColumns(grid);

    setFirstField(role);
}

void RecognitionForm::completeRecord(QJsonObject &record) const
{
    const QString role = record.value(u"parentRole"_s).toString();
    if (role.isEmpty() || !record.contains(u"parent"_s))
        return;
    QJsonObject parent = record.value(u"parent"_s).toObject();
    parent.insert(u"sex"_s, role == u"father"_s ? u"male"_s : u"female"_s);
    record.insert(u"parent"_s, parent);
}

QString RecognitionForm::applicantOf(const QJsonObject &record) const
{
    const QString declarant = nameOf(record, u"declarant"_s);
    return declarant.isEmpty() ? nameOf(record, u"parent"_s) : declarant;
}

} // namespace hotich::desktop
