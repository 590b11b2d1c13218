#include "LoginScreen.h"

#include "Language.h"
#include "ScreenHeading.h"
#include "registry/RegisterSetup.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

LoginScreen::LoginScreen(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_jobs(db.path())
{
    setWindowTitle(tr("Civil-status register — log in"));
    setObjectName(u"loginScreen"_s);

    m_heading = new QLabel(tr("Log in to the civil-status register"), this);
    m_heading->setObjectName(u"loginHeading"_s);
    styleAsHeading(m_heading);

    // Which register this is: an office may keep a copy of another (a backup, a training file).
    auto *office = new QLabel(this);
    office->setObjectName(u"loginOffice"_s);
    if (const auto info = readOffice(db))
        office->setText(info->fullPath);
    else
        office->setText(QDir::toNativeSeparators(db.path()));

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"login"_s);
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(u"loginError"_s);
    m_error->setAccessibleName(tr("Log-in error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_logIn = buttons->addButton(tr("Log &in"), QDialogButtonBox::AcceptRole);
    m_logIn->setObjectName(u"logIn"_s);
    m_logIn->setDefault(true); // Enter in either field logs in
    m_quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(u"quit"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginScreen::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(office);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_login->setFocus();
}

void LoginScreen::requireLogin(const QString &login)
{
    setWindowTitle(tr("Civil-status register — locked"));
    m_heading->setText(tr("The screen is locked. Enter the password of %1 to go on.").arg(login));
    m_login->setText(login);
    m_login->setReadOnly(true);
    m_quit->setText(tr("&Cancel")); // the window stays locked
    m_password->setFocus();
}

QString LoginScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginScreen::logIn()
{
    if (m_busy)
        return;
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    const QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    setBusy(true);
    showError(tr("Checking the password…"));
    QPointer<LoginScreen> self(this);
    const Clock *clock = &m_clock;
    m_jobs.run([self, clock, login, password](Result<Database *> db) {
        // The core counts a failure and locks the account after five, on this connection too.
        Result<Account> account =
            db ? Accounts(*db.value(), *clock).authenticate(login, password) : Result<Account>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, account] {
                if (self)
                    self->finish(account);
            },
            Qt::QueuedConnection);
    });
}

void LoginScreen::finish(const Result<Account> &account)
{
    setBusy(false);
    if (isHidden()) { // cancelled meanwhile: the answer changes nothing on the screen
        Q_EMIT attemptFinished();
        return;
    }
    if (!account) {
        showError(Language::message(account.error()));
        m_password->setFocus();
        Q_EMIT attemptFinished();
        return;
    }
    m_account = account.value();
    m_error->hide();
    accept();
    Q_EMIT attemptFinished();
}

void LoginScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_logIn->setEnabled(!busy);
}

void LoginScreen::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    // A message wrapped onto more lines makes the dialog taller, instead of running under the buttons.
    adjustSize();
}

} // namespace hotich::desktop
