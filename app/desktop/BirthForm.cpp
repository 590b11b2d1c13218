#include "BirthForm.h"

#include "DateField.h"
#include "Labels.h"
#include "Language.h"
#include "PersonFields.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

using F = PersonFields::Field;

} // namespace

BirthForm::BirthForm(Session &session, RegisterJobs &jobs, QWidget *parent)
    : RegistrationForm(session, jobs, u"birth"_s, tr("Birth registration"),
                       tr("Discard what was typed in this birth registration?"), parent)
{
    setObjectName(u"birthForm"_s);
    QWidget *content = this->content();
    // Created in the paper form's order, which is the tab order.
    m_child = new PersonFields(u"subject"_s, tr("The child"),
                               {F::FamilyName, F::MiddleName, F::GivenName, F::BirthDate, F::Sex,
                                F::Ethnicity, F::Nationality, F::BirthPlace, F::Hometown, F::IdNumber},
                               content);
    const QList<F> parentFields{F::FullName,    F::BirthYearOrDate, F::Ethnicity,
                                F::Nationality, F::Residence,       F::IdNumber};
    auto *mother = new PersonFields(u"mother"_s, tr("The mother"), parentFields, content);
    auto *father = new PersonFields(u"father"_s, tr("The father"), parentFields, content);
    auto *declarant = new PersonFields(u"declarant"_s, tr("The declarant"),
                                       {F::FullName, F::Relationship, F::IdDocument}, content);
    for (PersonFields *person : {m_child, mother, father})
        person->setDefault(F::Nationality, tr("Vietnam"));
    for (PersonFields *person : {m_child, mother, father, declarant})
        addPerson(person);
    QGroupBox *registration = makeRegistrationGroup();

    m_duplicates = new QGroupBox(tr("Possible duplicate: already registered"), content);
    m_duplicates->setObjectName(u"duplicates"_s);
    m_duplicateTable = new QTableWidget(0, 6, m_duplicates);
    m_duplicateTable->setObjectName(u"duplicateCandidates"_s);
    m_duplicateTable->setAccessibleName(tr("Possible duplicates"));
    m_duplicateTable->setHorizontalHeaderLabels({tr("Number"), tr("Registration date"), tr("Name"),
                                                 tr("Date of birth"), tr("Mother"), tr("Place of birth")});
    m_duplicateTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicateTable->setTabKeyNavigation(false);
    m_duplicateTable->verticalHeader()->hide();
    m_duplicateTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_duplicateTable->horizontalHeader()->setStretchLastSection(true);
    auto *duplicateHint =
        new QLabel(tr("The first row is this registration. Check the records below with the declarant; "
                      "press Enter (Save) again to register it anyway, or Escape to go back to the form."),
                   m_duplicates);
    duplicateHint->setWordWrap(true);
    auto *duplicateLayout = new QVBoxLayout(m_duplicates);
    duplicateLayout->addWidget(duplicateHint);
    duplicateLayout->addWidget(m_duplicateTable);
    m_duplicates->hide();

    QGridLayout *grid = twoColumns();
    grid->addWidget(m_child, 0, 0);
    grid->addWidget(declarant, 1, 0);
    grid->addWidget(mother, 0, 1);
    auto *rightBottom = new QVBoxLayout;
    rightBottom->addWidget(father);
    rightBottom->addWidget(registration);
    grid->addLayout(rightBottom, 1, 1);
    endColumns(grid, {m_duplicates});

    setFirstField(m_child->input(F::FamilyName));
}

void BirthForm::changed()
{
    // What was shown as a duplicate was for the record before this change.
    hideDuplicates();
}

bool BirthForm::escapeTaken()
{
    if (m_candidates.isEmpty())
        return false;
    hideDuplicates(); // back to the form from the duplicates
    setMessage(QString(), false);
    focusFirst();
    return true;
}

void BirthForm::hideDuplicates()
{
    m_candidates.clear();
    m_duplicates->hide();
}

void BirthForm::readyToWrite(const QJsonObject &draft)
{
    if (!m_candidates.isEmpty() && m_confirmedDuplicates == draft) {
        write(draft); // the officer has seen the possible duplicates and saves anyway
        return;
    }
    setBusy(true);
    setMessage(tr("Looking for the same birth in the register…"), false);
    QPointer<BirthForm> self(this);
    jobs().run([self, draft](Result<Database *> db) {
        Result<QList<DuplicateCandidate>> found =
            db ? duplicateCandidates(*db.value(), draft) : Result<QList<DuplicateCandidate>>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, draft, found] {
                if (self)
                    self->showDuplicates(draft, found);
            },
            Qt::QueuedConnection);
    });
}

void BirthForm::showDuplicates(const QJsonObject &draft, const Result<QList<DuplicateCandidate>> &found)
{
    if (!found) {
        setBusy(false);
        setMessage(Language::message(found.error()), true);
        Q_EMIT answered();
        return;
    }
    if (found->isEmpty()) {
        write(draft);
        Q_EMIT answered();
        return;
    }
    setBusy(false);
    m_candidates = found.value();
    m_confirmedDuplicates = draft;
    const QJsonObject subject = draft.value(u"subject"_s).toObject();
    const QString draftName =
        QStringList{subject.value(u"familyName"_s).toString(), subject.value(u"middleName"_s).toString(),
                    subject.value(u"givenName"_s).toString()}
            .join(u' ')
            .simplified();
    QList<QStringList> rows{{tr("(this registration)"), registrationDate()->text(), draftName,
                             Labels::value(u"birthDate"_s, subject.value(u"birthDate"_s).toString()),
                             draft.value(u"mother"_s).toObject().value(u"fullName"_s).toString(),
                             subject.value(u"birthPlace"_s).toString()}};
    for (const DuplicateCandidate &c : std::as_const(m_candidates)) {
        rows << QStringList{Labels::registerNumber(c.event.number, c.event.year),
                            Labels::date(c.event.registrationDate),
                            c.subjectName,
                            c.birthDate,
                            c.motherName,
                            c.birthPlace};
    }
    m_duplicateTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column)
            m_duplicateTable->setItem(row, column, new QTableWidgetItem(rows[row][column]));
    }
    m_duplicates->show();
    setMessage(tr("%n birth(s) with the same name, date of birth and mother already registered: see below. "
                  "Press Enter to register this one anyway, or change the form.",
                  nullptr, int(m_candidates.size())),
               true);
    findChild<QPushButton *>(u"save"_s)->setFocus();
    Q_EMIT answered();
}

} // namespace hotich::desktop
