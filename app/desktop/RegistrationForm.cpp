#include "RegistrationForm.h"

#include "DateField.h"
#include "DiscardQuestion.h"
#include "Labels.h"
#include "Language.h"
#include "PersonFields.h"
#include "ScreenHeading.h"
#include "model/PartialDate.h"
#include "model/RecordSchema.h"
#include "registry/DraftCheck.h"
#include "registry/RecordView.h"
#include "registry/RegisterSetup.h"
#include "registry/Registrar.h"
#include "registry/Workflow.h"
#include "util/Uuid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

constexpr auto kErrorColour = "#b00020";
constexpr auto kWarningColour = "#8a5a00";

/// What an input holds, as the record writes it.
QString valueOf(const QWidget *input)
{
    if (auto *date = qobject_cast<const DateField *>(input))
        return date->isoText();
    if (auto *line = qobject_cast<const QLineEdit *>(input))
        return line->text().trimmed();
    if (auto *combo = qobject_cast<const QComboBox *>(input))
        return combo->currentData().toString();
    return {};
}

/// Sets the member at a dotted path ("death.place"), creating the objects on the way.
void insertAt(QJsonObject &object, const QStringList &path, const QString &value)
{
    if (path.size() == 1) {
        object.insert(path.constFirst(), value);
        return;
    }
    QJsonObject inner = object.value(path.constFirst()).toObject();
    insertAt(inner, path.mid(1), value);
    object.insert(path.constFirst(), inner);
}

} // namespace

RegistrationForm::RegistrationForm(Session &session, RegisterJobs &jobs, const QString &kind,
                                   const QString &heading, const QString &discardQuestion, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs), m_kind(kind), m_heading(heading),
      m_discardQuestion(discardQuestion)
{
    auto *title = new QLabel(heading, this);
    styleAsHeading(title);

    m_message = new QLabel(this);
    m_message->setObjectName(u"formMessage"_s);
    m_message->setAccessibleName(tr("Form message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_amendsLabel = new QLabel(this);
    m_amendsLabel->setObjectName(u"amendedRecord"_s);
    m_amendsLabel->setWordWrap(true);
    m_amendsLabel->hide();

    m_content = new QWidget(this);
    m_notes = new QLabel(m_content);
    m_notes->setObjectName(u"formNotes"_s);
    m_notes->setAccessibleName(tr("Other messages"));
    m_notes->setWordWrap(true);
    m_notes->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(tr("&Save (Enter)"), this);
    m_save->setObjectName(u"save"_s);
    m_cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_cancel->setObjectName(u"cancel"_s);
    connect(m_save, &QPushButton::clicked, this, &RegistrationForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &RegistrationForm::requestCancel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_amendsLabel);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    // The dates in words read as the office prefers (its settings); the common words if unreadable.
    if (auto office = readOffice(m_session.db))
        m_words = office->words;

    // One check after a burst of keystrokes' events, not one per event.
    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(0);
    connect(m_check, &QTimer::timeout, this, &RegistrationForm::validate);
}

RegistrationForm::~RegistrationForm() = default;

void RegistrationForm::addPerson(PersonFields *person)
{
    m_persons << person;
    person->enablePicking(m_session.db.path());
    for (DateField *date : person->findChildren<DateField *>())
        date->setWordStyle(m_words);
    connect(person, &PersonFields::edited, this, &RegistrationForm::edited);
}

void RegistrationForm::addField(QFormLayout *form, const QString &path, const QString &label, QWidget *input,
                                bool inRecord, QWidget *below)
{
    input->setAccessibleName(label);
    if (auto *date = qobject_cast<DateField *>(input))
        date->setWordStyle(m_words);
    m_fields.push_back(PersonFields::addRow(form, path, label, input, below));
    if (inRecord)
        m_recordPaths.insert(path);
    if (auto *line = qobject_cast<QLineEdit *>(input))
        connect(line, &QLineEdit::textEdited, this, [this, path] { edited(path); });
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::activated, this, [this, path] { edited(path); });
    else if (auto *check = qobject_cast<QCheckBox *>(input))
        connect(check, &QCheckBox::toggled, this, [this, path] { edited(path); });
}

QFormLayout *RegistrationForm::makeGroup(const QString &title, const QString &objectName, QGroupBox **group)
{
    *group = new QGroupBox(title, m_content);
    (*group)->setObjectName(objectName);
    auto *form = new QFormLayout(*group);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

QComboBox *RegistrationForm::makeChoice(const QString &path, QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("— choose —"), QString());
    const ObjectSchema *schema = &recordSchema(parseKindCode(m_kind).value());
    const FieldSpec *spec = nullptr;
    for (const QString &part : path.split(u'.')) {
        spec = schema ? schema->field(part) : nullptr;
        schema = spec ? spec->object : nullptr;
    }
    Q_ASSERT(spec);
    const QString member = path.section(u'.', -1);
    for (const QString &code : spec ? spec->choices : QStringList())
        combo->addItem(Labels::value(member, code), code);
    return combo;
}

QString RegistrationForm::nameOf(const QJsonObject &record, const QString &member)
{
    const QJsonObject person = record.value(member).toObject();
    if (person.contains(u"fullName"_s))
        return person.value(u"fullName"_s).toString();
    return QStringList{person.value(u"familyName"_s).toString(), person.value(u"middleName"_s).toString(),
                       person.value(u"givenName"_s).toString()}
        .join(u' ')
        .simplified();
}

void RegistrationForm::setAmends(const QUuid &target, const QString &member)
{
    m_amends = target;
    m_amendsMember = member;
    // One small read on the GUI thread's connection, as the record screen's own.
    RecordStore store(m_session.db);
    const Result<RecordView> view = loadRecordView(store, target);
    if (!view) {
        m_amendsLabel->setText(Language::message(view.error()));
    } else {
        const StoredRecord &stored = view->stored;
        m_amendedNames = IndexEntry::of(stored.kind, view->current).display;
        m_amendsLabel->setText(tr("Amends: %1 %2 — %3")
                                   .arg(Labels::kind(stored.kind),
                                        Labels::registerNumber(stored.number, stored.year), m_amendedNames));
    }
    m_amendsLabel->show();
}

QGridLayout *RegistrationForm::twoColumns()
{
    auto *grid = new QGridLayout(m_content);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return grid;
}

void RegistrationForm::endColumns(QGridLayout *grid, const QList<QWidget *> &below)
{
    int row = grid->rowCount();
    grid->addWidget(m_notes, row++, 0, 1, 2);
    for (QWidget *w : below)
        grid->addWidget(w, row++, 0, 1, 2);
    grid->setRowStretch(row, 1);
}

QGroupBox *RegistrationForm::makeRegistrationGroup()
{
    auto *registration = new QGroupBox(tr("The registration"), m_content);
    auto *form = new QFormLayout(registration);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_registrationDate = new DateField(DateField::Precision::FullOnly, registration);
    m_registrationDate->setIsoText(isoDate(m_session.clock.today()));
    addField(form, u"registrationDate"_s, tr("Registration date"), m_registrationDate);
    return registration;
}

void RegistrationForm::setFirstField(QWidget *input)
{
    m_first = input;
    setFocusProxy(input);
}

void RegistrationForm::focusFirst()
{
    if (m_first)
        m_first->setFocus();
}

QList<FormField *> RegistrationForm::allFields() const
{
    QList<FormField *> all;
    for (PersonFields *person : m_persons) {
        for (FormField &field : person->fields())
            all << &field;
    }
    for (const FormField &field : m_fields)
        all << const_cast<FormField *>(&field);
    return all;
}

QJsonObject RegistrationForm::record() const
{
    QJsonObject record{{u"kind"_s, m_kind}};
    if (!m_amends.isNull())
        record.insert(m_amendsMember, uuidText(m_amends));
    for (const FormField &field : m_fields) {
        const QString value = valueOf(field.input);
        if (m_recordPaths.contains(field.path) && !value.isEmpty())
            insertAt(record, field.path.split(u'.'), value);
    }
    for (PersonFields *person : m_persons) {
        const QJsonObject value = person->value();
        if (!value.isEmpty())
            record.insert(person->member(), value);
    }
    completeRecord(record);
    return record;
}

void RegistrationForm::completeRecord(QJsonObject &) const
{}

QString RegistrationForm::applicantOf(const QJsonObject &record) const
{
    for (const QString &member : {u"declarant"_s, u"requester"_s}) {
        if (const QString name = nameOf(record, member); !name.isEmpty())
            return name;
    }
    return m_amendedNames;
}

QString RegistrationForm::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString RegistrationForm::fieldMessage(const QString &path) const
{
    for (FormField *field : allFields()) {
        if (field->path == path)
            return field->message->isHidden() ? QString() : field->message->text();
    }
    return {};
}

void RegistrationForm::edited(const QString &path)
{
    m_dirty = true;
    for (FormField *field : allFields()) {
        if (field->path == path || path.startsWith(field->path + u'.'))
            field->touched = true;
    }
    changed();
    m_check->start();
}

Findings RegistrationForm::currentFindings() const
{
    const RuleContext context{m_session.clock.today(), officerIdentityOf(m_session.account), nullptr, {}};
    return checkDraft(record(), context);
}

void RegistrationForm::validate()
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
        // late registration is seen from the date of the event).
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

void RegistrationForm::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: %1; font-weight: bold;"_s.arg(QLatin1String(kErrorColour))
                                   : QString());
    m_message->setVisible(!text.isEmpty());
}

void RegistrationForm::setBusy(bool busy)
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

void RegistrationForm::save()
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
    readyToWrite(record());
}

void RegistrationForm::readyToWrite(const QJsonObject &record)
{
    write(record);
}

void RegistrationForm::write(const QJsonObject &draft)
{
    setBusy(true);
    setMessage(tr("Saving…"), false);
    QPointer<RegistrationForm> self(this);
    const Clock *clock = &m_session.clock;
    const Account account = m_session.account;
    const QString applicant = applicantOf(draft);
    m_jobs.run([self, clock, account, draft, applicant](Result<Database *> db) {
        Result<RegistrationOutcome> outcome =
            db ? Registrar(*db.value(), *clock).registerRecord(draft, account)
               : Result<RegistrationOutcome>(db.error());
        // The file received at the counter and entered at once: these are registered the same day.
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

void RegistrationForm::finishWrite(const Result<RegistrationOutcome> &outcome,
                                   const std::optional<Error> &fileError)
{
    setBusy(false);
    if (!outcome) {
        setMessage(Language::message(outcome.error()), true);
        Q_EMIT answered();
        return;
    }
    if (fileError)
        qWarning("hotich: the %s is registered, its file is not: %s", qUtf8Printable(m_kind),
                 qUtf8Printable(fileError->en));
    m_dirty = false;
    setMessage(tr("Registered as number %1.").arg(Labels::registerNumber(outcome->number, outcome->year)),
               false);
    Q_EMIT answered();
    Q_EMIT registered(outcome->id);
}

void RegistrationForm::requestCancel()
{
    if (m_busy)
        return;
    if (!m_dirty) {
        Q_EMIT cancelled();
        return;
    }
    DiscardQuestion::ask(this, m_heading, m_discardQuestion, [this] { Q_EMIT cancelled(); });
}

void RegistrationForm::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        if (!escapeTaken())
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
