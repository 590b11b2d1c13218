// Settings and administration: accounts added by an administrator only, and a backup to a folder
// with its progress, refused elsewhere and cancelled without leaving a file.
#include "BackupPanel.h"
#include "BirthForm.h"
#include "DesktopFixtures.h"
#include "MainWindow.h"
#include "Session.h"
#include "SettingsScreen.h"
#include "auth/Accounts.h"
#include "registry/RegisterSetup.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

struct SettingsFixture
{
    explicit SettingsFixture(bool asAdmin = true)
        : session{reg.db(), reg.clock(), asAdmin ? reg.admin : reg.officer}
    {
        useVietnamese();
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        settings = window.settingsScreen();
        REQUIRE(settings);
        if (settings->accounts()->rowCount() == 0) {
            QSignalSpy listed(settings, &SettingsScreen::accountsShown);
            REQUIRE(listed.wait(kAnswerWaitMs));
        }
    }

    template <class T>
    T *child(const QString &name)
    {
        auto *w = settings->findChild<T *>(name);
        REQUIRE(w);
        return w;
    }

    qint64 accountCount()
    {
        QSqlQuery q(reg.db().connection());
        REQUIRE(q.exec(u"SELECT count(*) FROM accounts"_s));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    TestRegister reg;
    Session session;
    MainWindow window{session};
    SettingsScreen *settings = nullptr;
};

QStringList backupsIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files);
}

} // namespace

TEST_CASE(
    "settings: an administrator adds a signer with the keyboard, and two different passwords are refused")
{
    SettingsFixture f;
    CHECK(columnTexts(f.settings->accounts()->model(), 0) == QStringList{u"admin"_s, u"canbo"_s});
    CHECK(f.child<QLabel>(u"officeCode"_s)->text().size() == 5);

    auto fill = [&](const QString &password, const QString &again) {
        auto *login = f.child<QLineEdit>(u"newLogin"_s);
        login->setFocus();
        QTest::keyClicks(login, u"chutich"_s);
        QTest::keyClick(login, Qt::Key_Tab);
        typeText(QApplication::focusWidget(), u"Phạm Văn Chủ"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == f.child<QComboBox>(u"newRole"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // officer → signer
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), again);
        QSignalSpy added(f.settings, &SettingsScreen::accountAdded);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        REQUIRE((added.size() == 1 || added.wait(kAnswerWaitMs)));
        return added.first().first().toBool();
    };

    SECTION("different passwords")
    {
        CHECK_FALSE(fill(u"mat-khau-chu-tich"_s, u"mat-khau-khac"_s));
        CHECK(f.settings->accountText() == u"Hai mật khẩu khác nhau: hãy gõ lại."_s);
        CHECK(f.accountCount() == 2);
    }
    SECTION("the same password twice")
    {
        QSignalSpy listed(f.settings, &SettingsScreen::accountsShown);
        REQUIRE(fill(u"mat-khau-chu-tich"_s, u"mat-khau-chu-tich"_s));
        CHECK(
            f.settings->accountText() ==
            u"Đã thêm tài khoản chutich (Phạm Văn Chủ) với vai trò Người ký (Chủ tịch, Phó Chủ tịch UBND)."_s);
        REQUIRE(listed.wait(kAnswerWaitMs));
        CHECK(columnTexts(f.settings->accounts()->model(), 0).contains(u"chutich"_s));
        auto signer = Accounts(f.reg.db(), f.reg.clock()).authenticate(u"chutich"_s, "mat-khau-chu-tich");
        REQUIRE(signer.ok());
        CHECK(signer->role == Role::Signer);
        CHECK(signer->fullName == u"Phạm Văn Chủ"_s);
    }
}

TEST_CASE("settings: an officer sees the accounts but cannot add one or back up")
{
    SettingsFixture f(false);
    CHECK(f.settings->accountText() == u"Chỉ quản trị viên được thêm tài khoản."_s);
    CHECK_FALSE(f.child<QPushButton>(u"addAccount"_s)->isEnabled());
    CHECK_FALSE(f.child<QLineEdit>(u"newLogin"_s)->isEnabled());

    f.child<QLineEdit>(u"backupFolder"_s)->setText(f.reg.dir().root());
    const QStringList before = backupsIn(f.reg.dir().root());
    QSignalSpy finished(f.settings->backups(), &BackupPanel::backupFinished);
    f.settings->backups()->backUp();
    REQUIRE(finished.wait(kAnswerWaitMs));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(f.settings->backups()->backupText().startsWith(u"Sao lưu không thành công: "_s));
    CHECK(backupsIn(f.reg.dir().root()) == before);
}

TEST_CASE("settings: a backup to a folder reports its progress, a missing folder is refused, a cancelled one "
          "leaves nothing")
{
    SettingsFixture f;
    TempDir drive;
    auto *folder = f.child<QLineEdit>(u"backupFolder"_s);

    SECTION("to the folder")
    {
        folder->setText(drive.root());
        QSignalSpy finished(f.settings->backups(), &BackupPanel::backupFinished);
        QTest::mouseClick(f.child<QPushButton>(u"backUp"_s), Qt::LeftButton);
        REQUIRE(finished.wait(kAnswerWaitMs));
        CHECK(finished.first().first().toBool());
        const QStringList files = backupsIn(drive.root());
        REQUIRE(files.size() == 1);
        CHECK(files.front().startsWith(u"hotich-"_s));
        CHECK(files.front().endsWith(u".db"_s));
        CHECK(f.child<QProgressBar>(u"backupProgress"_s)->value() == 100);
        CHECK(f.settings->backups()->backupText().startsWith(u"Đã sao lưu vào "_s));
        CHECK(Database::open(drive.path(files.front()), Database::OpenMode::Existing).ok());
    }
    SECTION("to a folder that is not there")
    {
        folder->setText(drive.path(u"usb-not-plugged"_s));
        QSignalSpy finished(f.settings->backups(), &BackupPanel::backupFinished);
        f.settings->backups()->backUp();
        REQUIRE(finished.size() == 1);
        CHECK(f.settings->backups()->backupText().contains(u"không tồn tại"_s));
        CHECK(backupsIn(drive.root()).isEmpty());
    }
    SECTION("cancelled before its first step")
    {
        folder->setText(drive.root());
        // Hold the register's thread so that Cancel comes before the backup's first step.
        QSemaphore held;
        f.window.jobs().run([&held](Result<Database *>) { held.acquire(); });
        QSignalSpy finished(f.settings->backups(), &BackupPanel::backupFinished);
        f.settings->backups()->backUp();
        f.settings->backups()->cancelBackup();
        held.release();
        REQUIRE(finished.wait(kAnswerWaitMs));
        CHECK_FALSE(finished.first().first().toBool());
        CHECK(f.settings->backups()->backupText() == u"Đã huỷ sao lưu: không tệp nào được ghi."_s);
        CHECK(backupsIn(drive.root()).isEmpty());
    }
}

TEST_CASE("settings: the office's number words, chosen with the keyboard, are the birth form's words")
{
    SettingsFixture f;
    auto *example = f.child<QLabel>(u"words.example"_s);
    CHECK(example->text() ==
          u"ngày mồng năm tháng ba năm hai nghìn không trăm hai mươi tư · 105: một trăm lẻ năm"_s);

    // Each variant is a list: Down picks the other word.
    for (const QString &name :
         {u"words.zeroTens"_s, u"words.thousands"_s, u"words.fourAfterTens"_s, u"words.dayPrefix"_s}) {
        auto *choice = f.child<QComboBox>(name);
        CHECK_FALSE(choice->accessibleName().isEmpty());
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down);
    }
    CHECK(example->text() ==
          u"ngày mùng năm tháng ba năm hai ngàn không trăm hai mươi bốn · 105: một trăm linh năm"_s);

    QSignalSpy saved(f.settings, &SettingsScreen::wordsSaved);
    auto *save = f.child<QPushButton>(u"saveWords"_s);
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Return);
    REQUIRE(saved.wait(kAnswerWaitMs));
    CHECK(saved.constFirst().constFirst().toBool());
    CHECK(f.child<QLabel>(u"wordsMessage"_s)->text().startsWith(u"Đã lưu cách đọc số"_s));

    // A birth form opened now previews the date of birth with them.
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    QWidget *form = f.window.birthForm();
    REQUIRE(form);
    auto *birthDate = form->findChild<QLineEdit *>(u"subject.birthDate"_s);
    birthDate->setFocus();
    QTest::keyClicks(birthDate, u"05/03/2024"_s);
    CHECK(form->findChild<QLabel *>(u"subject.birthDate.words"_s)->text() ==
          u"Bằng chữ: ngày mùng năm tháng ba năm hai ngàn không trăm hai mươi bốn"_s);
}

TEST_CASE("settings: an officer who is no administrator cannot change the number words")
{
    SettingsFixture f(false);
    f.child<QComboBox>(u"words.thousands"_s)->setCurrentIndex(1);
    QSignalSpy saved(f.settings, &SettingsScreen::wordsSaved);
    QTest::keyClick(f.child<QPushButton>(u"saveWords"_s), Qt::Key_Return);
    REQUIRE(saved.wait(kAnswerWaitMs));
    CHECK_FALSE(saved.constFirst().constFirst().toBool());
    CHECK_FALSE(f.child<QLabel>(u"wordsMessage"_s)->text().isEmpty());
    CHECK(readOffice(f.reg.db())->words == text::WordStyle{});
}
