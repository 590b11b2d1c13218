// The log-in screen against a real register: the core checks passwords and locks accounts; the
// screen shows what it says, in Vietnamese, and Enter and Escape do what an officer expects.
#include "DesktopFixtures.h"
#include "Language.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

struct LoginFixture
{
    TestRegister reg;
    LoginScreen screen{reg.db(), reg.clock()};
    QLineEdit *login = screen.findChild<QLineEdit *>(u"login"_s);
    QLineEdit *password = screen.findChild<QLineEdit *>(u"password"_s);

    LoginFixture()
    {
        REQUIRE(login);
        REQUIRE(password);
        screen.show();
    }

    /// Types the login and password as an officer would and presses Enter in the password field;
    /// waits for the core's answer when there is something to ask it.
    void type(const QString &who, const QString &secret)
    {
        login->clear();
        QTest::keyClicks(login, who);
        QTest::keyClicks(password, secret);
        QSignalSpy answered(&screen, &LoginScreen::attemptFinished);
        QTest::keyClick(password, Qt::Key_Return);
        if (!who.isEmpty() && !secret.isEmpty()) {
            CHECK_FALSE(password->isEnabled()); // waiting for the core, off the GUI thread
            REQUIRE(answered.wait(kAnswerWaitMs));
        }
        CHECK(password->isEnabled());
    }
};

} // namespace

TEST_CASE("log-in: a wrong password is refused with the core's message, the right one opens the main window")
{
    useVietnamese();
    LoginFixture f;
    CHECK(f.screen.errorText().isEmpty());
    // The register's office, so that the officer knows which register this is.
    CHECK(f.screen.findChild<QLabel *>(u"loginOffice"_s)->text() == u"Phường Ba Đình, Thành phố Hà Nội"_s);

    SECTION("an empty password is asked for before the register is asked")
    {
        f.type(u"canbo"_s, QString());
        CHECK(f.screen.errorText() == u"Hãy nhập mật khẩu."_s);
        CHECK(f.screen.result() != QDialog::Accepted);
        // Nothing reached the core: no failure was counted.
        CHECK(Accounts(f.reg.db(), f.reg.clock()).find(u"canbo"_s).value()->failedLogins == 0);
    }

    SECTION("a wrong password")
    {
        f.type(u"canbo"_s, u"sai-mat-khau"_s);
        CHECK(f.screen.isVisible());
        CHECK(f.screen.result() != QDialog::Accepted);
        CHECK(f.screen.errorText() ==
              u"Sai tên đăng nhập hoặc mật khẩu (còn 4 lần thử trước khi tài khoản bị khóa)"_s);
        CHECK(f.password->text().isEmpty());

        SECTION("then the right one: the main window names the officer and the role")
        {
            f.type(u"canbo"_s, u"officer-password"_s);
            REQUIRE(f.screen.result() == QDialog::Accepted);
            CHECK_FALSE(f.screen.isVisible());
            CHECK(f.screen.account().login == u"canbo"_s);

            Session session{f.reg.db(), f.reg.clock(), f.screen.account()};
            MainWindow window(session);
            window.show();
            CHECK(window.windowTitle() == u"Sổ hộ tịch — Phường Ba Đình, Thành phố Hà Nội"_s);
            const auto *officer = window.findChild<QLabel *>(u"officer"_s);
            REQUIRE(officer);
            CHECK(officer->isVisible());
            CHECK(officer->text() == u"Đăng nhập: Lê Thị Hoa (canbo) — Công chức tư pháp – hộ tịch"_s);
        }
    }

    SECTION("an unknown login")
    {
        f.type(u"khongco"_s, u"officer-password"_s);
        CHECK(f.screen.result() != QDialog::Accepted);
        CHECK(f.screen.errorText() == u"Sai tên đăng nhập hoặc mật khẩu"_s);
    }

    SECTION("five wrong passwords lock the account: then the right one is refused too")
    {
        for (int i = 0; i < Accounts::kMaximumFailures; ++i)
            f.type(u"canbo"_s, u"sai"_s);
        f.type(u"canbo"_s, u"officer-password"_s);
        CHECK(f.screen.result() != QDialog::Accepted);
        CHECK(f.screen.errorText().startsWith(u"Tài khoản canbo đã bị khóa sau 5 lần nhập sai mật khẩu"_s));
    }

    SECTION("Escape quits without logging in")
    {
        QTest::keyClick(f.login, Qt::Key_Escape);
        CHECK(f.screen.result() == QDialog::Rejected);
        CHECK_FALSE(f.screen.isVisible());
    }
}

TEST_CASE("log-in: the status bar names an administrator's role in English when English is chosen")
{
    REQUIRE(Language::install(u"en"_s));
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.admin};
    MainWindow window(session);
    const auto *officer = window.findChild<QLabel *>(u"officer"_s);
    REQUIRE(officer);
    CHECK(officer->text() == u"Logged in: Nguyễn Quản Trị (admin) — Administrator"_s);
    useVietnamese();
}
