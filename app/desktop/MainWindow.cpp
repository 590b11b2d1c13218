#include "MainWindow.h"

#include "FindScreen.h"
#include "Labels.h"
#include "RecordScreen.h"
#include "registry/RegisterSetup.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

MainWindow::MainWindow(Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(u"mainWindow"_s);
    // The office's name, as the officer knows the register; the file when it cannot be read.
    const auto office = readOffice(session.db);
    setWindowTitle(tr("Civil-status register — %1").arg(office ? office->fullPath : session.db.path()));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"screens"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_find = new FindScreen(session.db.path(), session.clock.today().year(), m_tabs);
    m_tabs->addTab(m_find, tr("Find"));
    // Find stays: its tab has no close button.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_find, &FindScreen::openRequested, this, &MainWindow::openRecord);
    setCentralWidget(m_tabs);

    QMenu *registerMenu = menuBar()->addMenu(tr("&Register"));
    QAction *find = registerMenu->addAction(tr("&Find a record"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_find);
        m_find->focusSearch();
    });
    QAction *closeRecord = registerMenu->addAction(tr("&Close record"));
    closeRecord->setShortcut(QKeySequence::Close);
    connect(closeRecord, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    registerMenu->addSeparator();
    QAction *quit = registerMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_officer = new QLabel(officerText(), this);
    m_officer->setObjectName(u"officer"_s);
    statusBar()->addPermanentWidget(m_officer);

    resize(1280, 720); // fits a 1366×768 screen with the taskbar
    m_find->focusSearch();
}

QString MainWindow::officerText() const
{
    const Account &a = m_session.account;
    return tr("Logged in: %1 (%2) — %3").arg(a.fullName, a.login, Labels::role(a.role));
}

void MainWindow::openRecord(const QUuid &id)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("recordId").toUuid() == id) {
            m_tabs->setCurrentIndex(i);
            m_tabs->widget(i)->setFocus();
            return;
        }
    }
    auto *screen = new RecordScreen(m_session, id, m_tabs);
    screen->setProperty("recordId", id);
    connect(screen, &RecordScreen::closeRequested, this,
            [this, screen] { closeTab(m_tabs->indexOf(screen)); });
    m_tabs->setCurrentIndex(m_tabs->addTab(screen, screen->title()));
    screen->setFocus();
}

void MainWindow::closeTab(int index)
{
    if (index <= 0) // Find is never closed
        return;
    QWidget *screen = m_tabs->widget(index);
    m_tabs->removeTab(index);
    screen->deleteLater();
    m_tabs->setCurrentWidget(m_find);
    m_find->focusSearch();
}

} // namespace hotich::desktop
