#pragma once

#include "Session.h"

#include <QMainWindow>
#include <QUuid>

class QLabel;
class QTabWidget;

namespace hotich::desktop {

class FindScreen;

/// The officer's window: the screens in tabs (Find first; each opened record in a tab of its own)
/// and a status bar naming who is logged in, with which role.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    FindScreen *findScreen() const { return m_find; }
    /// The status bar's text about the logged-in officer.
    QString officerText() const;

    /// Opens a record in a tab (or brings its tab forward) and gives it the focus.
    void openRecord(const QUuid &id);

private:
    void closeTab(int index);

    Session &m_session;
    QTabWidget *m_tabs = nullptr;
    FindScreen *m_find = nullptr;
    QLabel *m_officer = nullptr;
};

} // namespace hotich::desktop
