#include "MainWindow.h"

#include "BackupScheduler.h"
#include "BatchPrintScreen.h"
#include "BirthForm.h"
#include "CalibrationScreen.h"
#include "CorrectionScreen.h"
#include "DeathForm.h"
#include "EthnicityForm.h"
#include "ExtractCopyForm.h"
#include "FindScreen.h"
#include "GuardianshipChangeForm.h"
#include "GuardianshipEndForm.h"
#include "GuardianshipForm.h"
#include "HomeScreen.h"
#include "Labels.h"
#include "MaritalStatusForm.h"
#include "MarriageForm.h"
#include "PrintScreen.h"
#include "RecognitionForm.h"
#include "RecordScreen.h"
#include "RecordingForm.h"
#include "SettingsScreen.h"
#include "SignerQueue.h"
#include "StockScreen.h"
#include "SyncIndicator.h"
#include "SyncMonitor.h"
#include "SyncScreen.h"
#include "registry/RegisterSetup.h"

#include "LoginScreen.h"
#include "ScreenLock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

MainWindow::MainWindow(Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(u"mainWindow"_s);
    // The office's name, as the officer knows the register; the file when it cannot be read.
    const auto office = readOffice(session.db);
    setWindowTitle(tr("Civil-status register — %1").arg(office ? office->fullPath : session.db.path()));

    m_jobs = new RegisterJobs(session.db.path(), this);
    // Printing waits for the printer (CUPS completes a job in seconds, a stopped one never): on a
    // thread and connection of its own, so a registration never queues behind a sheet.
    m_printJobs = new RegisterJobs(session.db.path(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"screens"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_home = new HomeScreen(session, *m_jobs, m_tabs);
    m_tabs->addTab(m_home, tr("Today"));
    m_find = new FindScreen(session.db.path(), session.clock.today().year(), m_tabs);
    m_tabs->addTab(m_find, tr("Find"));
    // Home and Find stay: their tabs have no close button.
    for (int tab = 0; tab < kFixedScreens; ++tab) {
        m_tabs->tabBar()->setTabButton(tab, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(tab, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_find, &FindScreen::openRequested, this, &MainWindow::openRecord);
    connect(m_home, &HomeScreen::openRequested, this, &MainWindow::openRecord);

    m_lockedPage = new QWidget(this);
    m_lockedPage->setObjectName(u"lockedPage"_s);
    auto *lockedLabel = new QLabel(tr("The screen is locked."), m_lockedPage);
    lockedLabel->setAlignment(Qt::AlignCenter);
    auto *unlock = new QPushButton(tr("&Unlock…"), m_lockedPage);
    unlock->setObjectName(u"unlock"_s);
    connect(unlock, &QPushButton::clicked, this, &MainWindow::askToUnlock);
    auto *lockedLayout = new QVBoxLayout(m_lockedPage);
    lockedLayout->addStretch();
    lockedLayout->addWidget(lockedLabel);
    lockedLayout->addWidget(unlock, 0, Qt::AlignCenter);
    lockedLayout->addStretch();

    m_restoredPage = new QWidget(this);
    m_restoredPage->setObjectName(u"restoredPage"_s);
    m_restoredText = new QLabel(m_restoredPage);
    m_restoredText->setObjectName(u"restoredText"_s);
    m_restoredText->setAlignment(Qt::AlignCenter);
    m_restoredText->setWordWrap(true);
    m_restoredText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logInAgain = new QPushButton(tr("&Log in again"), m_restoredPage);
    m_logInAgain->setObjectName(u"logInAgain"_s);
    connect(m_logInAgain, &QPushButton::clicked, this, &MainWindow::reopenRequested);
    auto *restoredLayout = new QVBoxLayout(m_restoredPage);
    restoredLayout->addStretch();
    restoredLayout->addWidget(m_restoredText);
    restoredLayout->addWidget(m_logInAgain, 0, Qt::AlignCenter);
    restoredLayout->addStretch();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(m_lockedPage);
    m_pages->addWidget(m_restoredPage);
    setCentralWidget(m_pages);

    QMenu *registerMenu = menuBar()->addMenu(tr("&Register"));
    QAction *home = registerMenu->addAction(tr("&Today's work"));
    home->setObjectName(u"homeAction"_s);
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(home, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_home);
        m_home->setFocus();
    });
    QAction *find = registerMenu->addAction(tr("&Find a record"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_find);
        m_find->focusSearch();
    });
    QAction *birth = registerMenu->addAction(tr("Register a &birth…"));
    birth->setObjectName(u"registerBirth"_s);
    birth->setShortcut(QKeySequence::New);
    connect(birth, &QAction::triggered, this, &MainWindow::openBirthForm);
    QAction *death = registerMenu->addAction(tr("Register a &death…"));
    death->setObjectName(u"registerDeath"_s);
    death->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(death, &QAction::triggered, this, &MainWindow::openDeathForm);
    QAction *marriage = registerMenu->addAction(tr("Register a &marriage…"));
    marriage->setObjectName(u"registerMarriage"_s);
    marriage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(marriage, &QAction::triggered, this, &MainWindow::openMarriageForm);
    QAction *recognition = registerMenu->addAction(tr("Register a parent–child &recognition…"));
    recognition->setObjectName(u"registerRecognition"_s);
    recognition->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(recognition, &QAction::triggered, this, &MainWindow::openRecognitionForm);
    QAction *guardianship = registerMenu->addAction(tr("Register a &guardianship…"));
    guardianship->setObjectName(u"registerGuardianship"_s);
    guardianship->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(guardianship, &QAction::triggered, this, &MainWindow::openGuardianshipForm);
    QAction *maritalStatus = registerMenu->addAction(tr("Certify a marital stat&us…"));
    maritalStatus->setObjectName(u"registerMaritalStatus"_s);
    maritalStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(maritalStatus, &QAction::triggered, this, &MainWindow::openMaritalStatusForm);
    QAction *recording = registerMenu->addAction(tr("R&ecord a decision or an event abroad…"));
    recording->setObjectName(u"registerRecording"_s);
    recording->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(recording, &QAction::triggered, this, &MainWindow::openRecordingForm);
    QAction *queue = registerMenu->addAction(tr("Files waiting for &signature"));
    queue->setObjectName(u"signerQueueAction"_s);
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(queue, &QAction::triggered, this, &MainWindow::openSignerQueue);
    QAction *batchPrint = registerMenu->addAction(tr("Print the files &waiting for their paper…"));
    batchPrint->setObjectName(u"batchPrintAction"_s);
    batchPrint->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(batchPrint, &QAction::triggered, this, &MainWindow::openBatchPrint);
    QAction *stock = registerMenu->addAction(tr("Blank f&orms…"));
    stock->setObjectName(u"stockAction"_s);
    stock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(stock, &QAction::triggered, this, &MainWindow::openStock);
    QAction *calibrate = registerMenu->addAction(tr("Calibrate a &printer…"));
    calibrate->setObjectName(u"calibrationAction"_s);
    connect(calibrate, &QAction::triggered, this, &MainWindow::openCalibration);
    QAction *settings = registerMenu->addAction(tr("Settings and &administration…"));
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    QAction *closeRecord = registerMenu->addAction(tr("&Close record"));
    closeRecord->setShortcut(QKeySequence::Close);
    connect(closeRecord, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    QAction *lockNow = registerMenu->addAction(tr("&Lock the screen"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, &MainWindow::lock);
    m_screenActions = {home,         find,          birth,       death,  marriage,   recognition,
                       guardianship, maritalStatus, recording,   queue,  batchPrint, stock,
                       calibrate,    settings,      closeRecord, lockNow};
    m_sync = new SyncMonitor(session, *m_jobs, this);
    QMenu *syncMenu = menuBar()->addMenu(tr("S&ync"));
    QAction *syncNow = syncMenu->addAction(tr("Sync &now"));
    syncNow->setObjectName(u"syncNowAction"_s);
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    connect(syncNow, &QAction::triggered, m_sync, &SyncMonitor::syncNow);
    QAction *syncScreen = syncMenu->addAction(tr("&Sync state and the ministry's findings"));
    syncScreen->setObjectName(u"syncScreenAction"_s);
    syncScreen->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    connect(syncScreen, &QAction::triggered, this, &MainWindow::openSyncScreen);
    m_screenActions << syncNow << syncScreen;
    registerMenu->addSeparator();
    QAction *quit = registerMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_officer = new QLabel(officerText(), this);
    m_officer->setObjectName(u"officer"_s);
    statusBar()->addPermanentWidget(m_officer);
    auto *indicator = new SyncIndicator(*m_sync, statusBar(), syncNow, syncScreen, this);
    connect(indicator, &SyncIndicator::trayActivated, this, [this] {
        showNormal();
        activateWindow();
        if (!isLocked())
            openSyncScreen();
    });
    connect(m_sync, &SyncMonitor::changed, syncNow,
            [this, syncNow] { syncNow->setEnabled(!m_sync->passRunning() && !isLocked()); });
    connect(m_sync, &SyncMonitor::passFinished, m_home, &HomeScreen::refresh);
    m_backupStatus = new QLabel(this);
    m_backupStatus->setObjectName(u"backupStatus"_s);
    m_backupStatus->hide(); // until the schedule has something to say
    statusBar()->addPermanentWidget(m_backupStatus);
    m_backups = new BackupScheduler(session, *m_jobs, this);
    connect(m_backups, &BackupScheduler::scheduleChecked, this, [this] {
        m_backupStatus->setText(m_backups->statusText());
        m_backupStatus->setToolTip(m_backups->lastResult());
        m_backupStatus->setVisible(!m_backupStatus->text().isEmpty());
    });
    m_backups->start(); // an overdue backup is made now
    // Not enrolled: the sync screen says so and what IT staff do.
    connect(m_sync, &SyncMonitor::notEnrolled, this, &MainWindow::openSyncScreen);
    m_sync->start();

    m_screenLock = new ScreenLock(this);
    connect(m_screenLock, &ScreenLock::idle, this, &MainWindow::lock);

    resize(1280, 720);  // fits a 1366×768 screen with the taskbar
    m_home->setFocus(); // the day's work first; Ctrl+F is one key away
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockedPage;
}

void MainWindow::lock()
{
    if (isLocked() || isRestored())
        return;
    m_screenLock->setCounting(false);
    m_pages->setCurrentWidget(m_lockedPage);
    for (QAction *action : std::as_const(m_screenActions))
        action->setEnabled(false);
    askToUnlock();
}

void MainWindow::askToUnlock()
{
    if (!m_unlock) {
        m_unlock = new LoginScreen(m_session.db, m_session.clock, this);
        m_unlock->requireLogin(m_session.account.login);
        connect(m_unlock, &QDialog::accepted, this, &MainWindow::unlocked);
    }
    m_unlock->open();
}

void MainWindow::unlocked()
{
    m_unlock->deleteLater();
    m_unlock = nullptr;
    for (QAction *action : std::as_const(m_screenActions))
        action->setEnabled(true);
    m_pages->setCurrentWidget(m_tabs);
    if (QWidget *screen = m_tabs->currentWidget())
        screen->setFocus();
    m_screenLock->setCounting(true);
}

bool MainWindow::isRestored() const
{
    return m_pages->currentWidget() == m_restoredPage;
}

QString MainWindow::backupStatusText() const
{
    return m_backupStatus->text();
}

void MainWindow::showRestored(const QString &safetyCopy)
{
    // The screens hold what the register held before: none of them is shown again. Logging in
    // again opens the register afresh (Program), with its schema and the restored accounts.
    m_screenLock->setCounting(false);
    for (QAction *action : std::as_const(m_screenActions))
        action->setEnabled(false);
    m_restoredText->setText(
        tr("The register is restored from the backup. The register as it was is kept in %1.\n\n"
           "Log in again to go on. Before registering again, the register catches up with the ministry "
           "server (Sync).")
            .arg(QDir::toNativeSeparators(safetyCopy)));
    m_pages->setCurrentWidget(m_restoredPage);
    m_logInAgain->setFocus();
}

QString MainWindow::officerText() const
{
    const Account &a = m_session.account;
    return tr("Logged in: %1 (%2) — %3").arg(a.fullName, a.login, Labels::role(a.role));
}

void MainWindow::openRecord(const QUuid &id)
{
    for (int i = kFixedScreens; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("recordId").toUuid() == id) {
            m_tabs->setCurrentIndex(i);
            m_tabs->widget(i)->setFocus();
            return;
        }
    }
    auto *screen = new RecordScreen(m_session, id, m_jobs, m_tabs);
    screen->setProperty("recordId", id);
    connect(screen, &RecordScreen::closeRequested, this,
            [this, screen] { closeTab(m_tabs->indexOf(screen)); });
    connect(screen, &RecordScreen::printRequested, this, &MainWindow::openPrintScreen);
    connect(screen, &RecordScreen::correctRequested, this, &MainWindow::openCorrection);
    connect(screen, &RecordScreen::amendRequested, this, &MainWindow::openAmendment);
    m_tabs->setCurrentIndex(m_tabs->addTab(screen, screen->title()));
    screen->setFocus();
}

void MainWindow::openPrintScreen(const QUuid &record)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("printRecordId").toUuid() == record) {
            m_tabs->setCurrentIndex(i);
            m_tabs->widget(i)->setFocus();
            return;
        }
    }
    auto *screen = new PrintScreen(m_session, record, *m_printJobs, m_tabs);
    screen->setProperty("printRecordId", record);
    // Closed, it gives the record back (its workflow line read again as its tab shows).
    connect(screen, &PrintScreen::closeRequested, this, [this, screen, record] {
        removeScreen(screen);
        openRecord(record);
    });
    m_tabs->setCurrentIndex(m_tabs->addTab(screen, screen->title()));
    screen->setFocus();
}

void MainWindow::openCorrection(const QUuid &id)
{
    for (int i = kFixedScreens; i < m_tabs->count(); ++i) {
        auto *open = qobject_cast<CorrectionScreen *>(m_tabs->widget(i));
        if (open && open->recordId() == id) {
            m_tabs->setCurrentIndex(i);
            open->focusFirst();
            return;
        }
    }
    auto *screen = new CorrectionScreen(m_session, *m_jobs, id, m_tabs);
    connect(screen, &CorrectionScreen::cancelled, this, [this, screen, id] {
        removeScreen(screen);
        openRecord(id); // back to the record it was opened from
    });
    connect(screen, &CorrectionScreen::corrected, this, [this, screen](const QUuid &record) {
        removeScreen(screen);
        for (int i = kFixedScreens; i < m_tabs->count(); ++i) {
            if (auto *shown = qobject_cast<RecordScreen *>(m_tabs->widget(i));
                shown && shown->property("recordId").toUuid() == record)
                shown->reload();
        }
        openRecord(record);
    });
    m_tabs->setCurrentIndex(m_tabs->addTab(screen, screen->title()));
    screen->focusFirst();
}

void MainWindow::openAmendment(EventKind kind, const QUuid &target)
{
    const QString key = kindCode(kind) + u' ' + target.toString();
    for (int i = kFixedScreens; i < m_tabs->count(); ++i) {
        auto *open = qobject_cast<RegistrationForm *>(m_tabs->widget(i));
        if (open && open->property("amendment").toString() == key) {
            m_tabs->setCurrentIndex(i);
            open->focusFirst();
            return;
        }
    }
    RegistrationForm *form = nullptr;
    switch (kind) {
    case EventKind::GuardianshipEnd:
        form = new GuardianshipEndForm(m_session, *m_jobs, target, m_tabs);
        break;
    case EventKind::GuardianshipChange:
        form = new GuardianshipChangeForm(m_session, *m_jobs, target, m_tabs);
        break;
    case EventKind::EthnicityRedetermination:
        form = new EthnicityForm(m_session, *m_jobs, target, m_tabs);
        break;
    case EventKind::Recording: {
        auto *recording = new RecordingForm(m_session, *m_jobs, m_tabs);
        recording->recordEndOf(target);
        form = recording;
        break;
    }
    case EventKind::ExtractCopy:
        form = new ExtractCopyForm(m_session, *m_jobs, target, m_tabs);
        break;
    default:
        return; // corrections have their own screen
    }
    form->setProperty("amendment", key);
    connect(form, &RegistrationForm::cancelled, this, [this, form, target] {
        removeScreen(form);
        openRecord(target); // back to the record it was opened from
    });
    connect(form, &RegistrationForm::registered, this, [this, form, target, kind](const QUuid &made) {
        removeScreen(form);
        if (kind == EventKind::ExtractCopy) {
            openPrintScreen(made); // the copy is printed from its own record, onto the copy's form
            return;
        }
        for (int i = kFixedScreens; i < m_tabs->count(); ++i) {
            if (auto *shown = qobject_cast<RecordScreen *>(m_tabs->widget(i));
                shown && shown->property("recordId").toUuid() == target)
                shown->reload();
        }
        openRecord(target);
    });
    m_tabs->setCurrentIndex(m_tabs->addTab(form, Labels::kind(kind)));
    form->focusFirst();
}

void MainWindow::openBirthForm()
{
    openForm(m_birthForm, tr("Birth registration"));
}

void MainWindow::openDeathForm()
{
    openForm(m_deathForm, tr("Death registration"));
}

void MainWindow::openMarriageForm()
{
    openForm(m_marriageForm, tr("Marriage registration"));
}

void MainWindow::openRecognitionForm()
{
    openForm(m_recognitionForm, tr("Parent–child recognition"));
}

void MainWindow::openGuardianshipForm()
{
    openForm(m_guardianshipForm, tr("Guardianship registration"));
}

void MainWindow::openMaritalStatusForm()
{
    openForm(m_maritalStatusForm, tr("Marital-status certificate"));
}

void MainWindow::openRecordingForm()
{
    openForm(m_recordingForm, tr("Recording in the register"));
}

template <class Form>
void MainWindow::openForm(Form *&open, const QString &title)
{
    if (open) {
        m_tabs->setCurrentWidget(open);
        open->focusFirst();
        return;
    }
    open = new Form(m_session, *m_jobs, m_tabs);
    Form *form = open;
    connect(form, &RegistrationForm::cancelled, this, [this, form] { removeScreen(form); });
    connect(form, &RegistrationForm::registered, this, [this, form](const QUuid &id) {
        removeScreen(form);
        openRecord(id);
    });
    m_tabs->setCurrentIndex(m_tabs->addTab(form, title));
    form->focusFirst();
}

void MainWindow::openSignerQueue()
{
    if (!m_signerQueue) {
        m_signerQueue = new SignerQueue(m_session, *m_jobs, m_tabs);
        connect(m_signerQueue, &SignerQueue::openRequested, this, &MainWindow::openRecord);
        m_tabs->addTab(m_signerQueue, tr("Waiting for signature"));
    }
    m_tabs->setCurrentWidget(m_signerQueue);
    m_signerQueue->setFocus();
    m_signerQueue->refresh();
}

void MainWindow::openBatchPrint()
{
    if (!m_batchPrint) {
        m_batchPrint = new BatchPrintScreen(m_session, *m_printJobs, m_tabs);
        connect(m_batchPrint, &BatchPrintScreen::closeRequested, this,
                [this] { removeScreen(m_batchPrint); });
        m_tabs->addTab(m_batchPrint, tr("Batch printing"));
    }
    m_tabs->setCurrentWidget(m_batchPrint);
    m_batchPrint->setFocus();
    m_batchPrint->refresh();
}

void MainWindow::openStock()
{
    if (!m_stock) {
        m_stock = new StockScreen(m_session, *m_jobs, m_tabs);
        m_tabs->addTab(m_stock, tr("Blank forms"));
    }
    m_tabs->setCurrentWidget(m_stock);
    m_stock->setFocus();
}

void MainWindow::openCalibration()
{
    if (!m_calibration) {
        m_calibration = new CalibrationScreen(*m_printJobs, m_tabs);
        m_tabs->addTab(m_calibration, tr("Calibration"));
    }
    m_tabs->setCurrentWidget(m_calibration);
    m_calibration->setFocus();
}

void MainWindow::openSettings()
{
    if (!m_settings) {
        m_settings = new SettingsScreen(m_session, *m_jobs, *m_backups, m_tabs);
        connect(m_settings->backups(), &BackupPanel::restored, this, &MainWindow::showRestored);
        m_tabs->addTab(m_settings, tr("Settings"));
    }
    m_tabs->setCurrentWidget(m_settings);
    m_settings->setFocus();
}

void MainWindow::openSyncScreen()
{
    if (!m_syncScreen) {
        m_syncScreen = new SyncScreen(*m_sync, m_tabs);
        connect(m_syncScreen, &SyncScreen::openRequested, this, &MainWindow::openRecord);
        m_tabs->addTab(m_syncScreen, tr("Sync"));
    }
    m_tabs->setCurrentWidget(m_syncScreen);
    m_syncScreen->setFocus();
}

void MainWindow::closeTab(int index)
{
    if (index < kFixedScreens) // Home and Find are never closed
        return;
    QWidget *screen = m_tabs->widget(index);
    if (auto *form = qobject_cast<RegistrationForm *>(screen)) {
        form->requestCancel(); // asks first when something was typed
        return;
    }
    if (auto *correction = qobject_cast<CorrectionScreen *>(screen)) {
        correction->requestCancel(); // asks first too
        return;
    }
    removeScreen(screen);
}

void MainWindow::removeScreen(QWidget *screen)
{
    const int index = m_tabs->indexOf(screen);
    if (index < kFixedScreens)
        return;
    if (screen == m_birthForm)
        m_birthForm = nullptr;
    if (screen == m_deathForm)
        m_deathForm = nullptr;
    if (screen == m_marriageForm)
        m_marriageForm = nullptr;
    if (screen == m_recognitionForm)
        m_recognitionForm = nullptr;
    if (screen == m_guardianshipForm)
        m_guardianshipForm = nullptr;
    if (screen == m_maritalStatusForm)
        m_maritalStatusForm = nullptr;
    if (screen == m_recordingForm)
        m_recordingForm = nullptr;
    if (screen == m_signerQueue)
        m_signerQueue = nullptr;
    if (screen == m_settings)
        m_settings = nullptr;
    if (screen == m_stock)
        m_stock = nullptr;
    if (screen == m_batchPrint)
        m_batchPrint = nullptr;
    if (screen == m_calibration)
        m_calibration = nullptr;
    if (screen == m_syncScreen)
        m_syncScreen = nullptr;
    m_tabs->removeTab(index);
    screen->deleteLater();
    m_tabs->setCurrentWidget(m_find);
    m_find->focusSearch();
}

} // namespace hotich::desktop
