#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "registry/Workflow.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hotich::desktop {

/// Chờ ký — the files whose certificates are printed and wait for the chair's or vice-chair's
/// signature, the earliest due first, with their legal due dates. "Ký" signs the chosen one; the
/// core refuses it to any account without the signer role, and the screen says so. Enter on a
/// file opens its record.
class SignerQueue : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        KindColumn,
        NumberColumn,
        NamesColumn,
        ReceivedColumn,
        ApplicantColumn,
        ColumnCount
    };

    SignerQueue(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

    /// Reads the queue again (off the GUI thread); refreshed() tells when it is on screen.
    void refresh();
    /// Signs the file of the current row.
    void signCurrent();
    /// The line over the list: how many files wait, or what the last signature did.
    QString messageText() const;

Q_SIGNALS:
    void refreshed();
    /// The core answered a signature (see messageText()).
    void signFinished();
    void openRequested(const QUuid &record);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFiles(const Result<QList<FileStatus>> &files);
    void finishSigning(const Result<void> &result, const QString &what);

    Session &m_session;
    RegisterJobs &m_jobs;
    QTableWidget *m_files = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_sign = nullptr;
    QString m_afterRefresh; ///< what the last signature did, kept over the refresh it causes
};

} // namespace hotich::desktop
