#include "SyncIndicator.h"

#include "SyncMonitor.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

QIcon iconFor(SyncMonitor::State state)
{
    using State = SyncMonitor::State;
    QStyle *style = QApplication::style();
    switch (state) {
    case State::Idle:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case State::Syncing:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case State::Offline:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case State::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case State::Unknown:
    case State::NotEnrolled:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace

SyncIndicator::SyncIndicator(SyncMonitor &monitor, QStatusBar *statusBar, QAction *syncNow,
                             QAction *openScreen, QObject *parent)
    : QObject(parent), m_monitor(monitor)
{
    m_label = new QLabel(statusBar);
    m_label->setObjectName(u"syncStatus"_s);
    m_label->setAccessibleName(tr("Sync state"));
    statusBar->addWidget(m_label, 1);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        auto *menu = new QMenu(statusBar->window());
        menu->addAction(syncNow);
        menu->addAction(openScreen);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                Q_EMIT trayActivated();
        });
    }
    connect(&m_monitor, &SyncMonitor::changed, this, &SyncIndicator::update);
    update();
    if (m_tray)
        m_tray->show();
}

void SyncIndicator::update()
{
    const QString text = m_monitor.statusText();
    m_label->setText(text);
    m_label->setToolTip(text);
    if (m_tray) {
        m_tray->setIcon(iconFor(m_monitor.state()));
        m_tray->setToolTip(tr("Civil-status register — %1").arg(text));
    }
}

} // namespace hotich::desktop
