#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hotich::desktop {

class SyncMonitor;

/// Đồng bộ — the office's sync with the ministry: the state, the last success, the last error and
/// what waits to be sent, "Sync now", and everything the ministry rejected, flagged or quarantined
/// (as `hotich-admin sync --findings` lists it), each with what to do. Enter on one opens its record.
class SyncScreen : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        SaysColumn,
        WhatToDoColumn,
        ColumnCount
    };

    SyncScreen(SyncMonitor &monitor, QWidget *parent = nullptr);

    /// What to do about a finding, a rejection, an ID-number state or a quarantine, by its code (a
    /// generic instruction for a code it does not know).
    static QString whatToDo(const QString &code);

    /// The lines the screen shows, for tests and screen readers alike.
    QString stateText() const;
    QString detailsText() const;
    QString messageText() const;
    QTableWidget *findings() const { return m_findings; }
    QPushButton *syncNowButton() const { return m_syncNow; }
    QPushButton *stopButton() const { return m_stopSync; }

Q_SIGNALS:
    void openRequested(const QUuid &record);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void display();
    void showFindings();
    void showCurrent();
    void addRow(const QUuid &record, const QString &title, const QString &says, const QString &code);
    QUuid currentRecord() const;
    QString recordTitle(const QUuid &record, qint64 seq) const;

    SyncMonitor &m_monitor;
    QLabel *m_state = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_stopSync = nullptr;
    QLabel *m_findingsSummary = nullptr;
    QTableWidget *m_findings = nullptr;
    QLabel *m_current = nullptr; ///< the chosen line in full: a long message is never cut
};

} // namespace hotich::desktop
