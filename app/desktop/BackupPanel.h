#pragma once

#include "BackupScheduler.h"
#include "RegisterJobs.h"
#include "Session.h"
#include "registry/BackupSchedule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hotich::desktop {

/// The backup part of Settings: a backup now into the folder typed, with its progress and a
/// Cancel that leaves nothing behind; the office's schedule for that folder (off, daily, weekly;
/// how many backups are kept) and what the schedule did last; and the restore of a backup, after a
/// question that says what it does. Backups run through the window's BackupScheduler (never two at
/// once), the restore on the register's thread; the core lets only an administrator back up by
/// hand, choose the schedule or restore.
class BackupPanel : public QWidget
{
    Q_OBJECT

public:
    BackupPanel(Session &session, RegisterJobs &jobs, BackupScheduler &scheduler, QWidget *parent = nullptr);

    /// Starts a backup into the folder typed; backupFinished() tells how it ended.
    void backUp();
    /// Asks the running backup to stop after its current step.
    void cancelBackup();
    /// Keeps the schedule chosen (with the folder typed) in the register; scheduleSaved() tells how
    /// it ended, and the schedule is looked at again at once.
    void saveSchedule();
    /// Asks whether to restore the file typed (the question "restoreQuestion"); once confirmed the
    /// restore runs and restoreFinished() tells how it ended.
    void restore();

    QString backupText() const;
    QString scheduleText() const;
    QString restoreText() const;

Q_SIGNALS:
    void backupFinished(bool ok);
    void scheduleSaved(bool ok);
    void restoreFinished(bool ok);
    /// The register is now the backup's content; `safetyCopy` holds it as it was.
    void restored(const QString &safetyCopy);

private:
    QWidget *backupBox();
    QWidget *scheduleRows(const BackupSchedule &schedule);
    QWidget *restoreBox();
    void backupStarted(const QString &file);
    void finishBackup(bool ok, const QString &message);
    void showLastScheduled();
    void finishSavingSchedule(const Result<void> &saved);
    void runRestore(const QString &file);
    void finishRestore(const Result<QString> &safety, const QString &file);

    Session &m_session;
    RegisterJobs &m_jobs;
    BackupScheduler &m_scheduler;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_backUp = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_backupMessage = nullptr;
    QComboBox *m_frequency = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_scheduleMessage = nullptr;
    QLabel *m_lastScheduled = nullptr;
    QLineEdit *m_restoreFile = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_restoreMessage = nullptr;
};

} // namespace hotich::desktop
