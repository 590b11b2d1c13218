#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "model/EventKind.h"

#include <QMainWindow>
#include <QUuid>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace hotich::desktop {

class BackupScheduler;
class BirthForm;
class CalibrationScreen;
class DeathForm;
class MarriageForm;
class RecognitionForm;
class GuardianshipForm;
class MaritalStatusForm;
class RecordingForm;
class FindScreen;
class HomeScreen;
class SettingsScreen;
class StockScreen;
class BatchPrintScreen;
class SignerQueue;
class LoginScreen;
class ScreenLock;
class SyncMonitor;
class SyncScreen;

/// The officer's window: the screens in tabs (Home and Find first; each opened record in a tab of its own)
/// and a status bar naming who is logged in, with which role.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The tabs that are always there and never closed: Home (the day's work), then Find.
    static constexpr int kFixedScreens = 2;

    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    FindScreen *findScreen() const { return m_find; }
    HomeScreen *homeScreen() const { return m_home; }
    /// The status bar's text about the logged-in officer.
    QString officerText() const;

    /// Opens a record in a tab (or brings its tab forward) and gives it the focus.
    void openRecord(const QUuid &id);
    /// Opens the print screen of a record in a tab (Ctrl+P in the record), or brings it forward.
    void openPrintScreen(const QUuid &record);
    /// Opens the correction of a record in a tab (or brings its tab forward); once saved, the
    /// record's tab shows the record as corrected.
    void openCorrection(const QUuid &id);
    /// Opens the form of an amending kind (a guardianship's end or change, a birth's ethnicity)
    /// on the record `target` in a tab, or brings it forward; once saved, the record's tab shows
    /// the record as amended.
    void openAmendment(EventKind kind, const QUuid &target);
    /// Opens a new birth registration form (Ctrl+N), or brings the open one forward.
    void openBirthForm();
    /// Opens a new death registration form (Ctrl+Shift+D), or brings the open one forward.
    void openDeathForm();
    /// Opens a new marriage registration form (Ctrl+Shift+M), or brings the open one forward.
    void openMarriageForm();
    /// Opens a new parent–child recognition form (Ctrl+Shift+R), or brings the open one forward.
    void openRecognitionForm();
    /// Opens a new guardianship registration form (Ctrl+Shift+G), or brings the open one forward.
    void openGuardianshipForm();
    /// Opens a new marital-status certificate form (Ctrl+Shift+T), or brings the open one forward.
    void openMaritalStatusForm();
    /// Opens a new recording in the register (Ctrl+Shift+S), or brings the open one forward.
    void openRecordingForm();
    /// Shows the files waiting for signature (Ctrl+K), read afresh.
    void openSignerQueue();
    /// Opens the blank-form stock (Ctrl+Shift+B), or brings it forward.
    void openBatchPrint();
    BatchPrintScreen *batchPrintScreen() const { return m_batchPrint; }
    void openStock();
    StockScreen *stockScreen() const { return m_stock; }
    /// Opens the printer calibration screen, or brings it forward.
    void openCalibration();
    CalibrationScreen *calibrationScreen() const { return m_calibration; }
    /// Opens the settings and administration screen (Ctrl+,), or brings it forward.
    void openSettings();
    SettingsScreen *settingsScreen() const { return m_settings; }
    /// The birth form open now, if any.
    BirthForm *birthForm() const { return m_birthForm; }
    DeathForm *deathForm() const { return m_deathForm; }
    MarriageForm *marriageForm() const { return m_marriageForm; }
    RecognitionForm *recognitionForm() const { return m_recognitionForm; }
    GuardianshipForm *guardianshipForm() const { return m_guardianshipForm; }
    MaritalStatusForm *maritalStatusForm() const { return m_maritalStatusForm; }
    RecordingForm *recordingForm() const { return m_recordingForm; }
    SignerQueue *signerQueue() const { return m_signerQueue; }
    /// Opens the sync screen (Shift+F9), or brings it forward.
    void openSyncScreen();
    SyncScreen *syncScreen() const { return m_syncScreen; }
    /// The office's sync: the background engine and the state the status bar shows.
    SyncMonitor &sync() { return *m_sync; }
    /// The register's thread for the screens' writes (registrations, workflow steps).
    RegisterJobs &jobs() { return *m_jobs; }
    /// The thread printing runs on (the print, batch and calibration screens'): apart from the
    /// register's, since a job waits for the printer.
    RegisterJobs &printJobs() { return *m_printJobs; }
    /// The office's backups: the scheduled one and the one asked for now.
    BackupScheduler &backups() { return *m_backups; }
    /// The status bar's text about the scheduled backup (empty while the schedule is off).
    QString backupStatusText() const;

    /// Whether a backup was restored into the register: every screen is gone (they showed what
    /// it held before) and the window only asks to log in again.
    bool isRestored() const;

Q_SIGNALS:
    /// After a restore, the officer asks to log in again: the program opens the register afresh.
    void reopenRequested();

public:
    /// Hides every screen and asks for the logged-in officer's password (also after
    /// ScreenLock::kDefaultIdle without input). Nothing is closed: unlocking shows it all again.
    void lock();
    bool isLocked() const;
    /// The lock screen's password dialog while it is open.
    LoginScreen *unlockScreen() const { return m_unlock; }
    ScreenLock &screenLock() { return *m_screenLock; }

private:
    /// Opens a registration form of one kind in a tab; `open` is the one open now, if any.
    template <class Form>
    void openForm(Form *&open, const QString &title);
    void closeTab(int index);
    void removeScreen(QWidget *screen);
    void askToUnlock();
    void unlocked();
    void showRestored(const QString &safetyCopy);

    Session &m_session;
    QTabWidget *m_tabs = nullptr;
    HomeScreen *m_home = nullptr;
    FindScreen *m_find = nullptr;
    RegisterJobs *m_jobs = nullptr;
    RegisterJobs *m_printJobs = nullptr;
    BirthForm *m_birthForm = nullptr;
    DeathForm *m_deathForm = nullptr;
    MarriageForm *m_marriageForm = nullptr;
    RecognitionForm *m_recognitionForm = nullptr;
    GuardianshipForm *m_guardianshipForm = nullptr;
    MaritalStatusForm *m_maritalStatusForm = nullptr;
    RecordingForm *m_recordingForm = nullptr;
    SignerQueue *m_signerQueue = nullptr;
    SettingsScreen *m_settings = nullptr;
    StockScreen *m_stock = nullptr;
    BatchPrintScreen *m_batchPrint = nullptr;
    CalibrationScreen *m_calibration = nullptr;
    QLabel *m_officer = nullptr;
    QStackedWidget *m_pages = nullptr; ///< the screens, or the locked page
    QWidget *m_lockedPage = nullptr;
    LoginScreen *m_unlock = nullptr;
    ScreenLock *m_screenLock = nullptr;
    SyncMonitor *m_sync = nullptr;
    BackupScheduler *m_backups = nullptr;
    QLabel *m_backupStatus = nullptr;
    QWidget *m_restoredPage = nullptr;
    QLabel *m_restoredText = nullptr;
    QPushButton *m_logInAgain = nullptr;
    SyncScreen *m_syncScreen = nullptr;
    QList<QAction *> m_screenActions; ///< off while locked: their shortcuts would reach the screens
};

} // namespace hotich::desktop
