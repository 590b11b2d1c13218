#include "CorrectionScreen.h"

#include "DateField.h"
#include "DateTimeField.h"
#include "DiscardQuestion.h"
#include "Labels.h"
#include "Language.h"
#include "PersonFields.h"
#include "PlaceField.h"
#include "ScreenHeading.h"
#include "model/RecordSchema.h"
#include "registry/DraftCheck.h"
#include "registry/Registrar.h"
#include "store/RegisterIndex.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

constexpr auto kErrorColour = "#b00020";
constexpr auto kWarningColour = "#8a5a00";

/// The value at a dotted path of a record ("subject.givenName"), as text; empty when absent.
QString valueAt(const QJsonObject &record, const QString &path)
{
    const QStringList parts = path.split(u'.');
    QJsonObject object = record;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        object = object.value(parts[i]).toObject();
    return object.value(parts.constLast()).toVariant().toString();
}

/// Sets a member at a dotted path, making the objects on the way.
void insertAt(QJsonObject &record, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        record.insert(path.toString(), value);
        return;
    }
    const QString head = path.first(dot).toString();
    QJsonObject child = record.value(head).toObject();
    insertAt(child, path.sliced(dot + 1), value);
    record.insert(head, child);
}

QLabel *messageLabel(const QString &path, const QString &label, QWidget *parent)
{
    auto *message = new QLabel(parent);
    message->setObjectName(path + u".message"_s);
    message->setAccessibleName(CorrectionScreen::tr("Message about %1").arg(label));
    message->setWordWrap(true);
    message->hide();
    return message;
}

/// A label as tall as the input beside it, its text centred on the input's: the label stays on
/// the input's line when a message grows the row under it.
QLabel *besideInput(QLabel *label, const QWidget *input)
{
    label->setMinimumHeight(input->sizeHint().height());
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

} // namespace

CorrectionScreen::CorrectionScreen(Session &session, RegisterJobs &jobs, const QUuid &id, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs), m_id(id)
{
    setObjectName(u"correctionScreen"_s);
    auto *heading = new QLabel(this);
    heading->setObjectName(u"correctionHeading"_s);
    styleAsHeading(heading);

    m_message = new QLabel(this);
    m_message->setObjectName(u"formMessage"_s);
    m_message->setAccessibleName(tr("Form message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_message);

    // Read on the GUI thread's connection, as the record screen reads it: one record and its amendments.
    RecordStore store(session.db);
    auto view = loadRecordView(store, id);
    if (!view) {
        m_title = tr("Record not found");
        heading->setText(m_title);
        setMessage(Language::message(view.error()), true);
        layout->addStretch();
        return;
    }
    m_view = view.value();
    const StoredRecord &stored = m_view->stored;
    QString record = Labels::kind(stored.kind);
    if (stored.number > 0)
        record += u' ' + Labels::registerNumber(stored.number, stored.year);
    m_title = tr("Correction of %1").arg(record);
    heading->setText(tr("Change, correction or supplement of %1 — %2")
                         .arg(record, IndexEntry::of(stored.kind, m_view->current).display));

    auto *content = new QWidget(this);
    buildFields(content);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // no stop of its own between the fields and the buttons
    layout->addWidget(scroll, 1);
    if (!m_fields.isEmpty())
        layout->addWidget(buildRequest());

    m_save = new QPushButton(tr("&Save the correction (Enter)"), this);
    m_save->setObjectName(u"save"_s);
    m_cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_cancel->setObjectName(u"cancel"_s);
    connect(m_save, &QPushButton::clicked, this, &CorrectionScreen::save);
    connect(m_cancel, &QPushButton::clicked, this, &CorrectionScreen::requestCancel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    // One check after a burst of keystrokes' events, not one per event.
    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(0);
    connect(m_check, &QTimer::timeout, this, &CorrectionScreen::validate);
    if (m_fields.isEmpty()) {
        setMessage(tr("A %1 cannot be corrected from this screen yet.").arg(Labels::kind(stored.kind)), true);
        m_save->setEnabled(false);
        return;
    }
    setFocusProxy(m_fields.constFirst().input);
}

CorrectionScreen::~CorrectionScreen() = default;

void CorrectionScreen::buildFields(QWidget *content)
{
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    int row = 0;
    auto *oldHeader = new QLabel(u"<b>%1</b>"_s.arg(tr("In the register")), content);
    auto *newHeader = new QLabel(u"<b>%1</b>"_s.arg(tr("Corrected to")), content);
    grid->addWidget(oldHeader, row, 1);
    grid->addWidget(newHeader, row, 2);
    ++row;

    // Created in the paper form's order (the core's), which is the tab order.
    QString group;
    const QJsonObject current = m_view->content();
    for (const QString &path : correctableFields(m_view->stored.kind)) {
        const QString person = path.section(u'.', 0, 0);
        const QString member = path.section(u'.', -1);
        if (person != group) {
            group = person;
            auto *title = new QLabel(u"<b>%1</b>"_s.arg(Labels::member(person).toHtmlEscaped()), content);
            grid->addWidget(title, row++, 0, 1, 3);
        }
        const QString label = Labels::member(member);
        QWidget *input = makeInput(path, label, content);
        QString old = valueAt(current, path);
        addRow(grid, row++, path, label, old.isEmpty() ? tr("(none)") : Labels::value(member, old), input);
        // A country is kept as its code and typed by its name, which the core reads back.
        if (member == u"nationality"_s)
            old = Labels::value(member, old);
        // The register's value is where the officer starts from.
        if (auto *date = qobject_cast<DateField *>(input))
            date->setIsoText(old);
        else if (auto *dateTime = qobject_cast<DateTimeField *>(input))
            dateTime->setIsoText(old);
        else if (auto *combo = qobject_cast<QComboBox *>(input))
            combo->setCurrentIndex(std::max(0, combo->findData(old)));
        else if (auto *line = qobject_cast<QLineEdit *>(input))
            line->setText(old);
        m_oldTexts.insert(path, old);
    }
    grid->setRowStretch(row, 1);
}

QWidget *CorrectionScreen::buildRequest()
{
    // Outside the scrolled values: what the correction rests on stays in sight at 1366×768.
    auto *box = new QGroupBox(tr("The correction"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    m_type = new QComboBox(box);
    for (const QString &code : {u"correction"_s, u"change"_s, u"supplement"_s})
        m_type->addItem(Labels::choiceValue(u"type"_s, code), code);
    connect(m_type, &QComboBox::activated, this, [this] { edited(u"type"_s); });
    m_reason = new QLineEdit(box);
    connect(m_reason, &QLineEdit::textEdited, this, [this] { edited(u"reason"_s); });
    m_document = new QLineEdit(box);
    m_document->setPlaceholderText(tr("e.g. Trích lục khai sinh số 12/2026, cấp ngày 20/11/2026"));
    connect(m_document, &QLineEdit::textEdited, this, [this] { edited(u"supportingDocument"_s); });
    const QList<std::tuple<QString, QString, QWidget *>> request{
        {u"type"_s, tr("Kind of correction"), m_type},
        {u"reason"_s, tr("Reason"), m_reason},
        {u"supportingDocument"_s, tr("Supporting document"), m_document}};
    int row = 0;
    for (const auto &[path, label, input] : request) {
        input->setObjectName(path);
        input->setAccessibleName(label);
        auto *cell = new QWidget(box);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(input);
        QLabel *message = messageLabel(path, label, cell);
        cellLayout->addWidget(message);
        auto *rowLabel = besideInput(new QLabel(label + u':', box), input);
        rowLabel->setBuddy(input);
        grid->addWidget(rowLabel, row, 0, Qt::AlignTop);
        grid->addWidget(cell, row++, 1);
        m_fields.append(FormField{path, input, message, false});
    }
    m_notes = new QLabel(box);
    m_notes->setObjectName(u"formNotes"_s);
    m_notes->setAccessibleName(tr("Other messages"));
    m_notes->setWordWrap(true);
    m_notes->hide();
    grid->addWidget(m_notes, row, 0, 1, 2);
    return box;
}

QWidget *CorrectionScreen::makeInput(const QString &path, const QString &label, QWidget *parent)
{
    // The input the record's schema asks for: the same member is a date in one kind and text in
    // another ("date" of a death notice, "content" of a recording).
    const EventKind kind = m_view->stored.kind;
    const FieldSpec *spec = fieldAt(kind, path);
    const FieldType type = spec ? spec->type : FieldType::Text;
    const QString member = path.section(u'.', -1);
    QWidget *input = nullptr;
    auto choiceBox = [&](const QStringList &codes) {
        auto *box = new QComboBox(parent);
        box->addItem(tr("— choose —"), QString());
        for (const QString &code : codes)
            box->addItem(Labels::value(member, code), code);
        connect(box, &QComboBox::activated, this, [this, path] { edited(path); });
        return box;
    };
    switch (type) {
    case FieldType::Date:
        input = new DateField(DateField::Precision::FullOnly, parent);
        break;
    case FieldType::PartialDate:
        // A child's date of birth is a full date; anyone else's may be a year (as the forms have them).
        input = new DateField(kind == EventKind::Birth && path == u"subject.birthDate"_s
                                  ? DateField::Precision::FullOnly
                                  : DateField::Precision::Partial,
                              parent);
        break;
    case FieldType::DateTime:
        input = new DateTimeField(parent);
        break;
    case FieldType::Sex:
        input = choiceBox({u"male"_s, u"female"_s});
        break;
    case FieldType::Choice:
        input = choiceBox(spec->choices);
        break;
    default:
        if (member == u"birthPlace"_s || member == u"hometown"_s || member == u"residence"_s ||
            member == u"place"_s)
            input = new PlaceField(parent);
        else
            input = new QLineEdit(parent);
        break;
    }
    if (auto *line = qobject_cast<QLineEdit *>(input))
        connect(line, &QLineEdit::textEdited, this, [this, path] { edited(path); });
    input->setObjectName(path);
    input->setAccessibleName(tr("%1 — %2, corrected").arg(Labels::member(path.section(u'.', 0, 0)), label));
    return input;
}

FormField &CorrectionScreen::addRow(QGridLayout *grid, int row, const QString &path, const QString &label,
                                    const QString &oldText, QWidget *input)
{
    QWidget *parent = grid->parentWidget();
    auto *rowLabel = besideInput(new QLabel(label + u':', parent), input);
    rowLabel->setBuddy(input);
    auto *old = besideInput(new QLabel(oldText, parent), input);
    old->setObjectName(path + u".old"_s);
    old->setAccessibleName(tr("%1 in the register").arg(label));
    old->setWordWrap(true);
    old->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(input);
    QLabel *message = messageLabel(path, label, cell);
    cellLayout->addWidget(message);
    grid->addWidget(rowLabel, row, 0, Qt::AlignTop);
    grid->addWidget(old, row, 1, Qt::AlignTop);
    grid->addWidget(cell, row, 2);
    m_fields.append(FormField{path, input, message, false});
    return m_fields.last();
}

QString CorrectionScreen::textOf(const QWidget *input)
{
    if (auto *date = qobject_cast<const DateField *>(input))
        return date->isoText();
    if (auto *dateTime = qobject_cast<const DateTimeField *>(input))
        return dateTime->isoText();
    if (auto *line = qobject_cast<const QLineEdit *>(input))
        return line->text().trimmed();
    if (auto *combo = qobject_cast<const QComboBox *>(input))
        return combo->currentData().toString();
    return {};
}

QJsonObject CorrectionScreen::correction() const
{
    QJsonObject changes;
    for (const FormField &field : m_fields) {
        if (!m_oldTexts.contains(field.path))
            continue; // type, reason and document
        const QString now = textOf(field.input);
        if (now == m_oldTexts.value(field.path))
            continue;
        // An emptied field removes the member (a merge patch's null); the core says if it may go.
        insertAt(changes, field.path, now.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(now));
    }
    QJsonObject out{{u"changes"_s, changes}};
    if (m_type)
        out.insert(u"type"_s, m_type->currentData().toString());
    for (const auto &[member, line] :
         {std::pair{u"reason"_s, m_reason}, {u"supportingDocument"_s, m_document}}) {
        if (line && !line->text().trimmed().isEmpty())
            out.insert(member, line->text().trimmed());
    }
    return out;
}

QString CorrectionScreen::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString CorrectionScreen::fieldMessage(const QString &path) const
{
    for (const FormField &field : m_fields) {
        if (field.path == path)
            return field.message->isHidden() ? QString() : field.message->text();
    }
    return {};
}

void CorrectionScreen::focusFirst()
{
    if (!m_fields.isEmpty())
        m_fields.constFirst().input->setFocus();
}

void CorrectionScreen::edited(const QString &path)
{
    m_dirty = true;
    for (FormField &field : m_fields) {
        if (field.path == path)
            field.touched = true;
    }
    m_check->start();
}

Findings CorrectionScreen::currentFindings() const
{
    if (!m_view)
        return {};
    const RuleContext context{m_session.clock.today(), officerIdentityOf(m_session.account), nullptr, {}};
    return checkCorrectionDraft(*m_view, correction(), context);
}

void CorrectionScreen::validate()
{
    const Findings findings = currentFindings();
    QStringList notes;
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    QSet<QString> paths;
    for (const FormField &field : std::as_const(m_fields))
        paths.insert(field.path);
    for (const Finding &f : findings) {
        QString text = Language::english() ? f.en : f.vi;
        // The core names the changed record's fields under "changes."; a message about a person
        // as a whole goes beside the person's first field.
        QString path = f.field.startsWith(u"changes."_s) ? f.field.sliced(8) : f.field;
        if (!paths.contains(path)) {
            for (const FormField &field : std::as_const(m_fields)) {
                if (field.path.startsWith(path + u'.')) {
                    path = field.path;
                    break;
                }
            }
        }
        if (paths.contains(path)) {
            // The record path the core names the field by says nothing more beside the field.
            text.remove(u" ("_s + f.field + u')');
            text.remove(u" ("_s + path + u')');
            (f.isError() ? errors : warnings)[path] << text;
        } else if (f.field == u"amends"_s) {
            continue; // a refusal of the correction as a whole: save() says it over the screen
        } else if (m_showAll || !f.isError()) {
            notes << text;
        }
    }
    for (FormField &field : m_fields) {
        // Errors wait until the officer has been at the field (or tried to save).
        const bool show = field.touched || m_showAll;
        const QStringList fieldErrors = show ? errors.value(field.path) : QStringList();
        const QStringList all = fieldErrors + warnings.value(field.path);
        field.message->setText(all.join(u'\n'));
        field.message->setStyleSheet(
            u"color: %1;"_s.arg(QLatin1String(fieldErrors.isEmpty() ? kWarningColour : kErrorColour)));
        field.message->setVisible(!all.isEmpty());
    }
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    if (!hasErrors(findings) && m_message->styleSheet().contains(QLatin1String(kErrorColour)) && !m_busy)
        m_message->hide(); // the errors it asked to fix are fixed
}

void CorrectionScreen::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: %1; font-weight: bold;"_s.arg(QLatin1String(kErrorColour))
                                   : QString());
    m_message->setVisible(!text.isEmpty());
}

void CorrectionScreen::setBusy(bool busy)
{
    m_busy = busy;
    // Line edits wait read-only rather than disabled: the one with the cursor keeps it.
    for (FormField &field : m_fields) {
        if (auto *line = qobject_cast<QLineEdit *>(field.input))
            line->setReadOnly(busy);
        else
            field.input->setEnabled(!busy);
    }
    m_save->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void CorrectionScreen::save()
{
    if (m_busy || !loaded())
        return;
    m_check->stop();
    m_showAll = true;
    validate();
    const Findings findings = currentFindings();
    if (hasErrors(findings)) {
        // A refusal of the correction as a whole (nothing changed) is said as the core says it.
        QStringList whole;
        int count = 0;
        for (const Finding &f : findings) {
            if (!f.isError())
                continue;
            ++count;
            if (f.field == u"amends"_s)
                whole << (Language::english() ? f.en : f.vi);
        }
        if (whole.size() == count) {
            setMessage(whole.join(u'\n'), true);
            focusFirst();
            return;
        }
        setMessage(tr("Correct the %n error(s) marked before saving.", nullptr, count), true);
        for (const FormField &field : std::as_const(m_fields)) {
            if (!field.message->isHidden() &&
                field.message->styleSheet().contains(QLatin1String(kErrorColour))) {
                field.input->setFocus();
                break;
            }
        }
        return;
    }
    setBusy(true);
    setMessage(tr("Saving…"), false);
    QPointer<CorrectionScreen> self(this);
    const Clock *clock = &m_session.clock;
    const Account account = m_session.account;
    const QUuid target = m_id;
    const QJsonObject draft = correction();
    m_jobs.run([self, clock, account, target, draft](Result<Database *> db) {
        Result<RegistrationOutcome> outcome =
            db ? Registrar(*db.value(), *clock).correct(target, draft, account)
               : Result<RegistrationOutcome>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome] {
                if (self)
                    self->finishWrite(outcome);
            },
            Qt::QueuedConnection);
    });
}

void CorrectionScreen::finishWrite(const Result<RegistrationOutcome> &outcome)
{
    setBusy(false);
    if (!outcome) {
        setMessage(Language::message(outcome.error()), true);
        Q_EMIT answered();
        return;
    }
    m_dirty = false;
    setMessage(
        tr("Correction registered as number %1.").arg(Labels::registerNumber(outcome->number, outcome->year)),
        false);
    Q_EMIT answered();
    Q_EMIT corrected(m_id);
}

void CorrectionScreen::requestCancel()
{
    if (m_busy)
        return;
    if (!m_dirty) {
        Q_EMIT cancelled();
        return;
    }
    DiscardQuestion::ask(this, m_title, tr("Discard the changes typed in this correction?"),
                         [this] { Q_EMIT cancelled(); });
}

void CorrectionScreen::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
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
