#include "DeathForm.h"

#include "DateField.h"
#include "DateWordsEditor.h"
#include "Labels.h"
#include "PersonFields.h"
#include "PlaceField.h"
#include "model/RecordSchema.h"

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

QFormLayout *formOf(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

} // namespace

DeathForm::DeathForm(Session &session, RegisterJobs &jobs, QWidget *parent)
    : RegistrationForm(session, jobs, u"death"_s, tr("Death registration"),
                       tr("Discard what was typed in this death registration?"), parent)
{
    setObjectName(u"deathForm"_s);
    QWidget *content = this->content();
    // Created in the paper form's order, which is the tab order.
    auto *deceased =
        new PersonFields(u"subject"_s, tr("The deceased"),
                         {F::FamilyName, F::MiddleName, F::GivenName, F::BirthYearOrDate, F::Sex,
                          F::Ethnicity, F::Nationality, F::Residence, F::IdNumber, F::IdDocument},
                         content);
    deceased->setDefault(F::Nationality, tr("Vietnam"));
    addPerson(deceased);

    auto *death = new QGroupBox(tr("The death"), content);
    death->setObjectName(u"deathFields"_s);
    QFormLayout *deathForm = formOf(death);
    // A death long ago may be known by its month or year only (historical records).
    m_deathDate = new DateField(DateField::Precision::Partial, death);
    m_deathWords = new DateWordsEditor(m_deathDate, u"death.dateTime"_s, u"death.dateWords"_s,
                                       {tr("Date of death in words"), tr("Edit the date of death in words"),
                                        tr("Date of death in words, as the family wants it read")},
                                       death);
    connect(m_deathWords, &DateWordsEditor::edited, this, [this] { edited(u"death.dateWords"_s); });
    addField(deathForm, u"death.dateTime"_s, tr("Date of death"), m_deathDate, true, m_deathWords);
    m_deathTime = new QLineEdit(death);
    m_deathTime->setPlaceholderText(tr("hh:mm, e.g. 14:30"));
    m_deathTime->setMaxLength(5);
    // Its messages are the date's: the core checks the date and the time as one.
    addField(deathForm, u"death.dateTime.time"_s, tr("Time of death"), m_deathTime, false);
    addField(deathForm, u"death.place"_s, tr("Place of death"), new PlaceField(death));
    addField(deathForm, u"death.cause"_s, tr("Cause of death"), new QLineEdit(death));

    auto *notice = new QGroupBox(tr("The death notice"), content);
    notice->setObjectName(u"deathNoticeFields"_s);
    QFormLayout *noticeForm = formOf(notice);
    auto *type = new QComboBox(notice);
    for (const QString &code : fieldAt(EventKind::Death, u"deathNotice.type")->choices)
        type->addItem(Labels::choiceValue(u"type"_s, code), code);
    addField(noticeForm, u"deathNotice.type"_s, tr("Kind of paper"), type);
    addField(noticeForm, u"deathNotice.number"_s, tr("Number of the paper"), new QLineEdit(notice));
    addField(noticeForm, u"deathNotice.issuer"_s, tr("Issued by"), new QLineEdit(notice));
    addField(noticeForm, u"deathNotice.date"_s, tr("Date of issue"),
             new DateField(DateField::Precision::FullOnly, notice));

    auto *declarant = new PersonFields(u"declarant"_s, tr("The declarant"),
                                       {F::FullName, F::Relationship, F::IdDocument}, content);
    addPerson(declarant);
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(deceased, 0, 0, 2, 1);
    grid->addWidget(death, 0, 1);
    grid->addWidget(notice, 1, 1);
    grid->addWidget(declarant, 2, 0);
    grid->addWidget(registration, 2, 1);
    endColumns(grid);

    setFirstField(deceased->input(F::FamilyName));
}

void DeathForm::completeRecord(QJsonObject &record) const
{
    QJsonObject death = record.value(u"death"_s).toObject();
    // The words the family wants read instead of the date's own, as the extract prints them.
    if (const QString words = m_deathWords->editedWords(); !words.isEmpty())
        death.insert(u"dateWords"_s, words);
    const QString time = m_deathTime->text().trimmed();
    if (!time.isEmpty() && !m_deathDate->isoText().isEmpty())
        death.insert(u"dateTime"_s, QString(m_deathDate->isoText() + u'T' + time));
    if (!death.isEmpty())
        record.insert(u"death"_s, death);
}

} // namespace hotich::desktop
