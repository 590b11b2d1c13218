#include "HomeScreen.h"

#include "Labels.h"
#include "Language.h"
#include "ScreenHeading.h"
#include "printing/BlankFormStock.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

enum FileColumn
{
    DueColumn,
    KindColumn,
    NumberColumn,
    NamesColumn,
    ApplicantColumn,
    FileColumnCount
};

/// Numbers assigned in the last week count as arrived: long enough to span a weekend.
constexpr qint64 kArrivedWindowMs = 7LL * 24 * 3600 * 1000;
constexpr int kProblemsShown = 20;

/// Keeps the first error of a day's work; the parts after it are still read.
template <typename T>
bool take(Result<T> result, T &into, std::optional<Error> &error)
{
    if (!result) {
        if (!error)
            error = result.error();
        return false;
    }
    into = std::move(result.value());
    return true;
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

HomeScreen::HomeScreen(Session &session, RegisterJobs &jobs, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs)
{
    setObjectName(u"homeScreen"_s);
    m_heading = new QLabel(this);
    styleAsHeading(m_heading);
    m_message = wrappingLabel(u"homeMessage"_s, tr("Home screen state"), this);

    auto *filesBox = new QGroupBox(tr("Files in progress"), this);
    m_filesSummary = wrappingLabel(u"homeFilesSummary"_s, tr("Files in progress, in numbers"), filesBox);
    m_files = new QTreeWidget(filesBox);
    m_files->setObjectName(u"homeFiles"_s);
    m_files->setAccessibleName(tr("Files in progress"));
    m_files->setColumnCount(FileColumnCount);
    m_files->setHeaderLabels({tr("Due by"), tr("Kind"), tr("Number"), tr("Names"), tr("Handed in by")});
    m_files->setRootIsDecorated(true);
    m_files->setUniformRowHeights(true);
    m_files->header()->setSectionResizeMode(NamesColumn, QHeaderView::Stretch);
    m_files->installEventFilter(this);
    connect(m_files, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QUuid record = item->data(DueColumn, Qt::UserRole).toUuid(); !record.isNull())
            Q_EMIT openRequested(record);
    });
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addWidget(m_filesSummary);
    filesLayout->addWidget(m_files, 1);

    auto *idBox = new QGroupBox(tr("Personal ID numbers"), this);
    m_idNumbers = wrappingLabel(u"homeIdNumbers"_s, tr("Personal ID numbers, in numbers"), idBox);
    m_problems = new QTreeWidget(idBox);
    m_problems->setObjectName(u"homeIdProblems"_s);
    m_problems->setAccessibleName(tr("Personal ID numbers with a problem"));
    m_problems->setHeaderLabels({tr("Record"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_problems, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openRequested(item->data(0, Qt::UserRole).toUuid()); });
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->addWidget(m_idNumbers);
    idLayout->addWidget(m_problems, 1);

    auto *syncBox = new QGroupBox(tr("Sync with the ministry"), this);
    m_sync = wrappingLabel(u"homeSync"_s, tr("Sync state"), syncBox);
    (new QVBoxLayout(syncBox))->addWidget(m_sync);

    auto *stockBox = new QGroupBox(tr("Blank forms"), this);
    m_stock = wrappingLabel(u"homeStock"_s, tr("Blank-form stock"), stockBox);
    (new QVBoxLayout(stockBox))->addWidget(m_stock);

    m_problems->setMaximumHeight(10 * m_problems->fontMetrics().height()); // the newest few; the rest in Find
    auto *side = new QVBoxLayout;
    side->addWidget(idBox);
    side->addWidget(syncBox);
    side->addWidget(stockBox);
    side->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(filesBox, 3);
    columns->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);
    setTabOrder(m_files, m_problems);
    setFocusProxy(m_files);
}

TodaysWork HomeScreen::read(Database &db, const Clock &clock)
{
    TodaysWork work;
    take(Workflow(db, clock).inProgress(), work.files, work.error);
    take(readIdNumberOverview(db, clock.now().toMSecsSinceEpoch() - kArrivedWindowMs, kProblemsShown),
         work.idNumbers, work.error);
    if (take(SyncState::read(db), work.sync, work.error)) {
        qint64 last = 0;
        if (take(Outbox(db).lastSeq(), last, work.error))
            work.unsent = std::max<qint64>(0, last - work.sync.pushedThrough);
    }
    printing::StockReport stock;
    if (take(printing::BlankFormStock(db, clock).report(kLowStock), stock, work.error)) {
        work.lowStock = stock.low;
        work.lowStockThreshold = stock.lowThreshold;
    }
    return work;
}

void HomeScreen::refresh()
{
    QPointer<HomeScreen> self(this);
    const Clock *clock = &m_session.clock;
    const int ticket = ++m_latestRefresh;
    m_jobs.run([self, clock, ticket](Result<Database *> db) {
        TodaysWork work;
        if (db)
            work = read(*db.value(), *clock);
        else
            work.error = db.error();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, work, ticket] {
                // An answer overtaken by a later refresh is already out of date.
                if (self && ticket == self->m_latestRefresh)
                    self->display(work);
            },
            Qt::QueuedConnection);
    });
}

void HomeScreen::display(const TodaysWork &work)
{
    const QDate today = m_session.clock.today();
    const QLocale locale(Language::english() ? QLocale::English : QLocale::Vietnamese);
    m_heading->setText(tr("Today's work — %1").arg(locale.toString(today, QLocale::LongFormat)));
    m_message->setText(
        work.error ? tr("Part of the day's work could not be read: %1").arg(Language::message(*work.error))
                   : QString());
    m_message->setVisible(work.error.has_value());
    showFiles(work.files);

    const IdNumberOverview &ids = work.idNumbers;
    m_idNumbers->setText(tr("%1 waiting for the centre · %2 arrived in the last 7 days · %3 with a problem")
                             .arg(ids.pending)
                             .arg(ids.arrived)
                             .arg(ids.problems));
    m_problems->clear();
    for (const IdNumberProblem &p : ids.newestProblems) {
        const QString what =
            p.number ? Labels::kind(EventKind::Birth) + u' ' + Labels::registerNumber(p.number, p.year)
                     : Labels::kind(EventKind::Birth);
        auto *item = new QTreeWidgetItem(m_problems, {p.names.isEmpty() ? what : what + u" — "_s + p.names,
                                                      Language::english() ? p.reasonEn : p.reasonVi});
        item->setData(0, Qt::UserRole, p.record);
    }
    m_problems->setVisible(!ids.newestProblems.isEmpty());
    m_problems->resizeColumnToContents(0);

    m_sync->setText(describeSync(work));

    QStringList low;
    for (const auto &[form, remaining] : work.lowStock)
        low << tr("%1: only %2 sheet(s) left").arg(form).arg(remaining);
    m_stock->setText(low.isEmpty()
                         ? tr("Enough blank forms (none below %1 sheets).").arg(work.lowStockThreshold)
                         : tr("Running low: %1.").arg(low.join(u"; "_s)));
    Q_EMIT refreshed();
}

void HomeScreen::showFiles(const QList<FileStatus> &files)
{
    m_files->clear();
    const QDate today = m_session.clock.today();
    // Where the officer acts next first: print, then the signer's, then handing over, then new ones.
    const QList<QPair<FileState, QString>> groups = {
        {FileState::Entered, tr("To print")},
        {FileState::Printed, tr("Waiting for signature")},
        {FileState::Signed, tr("Signed, to issue to the citizen")},
        {FileState::Received, tr("Received, to enter in the register")},
    };
    int overdue = 0;
    int dueToday = 0;
    QStringList counts;
    for (const auto &[state, title] : groups) {
        auto *group = new QTreeWidgetItem(m_files);
        int inGroup = 0;
        for (const FileStatus &f : files) {
            if (f.state != state)
                continue;
            ++inGroup;
            QString due = Labels::date(f.dueOn);
            if (f.dueOn < today) {
                due = tr("%1 (overdue)").arg(due);
                ++overdue;
            } else if (f.dueOn == today) {
                due = tr("%1 (today)").arg(due);
                ++dueToday;
            }
            auto *item =
                new QTreeWidgetItem(group, {due, Labels::kind(f.kind),
                                            Labels::registerNumber(f.number, f.year), f.names, f.applicant});
            item->setData(DueColumn, Qt::UserRole, f.record);
            if (f.dueOn < today)
                item->setForeground(DueColumn, QColor(0xb0, 0x00, 0x20));
        }
        group->setText(DueColumn, tr("%1 (%2)").arg(title).arg(inGroup));
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
        if (inGroup)
            counts << tr("%1: %2").arg(title).arg(inGroup);
    }
    for (int column : {DueColumn, KindColumn, NumberColumn})
        m_files->resizeColumnToContents(column);
    QString summary = files.isEmpty() ? tr("No file in progress.") : counts.join(u" · "_s);
    if (overdue)
        summary += u" · "_s + tr("%n overdue", nullptr, overdue);
    if (dueToday)
        summary += u" · "_s + tr("%n due today", nullptr, dueToday);
    m_filesSummary->setText(summary);
    // The first file, so that Down and Enter work at once.
    for (int g = 0; g < m_files->topLevelItemCount(); ++g) {
        if (QTreeWidgetItem *group = m_files->topLevelItem(g); group->childCount()) {
            m_files->setCurrentItem(group->child(0));
            break;
        }
    }
}

QString HomeScreen::describeSync(const TodaysWork &work) const
{
    const SyncState &s = work.sync;
    if (!s.enrolled())
        return tr("This office is not enrolled with the ministry's server yet: ask IT staff for an enrolment "
                  "code. %n registration(s) wait to be sent.",
                  nullptr, int(work.unsent));
    QStringList lines;
    lines << (s.lastSuccessAtMs ? tr("Last successful sync: %1.")
                                      .arg(QDateTime::fromMSecsSinceEpoch(s.lastSuccessAtMs)
                                               .toLocalTime()
                                               .toString(u"HH:mm dd/MM/yyyy"_s))
                                : tr("No successful sync yet."));
    if (!s.lastErrorCode.isEmpty())
        lines << tr("The last attempt failed: %1").arg(Language::english() ? s.lastErrorEn : s.lastErrorVi);
    lines << (work.unsent ? tr("%n entry(ies) wait to be sent.", nullptr, int(work.unsent))
                          : tr("Everything is sent."));
    return lines.join(u'\n');
}

QString HomeScreen::filesSummary() const
{
    return m_filesSummary->text();
}

QString HomeScreen::idNumbersText() const
{
    return m_idNumbers->text();
}

QString HomeScreen::syncText() const
{
    return m_sync->text();
}

QString HomeScreen::stockText() const
{
    return m_stock->text();
}

bool HomeScreen::eventFilter(QObject *watched, QEvent *event)
{
    // itemActivated comes from Enter only on some platforms' styles: take Enter ourselves.
    if (watched == m_files && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_files->currentItem()) {
            if (const QUuid record = m_files->currentItem()->data(DueColumn, Qt::UserRole).toUuid();
                !record.isNull())
                Q_EMIT openRequested(record);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HomeScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F5) {
        refresh();
        return;
    }
    QWidget::keyPressEvent(event);
}

void HomeScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace hotich::desktop
