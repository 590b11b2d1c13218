// The main window's lock: the screens are hidden, and only the logged-in officer's password
// shows them again; nothing open is lost. (The idle timer only calls lock(): not timed here.)
#include "DesktopFixtures.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("lock: the locked window hides the records and opens again only with the officer's password")
{
    useVietnamese();
    TestRegister reg;
    const QUuid birth = reg.mustAdd(example(u"birth"_s));
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.show();
    window.openRecord(birth);
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    REQUIRE(tabs);
    REQUIRE(tabs->isVisible());

    window.lock();
    CHECK(window.isLocked());
    CHECK_FALSE(tabs->isVisible()); // nobody at the counter sees the record
    LoginScreen *unlock = window.unlockScreen();
    REQUIRE(unlock);
    REQUIRE(unlock->isVisible());
    auto *login = unlock->findChild<QLineEdit *>(u"login"_s);
    auto *password = unlock->findChild<QLineEdit *>(u"password"_s);
    CHECK(login->text() == u"canbo"_s);
    CHECK(login->isReadOnly()); // another account cannot take over the session
    CHECK(unlock->findChild<QLabel *>(u"loginHeading"_s)->text() ==
          u"Màn hình đã khóa. Nhập mật khẩu của canbo để tiếp tục."_s);

    SECTION("a wrong password keeps it locked and says why")
    {
        QTest::keyClicks(password, u"sai"_s);
        QSignalSpy answered(unlock, &LoginScreen::attemptFinished);
        QTest::keyClick(password, Qt::Key_Return);
        REQUIRE(answered.wait(20000));
        CHECK(window.isLocked());
        CHECK(unlock->errorText().startsWith(u"Sai tên đăng nhập hoặc mật khẩu"_s));
    }

    SECTION("Escape closes the password dialog but the window stays locked; Unlock asks again")
    {
        QTest::keyClick(password, Qt::Key_Escape);
        CHECK_FALSE(unlock->isVisible());
        CHECK(window.isLocked());
        auto *again = window.findChild<QPushButton *>(u"unlock"_s);
        REQUIRE(again);
        QTest::mouseClick(again, Qt::LeftButton);
        CHECK(unlock->isVisible());
    }

    SECTION("the right password shows everything as it was")
    {
        QTest::keyClicks(password, u"officer-password"_s);
        QSignalSpy answered(unlock, &LoginScreen::attemptFinished);
        QTest::keyClick(password, Qt::Key_Return);
        REQUIRE(answered.wait(20000));
        CHECK_FALSE(window.isLocked());
        CHECK(tabs->isVisible());
        REQUIRE(tabs->count() == MainWindow::kFixedScreens + 1);
        CHECK(qobject_cast<RecordScreen *>(tabs->currentWidget()));
    }
}
