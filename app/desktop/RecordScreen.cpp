#include "RecordScreen.h"

#include "Labels.h"
#include "Language.h"
#include "ScreenHeading.h"
#include "SyncScreen.h"
#include "model/AmendedKind.h"
#include "printing/BlankFormStock.h"
#include "printing/RecordPrint.h"
#include "printing/TemplateLoader.h"
#include "registry/DraftCheck.h"
#include "registry/RecordHistory.h"
#include "registry/RecordView.h"
#include "registry/SyncReport.h"
#include "store/FormJournal.h"
#include "store/RegisterIndex.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

/// The kind of record an amending registration is opened from: what it amends, and a marriage
/// for a recording (its divorce or annulment, which ends it).
std::optional<EventKind> openedFrom(EventKind kind)
{
    return kind == EventKind::Recording ? std::optional(EventKind::Marriage) : amendedKind(kind);
}

/// Whether the amending registration `kind` is offered from a record of `record`'s kind: what it
/// amends; an extract copy of a registration whose copy a form prints (never of a copy).
bool offeredFrom(EventKind kind, EventKind record)
{
    if (kind == EventKind::ExtractCopy)
        return record != EventKind::ExtractCopy && printing::copyFormExists(record);
    return openedFrom(kind) == record;
}

QTreeWidget *makeTree(QWidget *parent, const QString &name, const QString &accessibleName,
                      const QStringList &columns)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(columns);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return tree;
}

/// A time of the history (stored in UTC) in the office's local time.
QString localTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : isoUtc;
}

} // namespace

RecordScreen::RecordScreen(Session &session, const QUuid &id, RegisterJobs *jobs, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs), m_id(id)
{
    setObjectName(u"recordScreen"_s);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"recordHeading"_s);
    styleAsHeading(m_heading);
    m_names = new QLabel(this);
    m_names->setObjectName(u"recordNames"_s);
    m_names->setWordWrap(true);
    m_names->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_facts = new QLabel(this);
    m_facts->setObjectName(u"recordFacts"_s);
    m_facts->setWordWrap(true);
    m_workflow = new QLabel(this);
    m_workflow->setObjectName(u"recordWorkflow"_s);
    m_workflow->setAccessibleName(tr("Where the file stands"));
    m_workflow->setWordWrap(true);
    m_workflow->hide();
    // Ctrl+P from anywhere in the record; the button has no mnemonic (the step's "printed" has P).
    // It comes before the step, on the row and in the tab order.
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(u"printRecord"_s);
    m_print->setToolTip(tr("Print a certificate or extract of this record (Ctrl+P)"));
    m_print->hide();
    auto *printAction = new QAction(this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(printAction);
    connect(m_print, &QPushButton::clicked, printAction, &QAction::trigger);
    connect(printAction, &QAction::triggered, this, [this] {
        if (m_loaded)
            Q_EMIT printRequested(m_id);
    });
    m_step = new QPushButton(this);
    m_step->setObjectName(u"nextStep"_s);
    m_step->hide();
    connect(m_step, &QPushButton::clicked, this, &RecordScreen::takeNextStep);

    m_content = makeTree(this, u"recordContent"_s, tr("Current content"), {tr("Item"), tr("Value")});
    m_history = makeTree(this, u"recordHistory"_s, tr("History"), {tr("Time"), tr("Event"), tr("By")});
    // The events and a correction's old → new values take the room; who took them needs little.
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Corrections of the kinds the core offers fields for; not of a voided or dissolved record.
    // Made after the trees: Shift+Tab from the content still reaches the file's step first.
    m_correct = new QPushButton(tr("&Correct… (Ctrl+E)"), this);
    m_correct->setObjectName(u"correct"_s);
    m_correct->hide();
    connect(m_correct, &QPushButton::clicked, this, [this] { Q_EMIT correctRequested(m_id); });
    auto *correctAction = new QAction(this);
    correctAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    correctAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(correctAction, &QAction::triggered, m_correct, [this] {
        if (m_correct->isVisible() && m_correct->isEnabled())
            m_correct->click();
    });
    addAction(correctAction);
    // The registrations that amend a record of this kind, after the correction in the tab order;
    // each its shortcut from anywhere in the record, as the correction's.
    struct Amending
    {
        EventKind kind;
        QString text;
        QKeySequence keys;
    };
    const QList<Amending> amending{
        {EventKind::GuardianshipEnd, tr("&End the guardianship… (Ctrl+Shift+E)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {EventKind::GuardianshipChange, tr("C&hange the guardian… (Ctrl+Shift+N)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {EventKind::EthnicityRedetermination, tr("Re-determine the eth&nicity… (Ctrl+Shift+X)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        {EventKind::Recording, tr("Record a &divorce or annulment… (Ctrl+Shift+V)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        {EventKind::ExtractCopy, tr("Extract c&opies… (Ctrl+Shift+C)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}};
    for (const Amending &a : amending) {
        auto *button = new QPushButton(a.text, this);
        button->setObjectName(u"amend-"_s + kindCode(a.kind));
        button->hide();
        const EventKind kind = a.kind;
        connect(button, &QPushButton::clicked, this, [this, kind] { Q_EMIT amendRequested(kind, m_id); });
        auto *action = new QAction(this);
        action->setShortcut(a.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, button, [button] {
            if (button->isVisible() && button->isEnabled())
                button->click();
        });
        addAction(action);
        m_amend.append({kind, button});
    }

    auto *contentBox = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(contentBox);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(new QLabel(tr("Current content"), contentBox));
    contentLayout->addWidget(m_content);
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History"), historyBox));
    historyLayout->addWidget(m_history);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(contentBox);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_names);
    layout->addWidget(m_facts);
    // The file's state on a line of its own, the record's actions under it: at 1366×768 a long
    // Vietnamese state and four buttons do not share one line.
    layout->addWidget(m_workflow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_print);
    actions->addWidget(m_step);
    actions->addWidget(m_correct);
    for (const auto &[kind, button] : std::as_const(m_amend))
        actions->addWidget(button);
    actions->addStretch();
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    setFocusProxy(m_content);
    load(id);
}

void RecordScreen::reload()
{
    m_content->clear();
    m_history->clear();
    m_loaded = false;
    load(m_id);
}

void RecordScreen::load(const QUuid &id)
{
    RecordStore store(m_session.db);
    auto view = loadRecordView(store, id);
    if (!view) {
        m_title = tr("Record not found");
        m_heading->setText(m_title);
        m_names->setText(Language::message(view.error()));
        return;
    }
    auto history = recordHistory(m_session.db, id);
    if (!history) {
        m_title = tr("Record not readable");
        m_heading->setText(m_title);
        m_names->setText(Language::message(history.error()));
        return;
    }
    const StoredRecord &stored = view->stored;
    m_title = Labels::kind(stored.kind);
    if (stored.number > 0)
        m_title += u' ' + Labels::registerNumber(stored.number, stored.year);
    m_heading->setText(m_title);
    m_names->setText(IndexEntry::of(stored.kind, view->current).display);
    m_facts->setText(tr("Registered on %1 · Book %2 · %3")
                         .arg(Labels::date(stored.registrationDate))
                         .arg(stored.book)
                         .arg(Labels::status(view->status)));

    const QJsonObject content = view->content();
    for (const QString &member : Labels::inFormOrder(content.keys())) {
        if (member != u"kind"_s) // the heading says it
            addValue(m_content->invisibleRootItem(), member, content.value(member));
    }
    m_content->expandAll();

    for (const QJsonValue &value : history->value(u"events"_s).toArray()) {
        const QJsonObject event = value.toObject();
        auto *item = new QTreeWidgetItem(m_history, {localTime(event.value(u"at"_s).toString()),
                                                     Labels::event(event.value(u"type"_s).toString()),
                                                     event.value(u"by"_s).toString()});
        const QJsonObject registration = event.value(u"registration"_s).toObject();
        if (!registration.isEmpty()) {
            item->setText(
                1, tr("%1 (registration %2)")
                       .arg(item->text(1), Labels::registerNumber(registration.value(u"number"_s).toInt(),
                                                                  registration.value(u"year"_s).toInt())));
        }
        for (const QString &member : {u"reason"_s, u"supportingDocument"_s}) {
            if (event.contains(member))
                addValue(item, member, event.value(member));
        }
        const QJsonObject changes = event.value(u"changes"_s).toObject();
        const QJsonObject before = event.value(u"before"_s).toObject();
        for (const QString &member : Labels::inFormOrder(changes.keys()))
            addChange(item, member, changes.value(member), before.value(member));
    }
    showPrints(id);
    showMinistryAnswers(id);
    m_history->expandAll();
    m_loaded = true;
    m_print->show();
    m_correct->setVisible(m_jobs && view->status == RecordStatus::Active &&
                          !correctableFields(stored.kind).isEmpty());
    for (const auto &[kind, button] : std::as_const(m_amend)) {
        // A dissolved marriage or an ended guardianship is still copied; only a voided record is not.
        const bool inForce = kind == EventKind::ExtractCopy ? view->status != RecordStatus::Voided
                                                            : view->status == RecordStatus::Active;
        button->setVisible(m_jobs && inForce && offeredFrom(kind, stored.kind));
    }
    loadFile();
}

void RecordScreen::loadFile()
{
    // A read of two small tables, as the record's own read above, on the GUI thread's connection.
    showFile(Workflow(m_session.db, m_session.clock).fileOfRecord(m_id));
}

void RecordScreen::showFile(const Result<std::optional<FileStatus>> &file)
{
    m_step->hide();
    if (!file) {
        m_workflow->setText(Language::message(file.error()));
        m_workflow->show();
        return;
    }
    m_file = file.value();
    if (!m_file) {
        m_workflow->hide();
        return;
    }
    const FileStatus &f = *m_file;
    // The file's steps follow the record's own events in the history (read again with the file).
    for (int i = m_history->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_history->topLevelItem(i)->data(0, Qt::UserRole).toBool())
            delete m_history->takeTopLevelItem(i);
    }
    for (const FileStep &step : f.steps) {
        const QString at = QDateTime::fromMSecsSinceEpoch(step.atMs).toString(u"dd/MM/yyyy HH:mm"_s);
        auto *item = new QTreeWidgetItem(
            m_history, {at, tr("File: %1").arg(Labels::fileState(step.state)), step.byLogin});
        item->setData(0, Qt::UserRole, true);
    }
    QString text =
        tr("File: %1 · received %2 from %3 · due by %4")
            .arg(Labels::fileState(f.state), Labels::date(f.receivedOn), f.applicant, Labels::date(f.dueOn));
    if (!f.steps.isEmpty()) {
        const FileStep &last = f.steps.constLast();
        text += tr(" · last step by %1").arg(last.byName);
    }
    m_workflow->setText(text);
    m_workflow->show();
    if (!m_jobs)
        return;
    switch (f.state) {
    case FileState::Entered:
        m_step->setText(tr("Mark the certificate as &printed"));
        break;
    case FileState::Printed:
        m_step->setText(tr("&Sign"));
        break;
    case FileState::Signed:
        m_step->setText(tr("&Issue to the citizen"));
        break;
    case FileState::Received:
    case FileState::Issued:
        return;
    }
    m_step->show();
}

void RecordScreen::showPrints(const QUuid &id)
{
    auto sheets = FormJournal(m_session.db).entriesOfRecord(id);
    if (!sheets) {
        new QTreeWidgetItem(m_history, {QString(), Language::message(sheets.error()), QString()});
        return;
    }
    QHash<QString, QString> titles; // each form read once
    for (const FormJournalEntry &sheet : std::as_const(sheets.value())) {
        if (!titles.contains(sheet.form)) {
            auto form = printing::TemplateLoader::fromIdOrFile(sheet.form);
            titles.insert(sheet.form, form ? form->title : sheet.form);
        }
        const QString serial = printing::Serial{sheet.series, sheet.number}.text(6);
        QString text = tr("Blank %1 (%2): %3")
                           .arg(serial, titles.value(sheet.form), Labels::sheetOutcome(sheet.outcome));
        if (!sheet.reason.isEmpty())
            text += u" — "_s + sheet.reason;
        const QString at = QDateTime::fromMSecsSinceEpoch(sheet.atMs).toString(u"dd/MM/yyyy HH:mm"_s);
        auto *item = new QTreeWidgetItem(m_history, {at, text, sheet.actor});
        item->setToolTip(1, text); // whole, where the column cuts it
    }
}

void RecordScreen::showMinistryAnswers(const QUuid &id)
{
    auto answers = readSyncReportOf(m_session.db, id);
    if (!answers) {
        new QTreeWidgetItem(m_history, {QString(), Language::message(answers.error()), QString()});
        return;
    }
    if (answers->findings.isEmpty() && answers->idNumbers.isEmpty())
        return;
    const bool english = Language::english();
    auto *ministry = new QTreeWidgetItem(m_history, {QString(), tr("What the ministry answered"), QString()});
    for (const IdNumberResult &r : std::as_const(answers->idNumbers)) {
        QString text = tr("Personal ID number: %1").arg(Labels::idNumberState(r.state));
        if (!r.idNumber.isEmpty())
            text += u' ' + r.idNumber;
        if (const QString reason = english ? r.reasonEn : r.reasonVi; !reason.isEmpty())
            text += u": "_s + reason;
        auto *item = new QTreeWidgetItem(ministry, {QString(), text, QString()});
        if (r.state != IdNumberResult::State::Pending && r.state != IdNumberResult::State::Assigned)
            new QTreeWidgetItem(
                item,
                {QString(),
                 tr("What to do: %1").arg(SyncScreen::whatToDo(u"idNumber."_s + idNumberStateCode(r.state))),
                 QString()});
    }
    for (const SyncFinding &f : std::as_const(answers->findings)) {
        const QString text = english ? f.en : f.vi;
        auto *item = new QTreeWidgetItem(
            ministry,
            {QString(), f.seq > 0 ? tr("Rejected: %1").arg(text) : tr("Flagged: %1").arg(text), QString()});
        new QTreeWidgetItem(item,
                            {QString(), tr("What to do: %1").arg(SyncScreen::whatToDo(f.code)), QString()});
    }
}

QString RecordScreen::workflowText() const
{
    return m_workflow->isHidden() ? QString() : m_workflow->text();
}

void RecordScreen::takeNextStep()
{
    if (!m_jobs || !m_file)
        return;
    const FileState state = m_file->state;
    if (state != FileState::Entered && state != FileState::Printed && state != FileState::Signed)
        return;
    m_step->setEnabled(false);
    QPointer<RecordScreen> self(this);
    const Clock *clock = &m_session.clock;
    const Account account = m_session.account;
    const QUuid file = m_file->id;
    const QUuid record = m_id;
    m_jobs->run([self, clock, account, file, record, state](Result<Database *> db) {
        Result<void> done = db ? Result<void>() : Result<void>(db.error());
        Result<std::optional<FileStatus>> now = std::optional<FileStatus>();
        if (db) {
            Workflow workflow(*db.value(), *clock);
            done = state == FileState::Entered   ? workflow.markPrinted(file, account)
                   : state == FileState::Printed ? workflow.sign(file, account)
                                                 : workflow.issue(file, account);
            now = workflow.fileOfRecord(record);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done, now] {
                if (!self)
                    return;
                self->m_step->setEnabled(true);
                self->showFile(now);
                if (!done)
                    self->m_workflow->setText(self->m_workflow->text() + u"\n"_s +
                                              Language::message(done.error()));
                Q_EMIT self->stepFinished();
            },
            Qt::QueuedConnection);
    });
}

void RecordScreen::addValue(QTreeWidgetItem *parent, const QString &member, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {Labels::member(member)});
    item->setData(0, Qt::UserRole, member);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QString &child : Labels::inFormOrder(object.keys()))
            addValue(item, child, object.value(child));
    } else if (value.isArray()) {
        int index = 1;
        for (const QJsonValue &element : value.toArray())
            addValue(item, QString::number(index++), element);
    } else if (value.isBool()) {
        item->setText(1, value.toBool() ? tr("yes") : tr("no"));
    } else if (value.isNull()) {
        item->setText(1, tr("(removed)")); // a merge patch's null removes the member
    } else {
        item->setText(1, Labels::value(member, value.toVariant().toString()));
        item->setToolTip(1, item->text(1)); // whole, where the column cuts a long value
    }
}

void RecordScreen::addChange(QTreeWidgetItem *parent, const QString &member, const QJsonValue &after,
                             const QJsonValue &before)
{
    if (after.isObject() && (before.isObject() || before.isNull() || before.isUndefined())) {
        auto *item = new QTreeWidgetItem(parent, {Labels::member(member)});
        const QJsonObject object = after.toObject();
        const QJsonObject old = before.toObject();
        for (const QString &child : Labels::inFormOrder(object.keys()))
            addChange(item, child, object.value(child), old.value(child));
        return;
    }
    addValue(parent, member, after);
    if (before.isNull() || before.isUndefined() || before.isObject() || before.isArray())
        return; // added: nothing was there before
    QTreeWidgetItem *item = parent->child(parent->childCount() - 1);
    item->setText(1, tr("%1 → %2").arg(Labels::value(member, before.toVariant().toString()), item->text(1)));
    item->setToolTip(1, item->text(1)); // whole, where the column cuts a long value
}

void RecordScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loaded && m_step->isEnabled()) // not while a step is on its way
        loadFile();
}

void RecordScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hotich::desktop
