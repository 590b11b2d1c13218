#include "FileSteps.h"

#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "PrintScreen.h"
#include "RecordScreen.h"
#include "SignerQueue.h"
#include "store/Database.h"
#include "support/TestRegister.h"

#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace hotich::test {

Account logIn(TestRegister &reg, const QString &login, const QString &password)
{
    desktop::LoginScreen screen(reg.db(), reg.clock());
    screen.show();
    QTest::keyClicks(screen.findChild<QLineEdit *>(u"login"_s), login);
    QTest::keyClicks(screen.findChild<QLineEdit *>(u"password"_s), password);
    QSignalSpy answered(&screen, &desktop::LoginScreen::attemptFinished);
    QTest::keyClick(screen.findChild<QLineEdit *>(u"password"_s), Qt::Key_Return);
    REQUIRE(answered.wait(kAnswerWaitMs));
    REQUIRE(screen.result() == QDialog::Accepted);
    return screen.account();
}

void addSigner(TestRegister &reg)
{
    Transaction tx(reg.db());
    REQUIRE(tx.begin().ok());
    REQUIRE(
        Accounts(reg.db(), reg.clock())
            .add({u"chutich"_s, u"Phạm Văn Chủ"_s, Role::Signer, {}, {}, "signer-password"}, reg.admin.login)
            .ok());
    REQUIRE(tx.commit().ok());
}

desktop::SignerQueue *openQueue(desktop::MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    desktop::SignerQueue *queue = window.signerQueue();
    REQUIRE(queue);
    QSignalSpy refreshed(queue, &desktop::SignerQueue::refreshed);
    REQUIRE(refreshed.wait(kAnswerWaitMs));
    return queue;
}

void signWithKeyboard(desktop::SignerQueue *queue)
{
    QSignalSpy finished(queue, &desktop::SignerQueue::signFinished);
    REQUIRE(focusedName() == u"queueFiles"_s);
    tab();
    REQUIRE(focusedName() == u"sign"_s);
    QTest::keyClick(focused(), Qt::Key_Space);
    REQUIRE(finished.wait(kAnswerWaitMs));
}

desktop::PrintScreen *openPrint(desktop::MainWindow &window, const QUuid &id)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openRecord(id);
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    REQUIRE(qobject_cast<desktop::RecordScreen *>(tabs->currentWidget()));
    REQUIRE(eventually([] { return focusedName() == u"recordContent"_s; }));
    QTest::keyClick(focused(), Qt::Key_P, Qt::ControlModifier);
    auto *screen = qobject_cast<desktop::PrintScreen *>(tabs->currentWidget());
    REQUIRE(screen);
    REQUIRE(screen->loaded());
    return screen;
}

void typePdfPath(desktop::PrintScreen *screen, const QString &path)
{
    auto *toPdf = screen->findChild<QRadioButton *>(u"toPdf"_s);
    CHECK(toPdf->isChecked());
    auto *field = screen->findChild<QLineEdit *>(u"pdfPath"_s);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, path);
    CHECK(field->text() == path);
}

bool printWithKeyboard(desktop::MainWindow &window, desktop::PrintScreen *screen)
{
    QSignalSpy finished(screen, &desktop::PrintScreen::printFinished);
    QTest::keyClick(&window, Qt::Key_I, Qt::AltModifier);
    REQUIRE(finished.wait(kAnswerWaitMs));
    return finished.at(0).at(0).toBool();
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(kAnswerWaitMs));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace hotich::test
