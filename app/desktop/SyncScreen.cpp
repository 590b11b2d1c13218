#include "SyncScreen.h"

#include "Labels.h"
#include "Language.h"
#include "ScreenHeading.h"
#include "SyncMonitor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

/// The code a finding's instruction is kept under for an ID-number state ("idNumber.rejected").
QString idNumberCode(IdNumberResult::State state)
{
    return u"idNumber."_s + idNumberStateCode(state);
}

bool isProblem(IdNumberResult::State state)
{
    return state == IdNumberResult::State::SuspectedDuplicate ||
           state == IdNumberResult::State::NeedsVerification || state == IdNumberResult::State::Rejected;
}

QLabel *wrappingLabel(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SyncScreen::SyncScreen(SyncMonitor &monitor, QWidget *parent) : QWidget(parent), m_monitor(monitor)
{
    setObjectName(u"syncScreen"_s);
    auto *heading = new QLabel(tr("Sync with the ministry"), this);
    styleAsHeading(heading);

    m_state = wrappingLabel(u"syncScreenState"_s, tr("Sync state"), this);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_details = wrappingLabel(u"syncScreenDetails"_s, tr("Last success, last error, waiting entries"), this);
    m_message = wrappingLabel(u"syncScreenMessage"_s, tr("Sync message"), this);

    m_syncNow = new QPushButton(tr("Sync &now (F9)"), this);
    m_syncNow->setObjectName(u"syncNow"_s);
    m_syncNow->setToolTip(tr("Sends what waits and receives the ministry's answers, in the background"));
    connect(m_syncNow, &QPushButton::clicked, &m_monitor, &SyncMonitor::syncNow);
    m_stopSync = new QPushButton(tr("S&top after this round"), this);
    m_stopSync->setObjectName(u"stopSync"_s);
    m_stopSync->setToolTip(tr("What this round sends and receives is kept; the rest goes at the next sync"));
    connect(m_stopSync, &QPushButton::clicked, &m_monitor, &SyncMonitor::stopPass);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_stopSync);
    buttons->addStretch();

    auto *box = new QGroupBox(tr("What the ministry rejected, flagged or quarantined"), this);
    m_findingsSummary = wrappingLabel(u"syncFindingsSummary"_s, tr("Findings, in numbers"), box);
    m_findings = new QTableWidget(0, ColumnCount, box);
    m_findings->setObjectName(u"syncFindings"_s);
    m_findings->setAccessibleName(tr("What the ministry rejected, flagged or quarantined"));
    m_findings->setHorizontalHeaderLabels({tr("Record"), tr("The ministry says"), tr("What to do")});
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setTabKeyNavigation(false);
    m_findings->setWordWrap(true); // long Vietnamese messages wrap in their row, never cut
    m_findings->verticalHeader()->hide();
    m_findings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(RecordColumn, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(SaysColumn, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setSectionResizeMode(WhatToDoColumn, QHeaderView::Stretch);
    m_findings->installEventFilter(this);
    connect(m_findings, &QTableWidget::cellActivated, this, [this] {
        if (const QUuid record = currentRecord(); !record.isNull())
            Q_EMIT openRequested(record);
    });
    connect(m_findings, &QTableWidget::currentCellChanged, this, &SyncScreen::showCurrent);
    m_current = wrappingLabel(u"syncFindingCurrent"_s, tr("The chosen finding in full"), box);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_findingsSummary);
    boxLayout->addWidget(m_findings, 1);
    boxLayout->addWidget(m_current);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_state);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(box, 1);
    setTabOrder(m_syncNow, m_stopSync);
    setTabOrder(m_stopSync, m_findings);
    setFocusProxy(m_findings);

    connect(&m_monitor, &SyncMonitor::changed, this, &SyncScreen::display);
    display();
}

QString SyncScreen::whatToDo(const QString &code)
{
    if (code == u"birth.possibleDuplicate"_s)
        return tr("Compare this record with the other office's record named in the message and ask the "
                  "family. If it is the same child, the later registration is corrected or voided; if not, "
                  "nothing more is needed.");
    if (code == u"marriage.alreadyMarried"_s)
        return tr("Check the person's marital status with the office named in the message. If the earlier "
                  "marriage still stands, tell the commune chair, who handles it under the law.");
    if (code == u"record.duplicate"_s)
        return tr("The ministry already holds this record: nothing is lost. Tell IT staff if it happens "
                  "again.");
    if (code == u"record.numberUsed"_s)
        return tr("The centre already holds this register number for another record. Check the paper "
                  "register book, then ask IT staff and the province to reconcile the numbers. Do not "
                  "register the record again.");
    if (code == u"record.otherOffice"_s)
        return tr("Another office holds this record. Ask IT staff: the province decides which office keeps "
                  "it.");
    if (code == u"record.unknown"_s)
        return tr("The centre does not hold the record this change belongs to. Ask IT staff to check the "
                  "register (hotich-admin verify), then sync again.");
    if (code == u"entry.payload"_s || code == u"amendment.duplicate"_s)
        return tr("The centre could not take this entry. Ask IT staff to check the register (hotich-admin "
                  "verify).");
    if (code == u"push.fork"_s)
        return tr("The register's history forked (a backup was restored and written to). Keep working; ask "
                  "IT staff to contact the province, which resolves the entries it holds back.");
    if (code == u"idNumber.suspectedDuplicate"_s)
        return tr("The population database may already hold this person. Check the family's papers (does "
                  "the child already have an ID number?) and answer the centre as the message asks.");
    if (code == u"idNumber.needsVerification"_s)
        return tr("The centre asks for a check. Verify the details named in the message against the "
                  "family's papers; if they are wrong, correct the record.");
    if (code == u"idNumber.rejected"_s)
        return tr("The centre refused the ID number. Correct what the message names; if it is not clear, "
                  "ask IT staff to contact the centre.");
    return tr("Read the ministry's message and open the record to check it. If it is not clear what to "
              "do, ask IT staff.");
}

QString SyncScreen::stateText() const
{
    return m_state->text();
}

QString SyncScreen::detailsText() const
{
    return m_details->text();
}

QString SyncScreen::messageText() const
{
    return m_message->text();
}

void SyncScreen::display()
{
    const SyncOverview &o = m_monitor.overview();
    const SyncState &s = o.state;
    m_state->setText(m_monitor.statusText());
    m_syncNow->setEnabled(!m_monitor.passRunning());
    m_stopSync->setEnabled(m_monitor.passRunning() && !m_monitor.stopping());

    QStringList details;
    if (o.read) {
        details << (s.lastSuccessAtMs ? tr("Last success: %1.").arg(SyncMonitor::timeText(s.lastSuccessAtMs))
                                      : tr("Last success: none yet."));
        details << (s.lastErrorCode.isEmpty()
                        ? tr("Last error: none.")
                        : tr("Last error (%1): %2")
                              .arg(SyncMonitor::timeText(s.lastAttemptAtMs),
                                   Language::english() ? s.lastErrorEn : s.lastErrorVi));
        details << (o.waiting ? tr("%n entry(ies) wait to be sent.", nullptr, int(o.waiting))
                              : tr("Nothing waits to be sent."));
    }
    m_details->setText(details.join(u'\n'));

    QString message;
    if (m_monitor.state() == SyncMonitor::State::NotEnrolled)
        message =
            tr("This office is not enrolled with the ministry's server, so nothing is sent yet. IT "
               "staff enrol it with hotich-admin enrol --server URL --code CODE (the province gives the "
               "code); then sync runs by itself.");
    else if (o.error)
        message = tr("Part of the sync state could not be read: %1").arg(Language::message(*o.error));
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    showFindings();
}

QString SyncScreen::recordTitle(const QUuid &record, qint64 seq) const
{
    const auto found = m_monitor.overview().records.constFind(record);
    if (found != m_monitor.overview().records.constEnd()) {
        const SyncRecordRef &r = *found;
        return r.number ? Labels::kind(r.kind) + u' ' + Labels::registerNumber(r.number, r.year)
                        : Labels::kind(r.kind);
    }
    return seq > 0 ? tr("Entry %1 of the queue").arg(seq) : tr("A record not in this register");
}

void SyncScreen::addRow(const QUuid &record, const QString &title, const QString &says, const QString &code)
{
    const int row = m_findings->rowCount();
    m_findings->insertRow(row);
    const QStringList cells{title, says, whatToDo(code)};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        item->setToolTip(cells[column]);
        m_findings->setItem(row, column, item);
    }
    m_findings->item(row, RecordColumn)->setData(Qt::UserRole, record);
}

QUuid SyncScreen::currentRecord() const
{
    const int row = m_findings->currentRow();
    return row >= 0 ? m_findings->item(row, RecordColumn)->data(Qt::UserRole).toUuid() : QUuid();
}

void SyncScreen::showFindings()
{
    const int before = m_findings->currentRow();
    m_findings->setRowCount(0);
    const SyncOverview &o = m_monitor.overview();
    const bool english = Language::english();
    // A quarantine is kept as the last error: the server holds the entries, the register the reason.
    if (o.state.lastErrorCode == u"push.fork"_s)
        addRow({}, tr("The register's history"),
               tr("Quarantined: %1").arg(english ? o.state.lastErrorEn : o.state.lastErrorVi),
               u"push.fork"_s);
    for (const SyncFinding &f : std::as_const(o.report.findings)) {
        const QString text = english ? f.en : f.vi;
        addRow(f.record, recordTitle(f.record, f.seq),
               f.seq > 0 ? tr("Rejected: %1").arg(text) : tr("Flagged: %1").arg(text), f.code);
    }
    for (const IdNumberResult &r : std::as_const(o.report.idNumbers)) {
        if (!isProblem(r.state))
            continue;
        const QString reason = english ? r.reasonEn : r.reasonVi;
        const QString state = Labels::idNumberState(r.state);
        addRow(r.record, recordTitle(r.record, 0),
               reason.isEmpty() ? tr("ID number: %1").arg(state) : tr("ID number: %1: %2").arg(state, reason),
               idNumberCode(r.state));
    }
    const int count = m_findings->rowCount();
    m_findingsSummary->setText(count ? tr("%n item(s) to act on. Enter opens the record.", nullptr, count)
                                     : tr("Nothing to act on."));
    m_findings->setVisible(count > 0);
    // The same line stays chosen when the list is read again after a pass.
    if (count)
        m_findings->setCurrentCell(std::clamp(before, 0, count - 1), RecordColumn);
    showCurrent();
}

void SyncScreen::showCurrent()
{
    const int row = m_findings->currentRow();
    m_current->setText(row >= 0 ? tr("%1 — %2\nWhat to do: %3")
                                      .arg(m_findings->item(row, RecordColumn)->text(),
                                           m_findings->item(row, SaysColumn)->text(),
                                           m_findings->item(row, WhatToDoColumn)->text())
                                : QString());
    m_current->setVisible(row >= 0);
}

bool SyncScreen::eventFilter(QObject *watched, QEvent *event)
{
    // itemActivated comes from Enter only on some platforms' styles: take Enter ourselves.
    if (watched == m_findings && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (const QUuid record = currentRecord(); !record.isNull())
                Q_EMIT openRequested(record);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SyncScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_monitor.refresh();
}

} // namespace hotich::desktop
