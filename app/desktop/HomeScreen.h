#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "registry/IdNumberOverview.h"
#include "registry/Workflow.h"
#include "store/SyncState.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace hotich::desktop {

/// What the home screen shows, read in one job off the GUI thread.
struct TodaysWork
{
    QList<FileStatus> files; ///< not issued yet, the earliest due first
    IdNumberOverview idNumbers;
    SyncState sync;
    qint64 unsent = 0;                      ///< outbox entries the server does not hold yet
    QList<QPair<QString, qint64>> lowStock; ///< forms, sheets left
    qint64 lowStockThreshold = 0;
    std::optional<Error> error; ///< the first part that could not be read (the others still show)
};

/// Hôm nay — the office's day at a glance: the files in progress by where they stand (to print,
/// to sign, to issue, just received) with their legal due dates, the personal ID numbers waiting,
/// arrived or with a problem, the sync state and the last success, and the blank forms running
/// low. Enter on a file or a problem opens its record; F5 reads it all again.
class HomeScreen : public QWidget
{
    Q_OBJECT

public:
    /// Below this many blank sheets of a form, the home screen warns.
    static constexpr qint64 kLowStock = 50;

    HomeScreen(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

    /// Reads everything again (off the GUI thread); refreshed() tells when it is on screen (only
    /// the newest refresh's answer is shown).
    void refresh();

    /// The lines the screen shows, for tests and screen readers alike.
    QString filesSummary() const;
    QString idNumbersText() const;
    QString syncText() const;
    QString stockText() const;
    QTreeWidget *files() const { return m_files; }

    /// Reads the day's work on a connection (the job's); public for the benchmark of start-up.
    static TodaysWork read(Database &db, const Clock &clock);

Q_SIGNALS:
    void refreshed();
    void openRequested(const QUuid &record);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void display(const TodaysWork &work);
    void showFiles(const QList<FileStatus> &files);
    QString describeSync(const TodaysWork &work) const;

    Session &m_session;
    RegisterJobs &m_jobs;
    QLabel *m_heading = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_filesSummary = nullptr;
    QTreeWidget *m_files = nullptr;
    QLabel *m_idNumbers = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_sync = nullptr;
    QLabel *m_stock = nullptr;
    int m_latestRefresh = 0;
};

} // namespace hotich::desktop
