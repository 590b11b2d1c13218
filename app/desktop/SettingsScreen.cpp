#include "SettingsScreen.h"

#include "Labels.h"
#include "Language.h"
#include "ScreenHeading.h"
#include "registry/RegisterSetup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

constexpr auto kLanguageKey = "language";

QSettings userSettings()
{
    return QSettings(u"hotich"_s, u"hotich"_s);
}

QLineEdit *namedLine(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(name);
    line->setAccessibleName(accessible);
    return line;
}

} // namespace

SettingsScreen::SettingsScreen(Session &session, RegisterJobs &jobs, BackupScheduler &backups,
                               QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs)
{
    setObjectName(u"settingsScreen"_s);
    auto *heading = new QLabel(tr("Settings and administration"), this);
    styleAsHeading(heading);

    auto *page = new QWidget;
    auto *columns = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    left->addWidget(officeBox());
    left->addWidget(accountsBox(), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(languageBox());
    m_backups = new BackupPanel(session, jobs, backups, page);
    right->addWidget(m_backups);
    right->addStretch(1);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    // Long Vietnamese labels on a 1366×768 screen: the page scrolls rather than cuts.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_accounts);
}

QWidget *SettingsScreen::officeBox()
{
    auto *box = new QGroupBox(tr("Office"));
    auto *form = new QFormLayout(box);
    const auto office = readOffice(m_session.db);
    auto *name = new QLabel(office ? office->fullPath : Language::message(office.error()));
    name->setObjectName(u"officeName"_s);
    name->setWordWrap(true);
    form->addRow(tr("Name:"), name);
    auto *code = new QLabel(office ? office->code : QString());
    code->setObjectName(u"officeCode"_s);
    form->addRow(tr("Commune code:"), code);
    form->addRow(tr("Register file:"), new QLabel(QDir::toNativeSeparators(m_session.db.path())));
    addWordChoices(form, box, office ? office->words : text::WordStyle{});
    return box;
}

namespace {

QComboBox *wordChoice(const QString &name, const QString &accessible,
                      const QList<std::pair<QString, QVariant>> &items, const QVariant &current,
                      QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

} // namespace

void SettingsScreen::addWordChoices(QFormLayout *form, QWidget *box, const text::WordStyle &words)
{
    // Each variant with an example, in the words themselves: what the certificate will say.
    m_zeroTens = wordChoice(
        u"words.zeroTens"_s, tr("Zero tens in words"),
        {{tr("“lẻ” — 105: một trăm lẻ năm"), false}, {tr("“linh” — 105: một trăm linh năm"), true}},
        words.linh, box);
    m_thousands =
        wordChoice(u"words.thousands"_s, tr("Thousands in words"),
                   {{tr("“nghìn” — 2026: hai nghìn …"), false}, {tr("“ngàn” — 2026: hai ngàn …"), true}},
                   words.ngan, box);
    m_fourAfterTens = wordChoice(
        u"words.fourAfterTens"_s, tr("Four after twenty in words"),
        {{tr("“tư” — 24: hai mươi tư"), false}, {tr("“bốn” — 24: hai mươi bốn"), true}}, words.bon, box);
    m_dayPrefix = wordChoice(u"words.dayPrefix"_s, tr("Days 1 to 10 in words"),
                             {{tr("“mồng” — ngày mồng năm"), u"mồng"_s},
                              {tr("“mùng” — ngày mùng năm"), u"mùng"_s},
                              {tr("none — ngày năm"), QString()}},
                             words.smallDayPrefix, box);
    m_wordsExample = new QLabel(box);
    m_wordsExample->setObjectName(u"words.example"_s);
    m_wordsExample->setAccessibleName(tr("Example of a date in words"));
    m_wordsExample->setWordWrap(true);
    auto *save = new QPushButton(tr("Save the &number words"), box);
    save->setObjectName(u"saveWords"_s);
    save->setAutoDefault(true); // Enter on it saves
    connect(save, &QPushButton::clicked, this, &SettingsScreen::saveWords);
    m_wordsMessage = new QLabel(box);
    m_wordsMessage->setObjectName(u"wordsMessage"_s);
    m_wordsMessage->setAccessibleName(tr("Number words message"));
    m_wordsMessage->setWordWrap(true);
    m_wordsMessage->hide();

    form->addRow(tr("Zero tens:"), m_zeroTens);
    form->addRow(tr("Thousands:"), m_thousands);
    form->addRow(tr("Four after twenty:"), m_fourAfterTens);
    form->addRow(tr("Days 1 to 10:"), m_dayPrefix);
    form->addRow(tr("Example:"), m_wordsExample);
    form->addRow(QString(), save);
    form->addRow(QString(), m_wordsMessage);
    const auto showExample = [this] {
        // Between them, a date and a number that show every variant.
        const text::WordStyle chosen = chosenWords();
        m_wordsExample->setText(text::dateInWords(QDate(2024, 3, 5), chosen) + u" · 105: "_s +
                                text::numberInWords(105, chosen));
    };
    for (QComboBox *combo : {m_zeroTens, m_thousands, m_fourAfterTens, m_dayPrefix})
        connect(combo, &QComboBox::currentIndexChanged, this, showExample);
    showExample();
}

text::WordStyle SettingsScreen::chosenWords() const
{
    text::WordStyle words;
    words.linh = m_zeroTens->currentData().toBool();
    words.ngan = m_thousands->currentData().toBool();
    words.bon = m_fourAfterTens->currentData().toBool();
    words.smallDayPrefix = m_dayPrefix->currentData().toString();
    return words;
}

void SettingsScreen::saveWords()
{
    QPointer<SettingsScreen> self(this);
    const Account actor = m_session.account;
    const text::WordStyle words = chosenWords();
    const Clock *clock = &m_session.clock;
    m_jobs.run([self, actor, words, clock](Result<Database *> db) {
        const Result<void> saved = [&]() -> Result<void> {
            if (!db)
                return db.error();
            return saveWordStyle(*db.value(), *clock, words, actor);
        }();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, saved] {
                if (self)
                    self->finishSavingWords(saved);
            },
            Qt::QueuedConnection);
    });
}

void SettingsScreen::finishSavingWords(const Result<void> &saved)
{
    m_wordsMessage->setText(saved ? tr("The number words are saved: forms opened from now on and printed "
                                       "papers use them.")
                                  : Language::message(saved.error()));
    m_wordsMessage->show();
    Q_EMIT wordsSaved(saved.ok());
}

QWidget *SettingsScreen::accountsBox()
{
    auto *box = new QGroupBox(tr("Accounts and roles"));
    m_accounts = new QTableWidget(0, 4, box);
    m_accounts->setObjectName(u"accounts"_s);
    m_accounts->setAccessibleName(tr("Accounts"));
    m_accounts->setHorizontalHeaderLabels({tr("Login"), tr("Full name"), tr("Role"), tr("State")});
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setTabKeyNavigation(false);
    m_accounts->verticalHeader()->hide();
    m_accounts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_newLogin = namedLine(u"newLogin"_s, tr("New account's login"), box);
    m_newName = namedLine(u"newFullName"_s, tr("New account's full name"), box);
    m_newRole = new QComboBox(box);
    m_newRole->setObjectName(u"newRole"_s);
    m_newRole->setAccessibleName(tr("New account's role"));
    for (Role role : {Role::Officer, Role::Signer, Role::Admin})
        m_newRole->addItem(Labels::role(role), roleCode(role));
    m_newPassword = namedLine(u"newPassword"_s, tr("New account's password"), box);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPasswordAgain = namedLine(u"newPasswordAgain"_s, tr("New account's password, again"), box);
    m_newPasswordAgain->setEchoMode(QLineEdit::Password);
    m_add = new QPushButton(tr("&Add the account"), box);
    m_add->setObjectName(u"addAccount"_s);
    connect(m_add, &QPushButton::clicked, this, &SettingsScreen::addAccount);
    m_accountMessage = new QLabel(box);
    m_accountMessage->setObjectName(u"accountMessage"_s);
    m_accountMessage->setWordWrap(true);
    const bool admin = m_session.account.role == Role::Admin;
    if (!admin)
        m_accountMessage->setText(tr("Only an administrator adds accounts."));

    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_newLogin);
    form->addRow(tr("Full name:"), m_newName);
    form->addRow(tr("Role:"), m_newRole);
    form->addRow(tr("Password:"), m_newPassword);
    form->addRow(tr("Password again:"), m_newPasswordAgain);
    for (QWidget *w : std::initializer_list<QWidget *>{m_newLogin, m_newName, m_newRole, m_newPassword,
                                                       m_newPasswordAgain, m_add})
        w->setEnabled(admin);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_accounts, 1);
    layout->addLayout(form);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    layout->addWidget(m_accountMessage);
    connect(m_newPasswordAgain, &QLineEdit::returnPressed, this, &SettingsScreen::addAccount);
    return box;
}

QWidget *SettingsScreen::languageBox()
{
    auto *box = new QGroupBox(tr("Language"));
    m_language = new QComboBox(box);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("Vietnamese"), u"vi"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->setCurrentIndex(m_language->findData(savedLanguage()));
    auto *note = new QLabel(tr("The language changes at the next start of the program."), box);
    note->setWordWrap(true);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { userSettings().setValue(QLatin1StringView(kLanguageKey), m_language->currentData()); });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_language);
    layout->addWidget(note);
    return box;
}

QString SettingsScreen::savedLanguage()
{
    const QString saved = userSettings().value(QLatin1StringView(kLanguageKey)).toString();
    return saved == u"en"_s ? saved : u"vi"_s;
}

void SettingsScreen::refresh()
{
    QPointer<SettingsScreen> self(this);
    const Clock *clock = &m_session.clock;
    m_jobs.run([self, clock](Result<Database *> db) {
        Result<QList<Account>> accounts =
            db ? Accounts(*db.value(), *clock).list() : Result<QList<Account>>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, accounts] {
                if (self)
                    self->showAccounts(accounts);
            },
            Qt::QueuedConnection);
    });
}

void SettingsScreen::showAccounts(const Result<QList<Account>> &accounts)
{
    m_accounts->setRowCount(0);
    if (!accounts) {
        m_accountMessage->setText(Language::message(accounts.error()));
        Q_EMIT accountsShown();
        return;
    }
    m_accounts->setRowCount(int(accounts->size()));
    for (int row = 0; row < accounts->size(); ++row) {
        const Account &a = accounts->at(row);
        const QStringList cells{a.login, a.fullName, Labels::role(a.role),
                                a.locked ? tr("locked") : tr("active")};
        for (int column = 0; column < cells.size(); ++column)
            m_accounts->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    for (int column : {0, 2, 3})
        m_accounts->resizeColumnToContents(column);
    Q_EMIT accountsShown();
}

void SettingsScreen::addAccount()
{
    if (m_newPassword->text() != m_newPasswordAgain->text()) {
        m_accountMessage->setText(tr("The two passwords differ: type them again."));
        m_newPassword->clear();
        m_newPasswordAgain->clear();
        m_newPassword->setFocus();
        Q_EMIT accountAdded(false);
        return;
    }
    NewAccount account;
    account.login = m_newLogin->text().trimmed();
    account.fullName = m_newName->text().trimmed();
    account.role = parseRoleCode(m_newRole->currentData().toString()).value_or(Role::Officer);
    account.password = m_newPassword->text().toUtf8();
    m_add->setEnabled(false);
    m_accountMessage->setText(tr("Adding the account…"));
    QPointer<SettingsScreen> self(this);
    const Clock *clock = &m_session.clock;
    const Account actor = m_session.account;
    m_jobs.run([self, clock, actor, account](Result<Database *> db) {
        const Result<Account> added = [&]() -> Result<Account> {
            if (!db)
                return db.error();
            // Before the password is hashed: only an administrator adds accounts.
            if (auto allowed = requireRole(actor, Role::Admin); !allowed)
                return allowed.error();
            return Accounts(*db.value(), *clock).add(account, actor.login);
        }();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, added] {
                if (self)
                    self->finishAdding(added);
            },
            Qt::QueuedConnection);
    });
}

void SettingsScreen::finishAdding(const Result<Account> &added)
{
    m_add->setEnabled(true);
    if (!added) {
        m_accountMessage->setText(tr("The account was not added: %1").arg(Language::message(added.error())));
        Q_EMIT accountAdded(false);
        return;
    }
    m_accountMessage->setText(tr("The account %1 (%2) is added as %3.")
                                  .arg(added->login, added->fullName, Labels::role(added->role)));
    for (QLineEdit *line : {m_newLogin, m_newName, m_newPassword, m_newPasswordAgain})
        line->clear();
    refresh();
    Q_EMIT accountAdded(true);
}

QString SettingsScreen::accountText() const
{
    return m_accountMessage->text();
}

void SettingsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace hotich::desktop
