#pragma once

#include <QObject>

class QAction;
class QLabel;
class QStatusBar;
class QSystemTrayIcon;

namespace hotich::desktop {

class SyncMonitor;

/// The sync state where the officer sees it without looking for it: a label in the status bar
/// always, and an icon in the system tray when the desktop has one (its menu: Sync now, the sync
/// screen). Both follow the monitor's signals.
class SyncIndicator : public QObject
{
    Q_OBJECT

public:
    /// `syncNow` and `openScreen` are the window's actions, offered in the tray's menu too.
    SyncIndicator(SyncMonitor &monitor, QStatusBar *statusBar, QAction *syncNow, QAction *openScreen,
                  QObject *parent = nullptr);

    QLabel *label() const { return m_label; }
    /// Null when the desktop has no system tray.
    QSystemTrayIcon *tray() const { return m_tray; }

Q_SIGNALS:
    /// The tray icon was clicked: the window and its sync screen come forward.
    void trayActivated();

private:
    void update();

    SyncMonitor &m_monitor;
    QLabel *m_label = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace hotich::desktop
