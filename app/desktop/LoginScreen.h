#pragma once

#include "RegisterJobs.h"
#include "auth/Accounts.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hotich::desktop {

/// Đăng nhập — the officer logs in to the register with a login and a password. The core checks
/// the password and counts failures (five lock the account); this screen only shows its answer.
/// Enter logs in, Escape quits. The password is checked off the GUI thread (an Argon2id hash
/// takes about 0.1 s here, more on an old PC): the fields wait meanwhile, the window does not.
class LoginScreen : public QDialog
{
    Q_OBJECT

public:
    LoginScreen(Database &db, const Clock &clock, QWidget *parent = nullptr);

    /// Makes it the lock screen of `login`'s session: the login is fixed, only the password is asked.
    void requireLogin(const QString &login);

    /// The account that logged in, once the dialog is accepted.
    const Account &account() const { return m_account; }
    /// The message shown under the fields (empty when there is none).
    QString errorText() const;

Q_SIGNALS:
    /// The core has answered a log-in attempt (and the screen shows its answer).
    void attemptFinished();

private:
    void logIn();
    void finish(const Result<Account> &account);
    void setBusy(bool busy);
    void showError(const QString &text);

    Database &m_db;
    const Clock &m_clock;
    Account m_account;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_logIn = nullptr;
    QPushButton *m_quit = nullptr;
    bool m_busy = false;
    RegisterJobs m_jobs;
};

} // namespace hotich::desktop
