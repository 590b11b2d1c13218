#include "BirthForm.h"

#include "DateField.h"
#include "Labels.h"
#include "Language.h"
#include "PersonFields.h"
#include "model/PartialDate.h"
#include "registry/Registrar.h"
#include "registry/Workflow.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

using F = PersonFields::Field;

constexpr auto kErrorColour = "#b00020";
constexpr auto kWarningColour = "#8a5a00";

} // namespace

BirthForm::BirthForm(Session &session, RegisterJobs &jobs, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs)
{
    setObjectName(u"birthForm"_s);

    auto *heading = new QLabel(tr("Birth registration"), this);
    QFont bigger = heading->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    heading->setFont(bigger);

    m_message = new QLabel(this);
    m_message->setObjectName(u"formMessage"_s);
    m_message->setAccessibleName(tr("Form message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *content = new QWidget(this);
    // Created in the paper form's order, which is the tab order.
    m_child = new PersonFields(u"subject"_s, tr("The child"),
                               {F::FamilyName, F::MiddleName, F::GivenName, F::BirthDate, F::Sex,
                                F::Ethnicity, F::Nationality, F::BirthPlace, F::Hometown, F::IdNumber},
                               content);
    const QList<F> parentFields{F::FullName,    F::BirthYearOrDate, F::Ethnicity,
                                F::Nationality, F::Residence,       F::IdNumber};
    m_mother = new PersonFields(u"mother"_s, tr("The mother"), parentFields, content);
    m_father = new PersonFields(u"father"_s, tr("The father"), parentFields, content);
    m_declarant = new PersonFields(u"declarant"_s, tr("The declarant"),
                                   {F::FullName, F::Relationship, F::IdDocument}, content);
    for (PersonFields *person : {m_child, m_mother, m_father})
        person->setDefault(F::Nationality, tr("Vietnam"));

    auto *registration = new QGroupBox(tr("The registration"), content);
    m_registrationDate = new DateField(DateField::Precision::FullOnly, registration);
    m_registrationDate->setObjectName(u"registrationDate"_s);
    m_registrationDate->setAccessibleName(tr("Registration date"));
    m_registrationDate->setIsoText(isoDate(session.clock.today()));
    auto *registrationMessage = new QLabel(registration);
    registrationMessage->setObjectName(u"registrationDate.message"_s);
    registrationMessage->setAccessibleName(tr("Message about %1").arg(tr("Registration date")));
    registrationMessage->setWordWrap(true);
    registrationMessage->hide();
    m_registrationField = std::make_unique<FormField>(
        FormField{u"registrationDate"_s, m_registrationDate, registrationMessage, false});
    auto *registrationForm = new QFormLayout(registration);
    auto *cell = new QWidget(registration);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(m_registrationDate);
    cellLayout->addWidget(registrationMessage);
    auto *dateLabel = new QLabel(tr("Registration date") + u':', registration);
    dateLabel->setBuddy(m_registrationDate);
    registrationForm->addRow(dateLabel, cell);
    connect(m_registrationDate, &QLineEdit::textEdited, this, [this] { edited(u"registrationDate"_s); });

    m_notes = new QLabel(content);
    m_notes->setObjectName(u"formNotes"_s);
    m_notes->setAccessibleName(tr("Other messages"));
    m_notes->setWordWrap(true);
    m_notes->hide();

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

    // Two columns so that the whole form fits a 1366×768 screen; the tab order stays the paper's.
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_child, 0, 0);
    grid->addWidget(m_declarant, 1, 0);
    grid->addWidget(m_mother, 0, 1);
    auto *rightBottom = new QVBoxLayout;
    rightBottom->addWidget(m_father);
    rightBottom->addWidget(registration);
    grid->addLayout(rightBottom, 1, 1);
    grid->addWidget(m_notes, 2, 0, 1, 2);
    grid->addWidget(m_duplicates, 3, 0, 1, 2);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(tr("&Save (Enter)"), this);
    m_save->setObjectName(u"save"_s);
    m_cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_cancel->setObjectName(u"cancel"_s);
    connect(m_save, &QPushButton::clicked, this, &BirthForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &BirthForm::requestCancel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (PersonFields *person : {m_child, m_mother, m_father, m_declarant})
        connect(person, &PersonFields::edited, this, &BirthForm::edited);

    // One check after a burst of keystrokes' events, not one per event.
    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(0);
    connect(m_check, &QTimer::timeout, this, &BirthForm::validate);
    setFocusProxy(m_child->input(F::FamilyName));
}

BirthForm::~BirthForm() = default;

void BirthForm::focusFirst()
{
    m_child->input(F::FamilyName)->setFocus();
}

QList<FormField *> BirthForm::allFields()
{
    QList<FormField *> all;
    for (PersonFields *person : {m_child, m_mother, m_father, m_declarant}) {
        for (FormField &field : person->fields())
            all << &field;
    }
    all << m_registrationField.get();
    return all;
}

QJsonObject BirthForm::record() const
{
    QJsonObject record{{u"kind"_s, u"birth"_s}};
    const QString date = m_registrationDate->isoText();
    if (!date.isEmpty())
        record.insert(u"registrationDate"_s, date);
    for (PersonFields *person : {m_child, m_mother, m_father, m_declarant}) {
        const QJsonObject value = person->value();
        if (!value.isEmpty())
            record.insert(person->member(), value);
    }
    return record;
}

QString BirthForm::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString BirthForm::fieldMessage(const QString &path) const
{
    for (FormField *field : const_cast<BirthForm *>(this)->allFields()) {
        if (field->path == path)
            return field->message->isHidden() ? QString() : field->message->text();
    }
    return {};
}

void BirthForm::edited(const QString &path)
{
    m_dirty = true;
    for (FormField *field : allFields()) {
        if (field->path == path)
            field->touched = true;
    }
    // What was shown as a duplicate was for the record before this change.
    if (!m_candidates.isEmpty()) {
        m_candidates.clear();
        m_duplicates->hide();
    }
    m_check->start();
}

Findings BirthForm::currentFindings() const
{
    const RuleContext context{m_session.clock.today(), officerIdentityOf(m_session.account), nullptr, {}};
    return checkDraft(record(), context);
}

void BirthForm::validate()
{
    const Findings findings = currentFindings();
    QStringList notes;
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    QSet<QString> paths;
    const QList<FormField *> fields = allFields();
    for (FormField *field : fields)
        paths.insert(field->path);
    for (const Finding &f : findings) {
        QString text = Language::english() ? f.en : f.vi;
        // A message about a person as a whole ("declarant" missing) goes under the person's first field.
        QString path = f.field;
        if (!paths.contains(path)) {
            for (FormField *field : fields) {
                if (field->path.startsWith(path + u'.')) {
                    path = field->path;
                    break;
                }
            }
        }
        if (paths.contains(path)) {
            // Beside the field, the record path the core names it by says nothing more.
            text.remove(u" ("_s + f.field + u')');
            (f.isError() ? errors : warnings)[path] << text;
        } else if (m_showAll || !f.isError()) {
            notes << text;
        }
    }
    for (FormField *field : fields) {
        // Errors wait until the officer has been at the field (or tried to save): an empty form is
        // not a list of mistakes. Warnings show at once: they concern what is typed elsewhere (a
        // late registration is seen from the date of birth).
        const bool show = field->touched || m_showAll;
        const QStringList fieldErrors = show ? errors.value(field->path) : QStringList();
        const QStringList fieldWarnings = warnings.value(field->path);
        const QStringList all = fieldErrors + fieldWarnings;
        field->message->setText(all.join(u'\n'));
        field->message->setStyleSheet(
            u"color: %1;"_s.arg(QLatin1String(fieldErrors.isEmpty() ? kWarningColour : kErrorColour)));
        field->message->setVisible(!all.isEmpty());
    }
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    if (!hasErrors(findings) && m_message->styleSheet().contains(QLatin1String(kErrorColour)) && !m_busy)
        m_message->hide(); // the errors it asked to fix are fixed
}

void BirthForm::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: %1; font-weight: bold;"_s.arg(QLatin1String(kErrorColour))
                                   : QString());
    m_message->setVisible(!text.isEmpty());
}

void BirthForm::setBusy(bool busy)
{
    m_busy = busy;
    // Line edits wait read-only rather than disabled: the one with the cursor keeps it.
    for (FormField *field : allFields()) {
        if (auto *line = qobject_cast<QLineEdit *>(field->input))
            line->setReadOnly(busy);
        else
            field->input->setEnabled(!busy);
    }
    m_save->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void BirthForm::save()
{
    if (m_busy)
        return;
    m_check->stop();
    m_showAll = true;
    validate();
    const Findings findings = currentFindings();
    if (hasErrors(findings)) {
        int count = 0;
        for (const Finding &f : findings)
            count += f.isError() ? 1 : 0;
        setMessage(tr("Correct the %n error(s) marked before saving.", nullptr, count), true);
        for (FormField *field : allFields()) {
            if (!field->message->isHidden() &&
                field->message->styleSheet().contains(QLatin1String(kErrorColour))) {
                field->input->setFocus();
                break;
            }
        }
        return;
    }
    const QJsonObject draft = record();
    if (!m_candidates.isEmpty() && m_confirmedDuplicates == draft) {
        write(draft); // the officer has seen the possible duplicates and saves anyway
        return;
    }
    setBusy(true);
    setMessage(tr("Looking for the same birth in the register…"), false);
    QPointer<BirthForm> self(this);
    m_jobs.run([self, draft](Result<Database *> db) {
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
    QList<QStringList> rows{{tr("(this registration)"), m_registrationDate->text(), draftName,
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
    m_save->setFocus();
    Q_EMIT answered();
}

void BirthForm::write(const QJsonObject &draft)
{
    setBusy(true);
    setMessage(tr("Saving…"), false);
    QPointer<BirthForm> self(this);
    const Clock *clock = &m_session.clock;
    const Account account = m_session.account;
    const QString applicant = draft.value(u"declarant"_s).toObject().value(u"fullName"_s).toString();
    m_jobs.run([self, clock, account, draft, applicant](Result<Database *> db) {
        Result<RegistrationOutcome> outcome =
            db ? Registrar(*db.value(), *clock).registerRecord(draft, account)
               : Result<RegistrationOutcome>(db.error());
        // The file received at the counter and entered at once: a birth is registered the same day.
        std::optional<Error> fileError;
        if (outcome) {
            if (auto file = Workflow(*db.value(), *clock).receiveEntered(outcome->id, applicant, account);
                !file)
                fileError = file.error();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome, fileError] {
                if (self)
                    self->finishWrite(outcome, fileError);
            },
            Qt::QueuedConnection);
    });
}

void BirthForm::finishWrite(const Result<RegistrationOutcome> &outcome, const std::optional<Error> &fileError)
{
    setBusy(false);
    if (!outcome) {
        setMessage(Language::message(outcome.error()), true);
        Q_EMIT answered();
        return;
    }
    if (fileError)
        qWarning("hotich: the birth is registered, its file is not: %s", qUtf8Printable(fileError->en));
    m_dirty = false;
    setMessage(tr("Registered as number %1.").arg(Labels::registerNumber(outcome->number, outcome->year)),
               false);
    Q_EMIT answered();
    Q_EMIT registered(outcome->id);
}

void BirthForm::requestCancel()
{
    if (m_busy)
        return;
    if (!m_dirty) {
        Q_EMIT cancelled();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Birth registration"),
                                tr("Discard what was typed in this birth registration?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardQuestion"_s);
    box->button(QMessageBox::Discard)->setText(tr("&Discard"));
    box->button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            Q_EMIT cancelled();
    });
    box->open();
}

void BirthForm::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        if (!m_candidates.isEmpty()) { // back to the form from the duplicates
            m_candidates.clear();
            m_duplicates->hide();
            setMessage(QString(), false);
            focusFirst();
            return;
        }
        requestCancel();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        if (focusWidget() == m_cancel)
            requestCancel();
        else
            save();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hotich::desktop
