// Screenshots of the main screens at 1366×768 with the Vietnamese catalogue, for a person to look
// at (cut-off text, overlaps, English left over). The test run takes them under Xvfb (ctest's
// hotich-desktop-screenshots, into build/<preset>/screenshots); by hand:
//   HOTICH_SCREENSHOT_DIR=DIR hotich-desktop-tests "[.screenshots]"
// (offscreen by default; under xvfb-run with QT_QPA_PLATFORM=xcb for the real platform's look).
#include "BatchPrintScreen.h"
#include "BirthForm.h"
#include "CorrectionScreen.h"
#include "DeathForm.h"
#include "DesktopFixtures.h"
#include "FindScreen.h"
#include "FormDriving.h"
#include "GuardianshipForm.h"
#include "HomeScreen.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "MaritalStatusForm.h"
#include "MarriageForm.h"
#include "PersonPicker.h"
#include "PrintScreen.h"
#include "RecognitionForm.h"
#include "RecordingForm.h"
#include "Session.h"
#include "SettingsScreen.h"
#include "SignerQueue.h"
#include "StockScreen.h"
#include "SyncMonitor.h"
#include "SyncScreen.h"
#include "printing/BlankFormStock.h"
#include "printing/TemplateLoader.h"
#include "registry/PulledChanges.h"
#include "registry/Workflow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOTICH_SCREENSHOT_DIR", QDir::tempPath());
    REQUIRE(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(name + u".png"_s);
    QCoreApplication::processEvents(); // the layouts a screen's last change asked for
    REQUIRE(widget.grab().save(path));
    WARN("screenshot: " << path.toStdString());
}

/// Types into the form's fields by their record paths, then presses Enter: the core's messages show.
void fillAndSave(QWidget &form, const QList<std::pair<QString, QString>> &typed)
{
    typeInto(form, typed);
    QWidget *registrationDate = form.findChild<QWidget *>(u"registrationDate"_s);
    registrationDate->setFocus(); // closes a place field's completer
    QTest::keyClick(registrationDate, Qt::Key_Return);
}

} // namespace

TEST_CASE("screenshots of the death and marriage forms with the core's messages", "[.screenshots]")
{
    useVietnamese();
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.resize(1366, 768);
    showActive(window);

    // A death typed with its date after the registration date.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.deathForm());
    window.deathForm()->findChild<QComboBox *>(u"subject.sex"_s)->setCurrentIndex(1); // Nam
    fillAndSave(*window.deathForm(),
                {{u"subject.familyName"_s, u"Phạm"_s},
                 {u"subject.middleName"_s, u"Văn"_s},
                 {u"subject.givenName"_s, u"Đức"_s},
                 {u"subject.birthDate"_s, u"15/07/1941"_s},
                 {u"subject.ethnicity"_s, u"Kinh"_s},
                 {u"subject.residence"_s, u"Số 5 ngõ Văn Chương, Phường Ba Đình, Thành phố Hà Nội"_s},
                 {u"death.dateTime"_s, u"27/11/2026"_s},
                 {u"death.dateTime.time"_s, u"14:30"_s},
                 {u"death.place"_s, u"Bệnh viện Bạch Mai, Phường Đống Đa, Thành phố Hà Nội"_s},
                 {u"death.cause"_s, u"Bệnh già"_s},
                 {u"deathNotice.number"_s, u"1234/GBT"_s},
                 {u"deathNotice.issuer"_s, u"Bệnh viện Bạch Mai"_s},
                 {u"deathNotice.date"_s, u"20/11/2026"_s},
                 {u"declarant.fullName"_s, u"Phạm Thị Lan"_s},
                 {u"declarant.relationship"_s, u"con"_s}});
    save(window, u"04b-death-form-errors"_s);

    // A marriage typed with both spouses under the legal age.
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.marriageForm());
    fillAndSave(*window.marriageForm(),
                {{u"wife.familyName"_s, u"Lê"_s},
                 {u"wife.middleName"_s, u"Thị"_s},
                 {u"wife.givenName"_s, u"Cúc"_s},
                 {u"wife.birthDate"_s, u"17/05/2010"_s},
                 {u"wife.ethnicity"_s, u"Tày"_s},
                 {u"wife.residence"_s, u"Số 3 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội"_s},
                 {u"wife.idDocument"_s, u"Thẻ căn cước 008302002222, Bộ Công an cấp ngày 15/08/2024"_s},
                 {u"husband.familyName"_s, u"Trần"_s},
                 {u"husband.middleName"_s, u"Văn"_s},
                 {u"husband.givenName"_s, u"Bảo"_s},
                 {u"husband.birthDate"_s, u"01/01/2007"_s},
                 {u"husband.ethnicity"_s, u"Kinh"_s},
                 {u"husband.residence"_s, u"Số 8 phố Kim Mã, Phường Ba Đình, Thành phố Hà Nội"_s}});
    save(window, u"04c-marriage-form-errors"_s);
}

TEST_CASE("screenshots of the recognition, guardianship, marital-status and recording forms with the core's "
          "messages",
          "[.screenshots]")
{
    useVietnamese();
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.resize(1366, 768);
    showActive(window);

    // A father four years older than his child.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.recognitionForm());
    window.recognitionForm()->findChild<QComboBox *>(u"parentRole"_s)->setCurrentIndex(1);
    window.recognitionForm()->findChild<QComboBox *>(u"requestedBy"_s)->setCurrentIndex(1);
    fillAndSave(*window.recognitionForm(),
                {{u"parent.familyName"_s, u"Hoàng"_s},
                 {u"parent.middleName"_s, u"Minh"_s},
                 {u"parent.givenName"_s, u"Tuấn"_s},
                 {u"parent.birthDate"_s, u"11/02/2015"_s},
                 {u"parent.ethnicity"_s, u"Kinh"_s},
                 {u"parent.residence"_s, u"Số 5 ngõ Văn Chương, Phường Ba Đình, Thành phố Hà Nội"_s},
                 {u"child.familyName"_s, u"Hoàng"_s},
                 {u"child.middleName"_s, u"Gia"_s},
                 {u"child.givenName"_s, u"Huy"_s},
                 {u"child.birthDate"_s, u"30/06/2019"_s},
                 {u"declarant.fullName"_s, u"Hoàng Minh Tuấn"_s},
                 {u"declarant.relationship"_s, u"cha"_s}});
    save(window, u"14-recognition"_s);

    // A guardian of 16, the basis not chosen.
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.guardianshipForm());
    fillAndSave(*window.guardianshipForm(),
                {{u"guardian.familyName"_s, u"Vũ"_s},
                 {u"guardian.middleName"_s, u"Thị"_s},
                 {u"guardian.givenName"_s, u"Mai"_s},
                 {u"guardian.birthDate"_s, u"09/09/2010"_s},
                 {u"guardian.residence"_s, u"Số 5 ngõ Văn Chương, Phường Ba Đình, Thành phố Hà Nội"_s},
                 {u"ward.familyName"_s, u"Đỗ"_s},
                 {u"ward.middleName"_s, u"Minh"_s},
                 {u"ward.givenName"_s, u"Khang"_s},
                 {u"ward.birthDate"_s, u"03/03/2015"_s}});
    save(window, u"15-guardianship"_s);

    // Married without the spouse's name, a period of residence backwards.
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.maritalStatusForm());
    window.maritalStatusForm()->findChild<QComboBox *>(u"subject.sex"_s)->setCurrentIndex(2);
    window.maritalStatusForm()->findChild<QComboBox *>(u"status"_s)->setCurrentIndex(2);
    fillAndSave(*window.maritalStatusForm(),
                {{u"subject.familyName"_s, u"Ngô"_s},
                 {u"subject.middleName"_s, u"Thị"_s},
                 {u"subject.givenName"_s, u"Hà"_s},
                 {u"subject.birthDate"_s, u"12/04/1996"_s},
                 {u"subject.residence"_s, u"Số 5 ngõ Văn Chương, Phường Ba Đình, Thành phố Hà Nội"_s},
                 {u"residencePeriod.from"_s, u"01/2020"_s},
                 {u"residencePeriod.to"_s, u"2019"_s},
                 {u"purpose"_s, u"Để bổ sung hồ sơ vay vốn ngân hàng"_s}});
    save(window, u"16-marital-status"_s);

    // A divorce whose judgment is dated tomorrow.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.recordingForm());
    window.recordingForm()->findChild<QComboBox *>(u"recordingType"_s)->setCurrentIndex(1);
    fillAndSave(*window.recordingForm(),
                {{u"subject.familyName"_s, u"Trần"_s},
                 {u"subject.middleName"_s, u"Văn"_s},
                 {u"subject.givenName"_s, u"Bảo"_s},
                 {u"otherParty.familyName"_s, u"Lê"_s},
                 {u"otherParty.middleName"_s, u"Thị"_s},
                 {u"otherParty.givenName"_s, u"Cúc"_s},
                 {u"decision.number"_s, u"15/2026/QĐST-HNGĐ"_s},
                 {u"decision.issuer"_s, u"Tòa án nhân dân khu vực 1 - Hà Nội"_s},
                 {u"decision.date"_s, u"27/11/2026"_s},
                 {u"content"_s, u"Ly hôn giữa ông Trần Văn Bảo và bà Lê Thị Cúc"_s}});
    save(window, u"17-recording"_s);

    // From a guardianship's record: a new guardian of 16.
    window.openAmendment(EventKind::GuardianshipChange, reg.mustAdd(example(u"guardianship"_s)));
    auto *change =
        qobject_cast<RegistrationForm *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget());
    REQUIRE(change);
    fillAndSave(*change,
                {{u"newGuardian.familyName"_s, u"Vũ"_s},
                 {u"newGuardian.middleName"_s, u"Văn"_s},
                 {u"newGuardian.givenName"_s, u"Hải"_s},
                 {u"newGuardian.birthDate"_s, u"04/04/2010"_s},
                 {u"newGuardian.residence"_s, u"Số 5 ngõ Văn Chương, Phường Ba Đình, Thành phố Hà Nội"_s},
                 {u"reason"_s, u"Người giám hộ cũ chuyển công tác ra nước ngoài"_s}});
    save(window, u"18-guardianship-change"_s);
}

TEST_CASE("screenshots of the log-in, home, Find, record, birth form, signer queue, print, settings and "
          "correction screens",
          "[.screenshots]")
{
    useVietnamese();
    TestRegister reg;
    reg.mustAdd(example(u"birth"_s));
    const QUuid death = reg.mustAdd(example(u"death"_s));
    reg.mustAdd(example(u"marriage"_s));
    // Files for the home screen: one to print, one just received.
    Workflow files(reg.db(), reg.clock());
    REQUIRE(files.receiveEntered(death, u"Lê Văn Tư"_s, reg.officer));
    REQUIRE(files.receive(EventKind::Birth, u"Phạm Thị Hoa"_s, reg.officer));

    LoginScreen login(reg.db(), reg.clock());
    login.show();
    QTest::keyClicks(login.findChild<QLineEdit *>(u"login"_s), u"canbo"_s);
    QTest::keyClicks(login.findChild<QLineEdit *>(u"password"_s), u"sai"_s);
    QSignalSpy answered(&login, &LoginScreen::attemptFinished);
    QTest::keyClick(login.findChild<QLineEdit *>(u"password"_s), Qt::Key_Return);
    REQUIRE(answered.wait(20000));
    save(login, u"01-login-error"_s);

    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QSignalSpy homeShown(window.homeScreen(), &HomeScreen::refreshed);
    window.homeScreen()->refresh();
    REQUIRE(homeShown.wait(20000));
    save(window, u"02-home"_s);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QSignalSpy shown(window.findScreen(), &FindScreen::resultsShown);
    QTest::keyClicks(window.findScreen()->findChild<QLineEdit *>(u"searchBox"_s), u"1/2026"_s);
    REQUIRE(shown.wait(20000));
    save(window, u"02-find"_s);

    QTest::keyClick(window.findScreen()->findChild<QLineEdit *>(u"searchBox"_s), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    save(window, u"03-record"_s);

    // The birth form half filled in, with the core's messages under the fields after Enter.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = window.birthForm();
    REQUIRE(form);
    typeText(QApplication::focusWidget(), u"Nguyễn"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), u"Văn"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), u"An"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), u"30/02/2026"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    save(window, u"04-birth-form-errors"_s);

    // A file printed and waiting for the signer.
    Workflow workflow(reg.db(), reg.clock());
    const auto birth = RecordSearch(reg.db()).search(SearchQuery{u"nguyen van an"_s, {}, {}, {}, 0, 0, 1});
    REQUIRE(birth.ok());
    REQUIRE_FALSE(birth->isEmpty());
    const auto file = workflow.receiveEntered(birth->constFirst().id, u"Nguyễn Văn Cường"_s, reg.officer);
    REQUIRE(file.ok());
    REQUIRE(workflow.markPrinted(*file, reg.officer).ok());
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QSignalSpy refreshed(window.signerQueue(), &SignerQueue::refreshed);
    REQUIRE(refreshed.wait(20000));
    save(window, u"05-signer-queue"_s);
    window.openRecord(birth->constFirst().id);
    save(window, u"06-record-workflow"_s);

    // The print screen of the birth: the certificate's preview on its blank, the next blank proposed.
    auto certificate = printing::TemplateLoader::fromIdOrFile(u"birth-certificate"_s);
    REQUIRE(certificate.ok());
    Transaction tx(reg.db());
    REQUIRE(tx.begin().ok());
    REQUIRE(printing::BlankFormStock(reg.db(), reg.clock())
                .receive(*certificate, u"KS"_s, u"000101"_s, u"000200"_s, reg.admin.login)
                .ok());
    REQUIRE(tx.commit().ok());
    window.openPrintScreen(birth->constFirst().id);
    save(window, u"07-print"_s);

    // Printed to a PDF: the screen says what, on which blank, and where.
    auto *print = qobject_cast<PrintScreen *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget());
    REQUIRE(print);
    print->findChild<QLineEdit *>(u"pdfPath"_s)->setText(reg.dir().path(u"giay-khai-sinh.pdf"_s));
    QSignalSpy printed(print, &PrintScreen::printFinished);
    print->print();
    REQUIRE(printed.wait(20000));
    save(window, u"08-printed"_s);

    window.openSettings();
    QSignalSpy listed(window.settingsScreen(), &SettingsScreen::accountsShown);
    REQUIRE(listed.wait(20000));
    save(window, u"09-settings"_s);

    window.openStock();
    QSignalSpy stockRead(window.stockScreen(), &StockScreen::refreshed);
    REQUIRE(stockRead.wait(20000));
    save(window, u"10-stock"_s);

    // The files waiting for their paper: the death entered above, for its extract.
    window.openBatchPrint();
    BatchPrintScreen *batch = window.batchPrintScreen();
    auto *batchForms = batch->findChild<QComboBox *>(u"batchForm"_s);
    QSignalSpy batchRead(batch, &BatchPrintScreen::refreshed);
    batchForms->setCurrentIndex(batchForms->findData(u"death-extract"_s));
    REQUIRE(batchRead.wait(20000));
    save(window, u"10b-batch-print"_s);

    window.openCalibration();
    save(window, u"11-calibration"_s);

    // A correction with long Vietnamese names beside the register's, and the core's message under
    // an impossible date.
    window.openCorrection(birth->constFirst().id);
    auto *screen = window.findChild<CorrectionScreen *>();
    REQUIRE(screen);
    const QList<std::pair<QString, QString>> typed{
        {u"subject.middleName"_s, u"Phước Hoàng Thiên"_s},
        {u"subject.givenName"_s, u"Nguyễn Ngọc Bảo Khánh Thuỵ"_s},
        {u"subject.birthDate"_s, u"30/02/2026"_s},
        {u"mother.fullName"_s, u"Tôn Nữ Hoàng Thị Phương Thảo Nguyên"_s},
        {u"reason"_s, u"Cải chính tên và ngày sinh do ghi sai khi đăng ký khai sinh"_s}};
    for (const auto &[path, text] : typed) {
        auto *line = screen->findChild<QLineEdit *>(path);
        REQUIRE(line);
        line->setFocus();
        line->selectAll();
        typeText(line, text);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    save(window, u"12-correction"_s);

    // Fixed and saved: the record with the correction in its history, old → new.
    auto *date = screen->findChild<QLineEdit *>(u"subject.birthDate"_s);
    date->setFocus();
    date->selectAll();
    typeText(date, u"03/11/2026"_s);
    auto *document = screen->findChild<QLineEdit *>(u"supportingDocument"_s);
    document->setFocus();
    typeText(document, u"Giấy chứng sinh số 123/BV do Bệnh viện Phụ sản Hà Nội cấp ngày 02/11/2026"_s);
    QSignalSpy corrected(screen, &CorrectionScreen::corrected);
    QTest::keyClick(document, Qt::Key_Return);
    REQUIRE(corrected.wait(20000));
    save(window, u"13-record-corrected"_s);

    // A death's correction: the deceased, the death and its notice, each beside the register's.
    window.openCorrection(death);
    auto *deathCorrection =
        qobject_cast<CorrectionScreen *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget());
    REQUIRE(deathCorrection);
    auto *time = deathCorrection->findChild<QLineEdit *>(u"death.dateTime"_s);
    time->setFocus();
    time->selectAll();
    typeText(time, u"31/10/2026 23:10"_s);
    save(window, u"13b-correction-death"_s);
}

TEST_CASE("screenshot of the sync screen with the ministry's findings", "[.screenshots]")
{
    useVietnamese();
    TestRegister reg;
    const QUuid first = reg.mustAdd(with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue()));
    const QUuid second = reg.mustAdd(with(with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue()),
                                          u"subject.givenName"_s, u"Bảo"_s));
    PulledChanges pulled(reg.db(), reg.clock());
    REQUIRE(pulled.recordPushed(
        1,
        {SyncFinding{
            first,
            1,
            u"record.numberUsed"_s,
            u"Số 1/2026 của sổ Khai sinh đã được dùng cho hồ sơ khác: số đăng ký không bao giờ được ghi lại"_s,
            u"Number 1/2026 is used by another record"_s,
            {},
            {}}}));
    PulledPage page;
    page.findings << SyncFinding{
        second,
        0,
        u"birth.possibleDuplicate"_s,
        u"Có thể trùng: UBND phường Hoàn Kiếm đã có bản đăng ký khai sinh cho người cùng họ tên, "
        u"ngày sinh và tên mẹ"_s,
        u"Possible duplicate"_s,
        u"00007"_s,
        {}};
    page.idNumbers << IdNumberResult{second,
                                     IdNumberResult::State::NeedsVerification,
                                     {},
                                     u"Cần xác minh nơi sinh"_s,
                                     u"The place of birth needs verifying"_s};
    page.cursor = "c1";
    REQUIRE(pulled.apply(page, reg.officer));

    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(eventually([&] { return window.sync().state() == SyncMonitor::State::NotEnrolled; }));
    QTest::keyClick(&window, Qt::Key_F9, Qt::ShiftModifier);
    REQUIRE(window.syncScreen());
    REQUIRE(eventually([&] { return window.syncScreen()->findings()->rowCount() == 3; }));
    save(window, u"10-sync"_s);
}

TEST_CASE("screenshots of the person picker and of the mother it filled in", "[.screenshots]")
{
    useVietnamese();
    TestRegister reg;
    reg.mustAdd(example(u"birth"_s));
    reg.mustAdd(example(u"marriage"_s));
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.resize(1366, 768);
    showActive(window);

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(window.birthForm());
    auto *motherName = window.birthForm()->findChild<QLineEdit *>(u"mother.fullName"_s);
    motherName->setFocus();
    QTest::keyClick(motherName, Qt::Key_F4);
    PersonPicker *picker = nullptr;
    REQUIRE(eventually([&] {
        picker = qobject_cast<PersonPicker *>(QApplication::activeModalWidget());
        return picker && picker->isVisible();
    }));
    QSignalSpy shown(picker, &PersonPicker::resultsShown);
    QTest::keyClicks(picker->findChild<QLineEdit *>(u"pickerSearch"_s), u"tran"_s);
    REQUIRE(shown.wait(20000));
    save(*picker, u"19-pick-person"_s);

    QTest::keyClick(picker->findChild<QLineEdit *>(u"pickerSearch"_s), Qt::Key_Return);
    REQUIRE(eventually([&] { return QApplication::activeModalWidget() == nullptr; }));
    save(window, u"19b-picked-mother"_s);
}
