#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "registry/RegisterMaintenance.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace hotich::desktop {

/// The office's backups while the window is open, one at a time: the one an administrator asks
/// for now (Settings) and the scheduled one (registry/BackupSchedule.h), looked at once when the
/// window opens (an overdue one is made then) and again every kCheckIntervalMs. Both run on the
/// register's thread; the core decides what is due and which old files go. A failure (the USB
/// drive unplugged, the disk full) is shown and tried again at the next look.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 10 * 60'000;

    BackupScheduler(Session &session, RegisterJobs &jobs, QObject *parent = nullptr);

    /// The first look now, then one every kCheckIntervalMs.
    void start();
    /// Looks at the schedule now (with the session's clock) and makes the backup when it is due;
    /// scheduleChecked() tells the outcome. Nothing happens while a backup runs.
    void check();
    /// Backs up into `folder` now, under a name of its own (never deleted by the schedule);
    /// finished() tells how it ended. False, and nothing starts, while another backup runs.
    bool backUpNow(const QString &folder);
    /// Asks the backup asked for now to stop after its current step.
    void cancel();

    bool running() const { return m_running; }
    /// The schedule's last outcome in the interface language (empty before the first look or when
    /// the schedule is off), and whether it failed.
    QString lastResult() const { return m_lastResult; }
    bool lastFailed() const { return m_lastFailed; }
    /// The same, short, for the status bar.
    QString statusText() const;

Q_SIGNALS:
    /// A backup asked for now begins: `file` is where it goes.
    void started(const QString &file);
    void progress(int percent);
    /// A backup asked for now ended; `message` says how, in the interface language.
    void finished(bool ok, const QString &message);
    /// A look at the schedule ended (a backup made or not); lastResult() says what it did.
    void scheduleChecked();

private:
    std::function<bool(qint64, qint64)> reporter();
    void finishScheduled(const Result<ScheduledBackup> &run);
    void finishNow(const Result<qint64> &size, const QString &file);

    Session &m_session;
    RegisterJobs &m_jobs;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_lastResult;
    bool m_lastFailed = false;
    QDateTime m_lastMade;
};

} // namespace hotich::desktop
