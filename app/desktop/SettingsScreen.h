#pragma once

#include "BackupPanel.h"
#include "BackupScheduler.h"
#include "RegisterJobs.h"
#include "Session.h"
#include "text/NumberWords.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hotich::desktop {

/// Cài đặt và quản trị — the office as the register knows it, its accounts and their roles (an
/// administrator adds one), the interface language, and the backups (BackupPanel: now, on a
/// schedule, and the restore of one). The work runs on the register's thread; only an
/// administrator adds an account (the core says so to anyone else).
class SettingsScreen : public QWidget
{
    Q_OBJECT

public:
    SettingsScreen(Session &session, RegisterJobs &jobs, BackupScheduler &backups, QWidget *parent = nullptr);

    /// Reads the accounts again (off the GUI thread); accountsShown() tells when they are on screen.
    void refresh();
    /// Adds the account typed (administrators only); accountAdded() tells how it ended.
    void addAccount();
    /// Keeps the number words chosen for the office (administrators only); wordsSaved() tells
    /// how it ended. Forms opened afterwards read their dates with them, and so does printing.
    void saveWords();

    QString accountText() const;
    QTableWidget *accounts() const { return m_accounts; }
    BackupPanel *backups() const { return m_backups; }

    /// The language chosen for the next start ("vi" or "en"), kept in the user's settings.
    static QString savedLanguage();

Q_SIGNALS:
    void accountsShown();
    void accountAdded(bool ok);
    void wordsSaved(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *officeBox();
    void addWordChoices(QFormLayout *form, QWidget *box, const text::WordStyle &words);
    text::WordStyle chosenWords() const;
    void finishSavingWords(const Result<void> &saved);
    QWidget *accountsBox();
    QWidget *languageBox();
    void showAccounts(const Result<QList<Account>> &accounts);
    void finishAdding(const Result<Account> &added);

    Session &m_session;
    RegisterJobs &m_jobs;
    QTableWidget *m_accounts = nullptr;
    QLineEdit *m_newLogin = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newRole = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_newPasswordAgain = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_accountMessage = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_zeroTens = nullptr;
    QComboBox *m_thousands = nullptr;
    QComboBox *m_fourAfterTens = nullptr;
    QComboBox *m_dayPrefix = nullptr;
    QLabel *m_wordsExample = nullptr;
    QLabel *m_wordsMessage = nullptr;
    BackupPanel *m_backups = nullptr;
};

} // namespace hotich::desktop
