#include "SignerQueue.h"

#include "Labels.h"
#include "Language.h"
#include "ScreenHeading.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

SignerQueue::SignerQueue(Session &session, RegisterJobs &jobs, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs)
{
    setObjectName(u"signerQueue"_s);
    auto *heading = new QLabel(tr("Files waiting for signature"), this);
    styleAsHeading(heading);

    m_message = new QLabel(this);
    m_message->setObjectName(u"queueMessage"_s);
    m_message->setAccessibleName(tr("Signature queue state"));
    m_message->setWordWrap(true);

    m_files = new QTableWidget(0, ColumnCount, this);
    m_files->setObjectName(u"queueFiles"_s);
    m_files->setAccessibleName(tr("Files waiting for signature"));
    m_files->setHorizontalHeaderLabels(
        {tr("Due by"), tr("Kind"), tr("Number"), tr("Names"), tr("Received on"), tr("Handed in by")});
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setTabKeyNavigation(false);
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setSectionResizeMode(NamesColumn, QHeaderView::Stretch);
    m_files->installEventFilter(this);

    m_sign = new QPushButton(tr("&Sign"), this);
    m_sign->setObjectName(u"sign"_s);
    m_sign->setToolTip(tr("Records the signature of the commune chair or vice-chair on the chosen file"));
    connect(m_sign, &QPushButton::clicked, this, &SignerQueue::signCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_sign);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(m_files, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_files);
}

QString SignerQueue::messageText() const
{
    return m_message->text();
}

void SignerQueue::refresh()
{
    QPointer<SignerQueue> self(this);
    const Clock *clock = &m_session.clock;
    m_jobs.run([self, clock](Result<Database *> db) {
        Result<QList<FileStatus>> files =
            db ? Workflow(*db.value(), *clock).waitingForSignature() : Result<QList<FileStatus>>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, files] {
                if (self)
                    self->showFiles(files);
            },
            Qt::QueuedConnection);
    });
}

void SignerQueue::showFiles(const Result<QList<FileStatus>> &files)
{
    m_files->setRowCount(0);
    if (!files) {
        m_message->setText(Language::message(files.error()));
        Q_EMIT refreshed();
        return;
    }
    const QDate today = m_session.clock.today();
    m_files->setRowCount(int(files->size()));
    for (int row = 0; row < files->size(); ++row) {
        const FileStatus &f = files->at(row);
        const QString due =
            f.dueOn < today ? tr("%1 (overdue)").arg(Labels::date(f.dueOn)) : Labels::date(f.dueOn);
        const QStringList cells{due,     Labels::kind(f.kind),       Labels::registerNumber(f.number, f.year),
                                f.names, Labels::date(f.receivedOn), f.applicant};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == DueColumn) {
                item->setData(Qt::UserRole, f.id);
                item->setData(Qt::UserRole + 1, f.record);
            }
            m_files->setItem(row, column, item);
        }
    }
    for (int column : {DueColumn, KindColumn, NumberColumn, ReceivedColumn, ApplicantColumn})
        m_files->resizeColumnToContents(column);
    if (!files->isEmpty())
        m_files->setCurrentCell(0, NamesColumn);
    QString state = files->isEmpty() ? tr("No file waits for signature.")
                                     : tr("%n file(s) wait for signature.", nullptr, int(files->size()));
    if (!m_afterRefresh.isEmpty())
        state = m_afterRefresh + u' ' + state;
    m_afterRefresh.clear();
    m_message->setText(state);
    m_sign->setEnabled(!files->isEmpty());
    Q_EMIT refreshed();
}

void SignerQueue::signCurrent()
{
    const int row = m_files->currentRow();
    if (row < 0)
        return;
    const QUuid file = m_files->item(row, DueColumn)->data(Qt::UserRole).toUuid();
    const QString what =
        m_files->item(row, KindColumn)->text() + u' ' + m_files->item(row, NumberColumn)->text();
    m_sign->setEnabled(false);
    QPointer<SignerQueue> self(this);
    const Clock *clock = &m_session.clock;
    const Account account = m_session.account;
    m_jobs.run([self, clock, account, file, what](Result<Database *> db) {
        Result<void> done = db ? Workflow(*db.value(), *clock).sign(file, account) : Result<void>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done, what] {
                if (self)
                    self->finishSigning(done, what);
            },
            Qt::QueuedConnection);
    });
}

void SignerQueue::finishSigning(const Result<void> &result, const QString &what)
{
    if (!result) {
        m_sign->setEnabled(true);
        m_message->setText(Language::message(result.error()));
        Q_EMIT signFinished();
        return;
    }
    m_afterRefresh = tr("%1 is signed.").arg(what);
    Q_EMIT signFinished();
    refresh();
}

bool SignerQueue::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_files && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_files->currentRow() >= 0) {
            Q_EMIT openRequested(
                m_files->item(m_files->currentRow(), DueColumn)->data(Qt::UserRole + 1).toUuid());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hotich::desktop
