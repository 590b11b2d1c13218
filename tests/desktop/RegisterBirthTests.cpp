// A birth registered from the desktop with the keyboard only, on a real register: the core's
// messages under the fields as the officer types, the date of birth in words, a suspected
// duplicate before saving, the register number after; then the file through the signer's queue
// (an officer refused, a signer signing) and found again by the mother's name without diacritics.
#include "BirthForm.h"
#include "DesktopFixtures.h"
#include "FileSteps.h"
#include "FindScreen.h"
#include "FormDriving.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "PlaceField.h"
#include "RecordScreen.h"
#include "Session.h"
#include "SignerQueue.h"
#include "registry/Workflow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {} // namespace

TEST_CASE("register a birth with the keyboard only: fix a wrong date, save, sign, find by the mother")
{
    useVietnamese();
    TestRegister reg;
    addSigner(reg);

    // Log in as the officer.
    Session session{reg.db(), reg.clock(), logIn(reg, u"canbo"_s, u"officer-password"_s)};
    MainWindow window(session);
    showActive(window);
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    // Ctrl+N opens the birth form with the cursor in the child's family name.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = window.birthForm();
    REQUIRE(form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Đăng ký khai sinh"_s);
    CHECK(form->findChild<QLineEdit *>(u"registrationDate"_s)->text() == u"26/11/2026"_s);

    typeAt(u"subject.familyName"_s, u"Nguyễn"_s);
    tab();
    typeAt(u"subject.middleName"_s, u"Văn"_s);
    tab();
    typeAt(u"subject.givenName"_s, u"An"_s);
    tab();

    // 30/02 does not exist: the core says so under the field at once.
    typeAt(u"subject.birthDate"_s, u"30/02/2026"_s);
    const QString impossible = u"Ngày 30/02/2026 không tồn tại (tháng 02 năm 2026 có 28 ngày)"_s;
    REQUIRE(eventually([&] { return !form->fieldMessage(u"subject.birthDate"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"subject.birthDate"_s) == impossible);
    const auto *words = form->findChild<QLabel *>(u"subject.birthDate.words"_s);
    REQUIRE(words);
    CHECK(words->text().isEmpty());
    // Untouched fields say nothing yet.
    CHECK(form->fieldMessage(u"subject.sex"_s).isEmpty());

    // Fixed: the message goes, the date shows in words.
    retype(u"02/11/2026"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"subject.birthDate"_s).isEmpty(); }));
    CHECK(words->text() == u"Bằng chữ: ngày mồng hai tháng mười một năm hai nghìn không trăm hai mươi sáu"_s);
    tab();

    REQUIRE(focusedName() == u"subject.sex"_s);
    QTest::keyClick(focused(), Qt::Key_Down); // Nam
    tab();
    typeAt(u"subject.ethnicity"_s, u"Kinh"_s);
    tab();
    REQUIRE(focusedName() == u"subject.nationality"_s);
    CHECK(qobject_cast<QLineEdit *>(focused())->text() == u"Việt Nam"_s);
    tab();
    typeAt(u"subject.birthPlace"_s, u"Bệnh viện Phụ sản Hà Nội, dong da"_s);
    pickFirstPlace(u"Phường Đống Đa, Thành phố Hà Nội"_s);
    CHECK(qobject_cast<QLineEdit *>(focused())->text() ==
          u"Bệnh viện Phụ sản Hà Nội, Phường Đống Đa, Thành phố Hà Nội"_s);
    tab();
    REQUIRE(focusedName() == u"subject.hometown"_s);
    tab();
    REQUIRE(focusedName() == u"subject.idNumber"_s);
    tab();
    // Each person's group starts with its button to pick them from the register (not used here).
    REQUIRE(focusedName() == u"mother.pick"_s);
    tab();

    // The mother, typed; the father left out (Tab past his fields).
    typeAt(u"mother.fullName"_s, u"Trần Thị Bình"_s);
    tab();
    typeAt(u"mother.birthDate"_s, u"1998"_s);
    tab();
    typeAt(u"mother.ethnicity"_s, u"Kinh"_s);
    tab();
    tab(); // nationality: Việt Nam
    typeAt(u"mother.residence"_s, u"Số 12 phố Kim Mã, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    tab();
    REQUIRE(focusedName() == u"mother.idNumber"_s);
    tab();
    REQUIRE(focusedName() == u"father.pick"_s);
    tab();
    REQUIRE(focusedName() == u"father.fullName"_s);
    for (int i = 0; i < 6; ++i)
        tab();
    REQUIRE(focusedName() == u"declarant.pick"_s);
    tab();
    typeAt(u"declarant.fullName"_s, u"Trần Thị Bình"_s);
    tab();
    typeAt(u"declarant.relationship"_s, u"mẹ"_s);
    tab();
    typeAt(u"declarant.idDocument"_s, u"Thẻ căn cước 001198012345"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    // Enter saves, on the register's thread: the form waits, then the record opens with its number.
    QSignalSpy registered(form, &BirthForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->isBusy());
    REQUIRE(registered.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] { return window.birthForm() == nullptr; }));
    auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    CHECK(record->title() == u"Khai sinh 1/2026"_s);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Khai sinh 1/2026"_s);
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Nguyễn Văn An"_s);
    CHECK(record->workflowText().startsWith(
        u"Hồ sơ: đã ghi vào Sổ · tiếp nhận 26/11/2026 từ Trần Thị Bình · hạn giải quyết 26/11/2026"_s));

    // The cursor is in the record (its content); the certificate printed (the print screen comes
    // with printing): Shift+Tab to the step, Space.
    REQUIRE(eventually([&] { return focusedName() == u"recordContent"_s; }));
    QSignalSpy stepped(record, &RecordScreen::stepFinished);
    QTest::keyClick(focused(), Qt::Key_Backtab);
    REQUIRE(focusedName() == u"nextStep"_s);
    QTest::keyClick(focused(), Qt::Key_Space);
    REQUIRE(stepped.wait(kAnswerWaitMs));
    CHECK(record->workflowText().startsWith(u"Hồ sơ: đã in, chờ ký"_s));
    // The history: the registration, then the file's steps, each with who took it.
    const QStringList history = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    REQUIRE(history.size() == 4);
    const QString at = reg.clock().now().toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s); // shown in local time
    CHECK(history == QStringList{at + u" | Đăng ký | canbo"_s, at + u" | Hồ sơ: đã tiếp nhận | canbo"_s,
                                 at + u" | Hồ sơ: đã ghi vào Sổ | canbo"_s,
                                 at + u" | Hồ sơ: đã in, chờ ký | canbo"_s});

    // The officer opens the signer's queue: the file waits with its due date; "Ký" is refused by the core.
    SignerQueue *queue = openQueue(window);
    CHECK(queue->messageText() == u"1 hồ sơ chờ ký."_s);
    auto *files = queue->findChild<QTableWidget *>(u"queueFiles"_s);
    CHECK(columnTexts(files->model(), SignerQueue::DueColumn) == QStringList{u"26/11/2026"_s});
    CHECK(columnTexts(files->model(), SignerQueue::NumberColumn) == QStringList{u"1/2026"_s});
    CHECK(columnTexts(files->model(), SignerQueue::NamesColumn) == QStringList{u"Nguyễn Văn An"_s});
    signWithKeyboard(queue);
    CHECK(queue->messageText() == u"Tài khoản canbo (công chức tư pháp – hộ tịch) không có quyền này: cần "
                                  u"vai trò người ký (Chủ tịch/Phó Chủ tịch UBND)"_s);
    CHECK(columnTexts(files->model(), SignerQueue::NumberColumn) == QStringList{u"1/2026"_s});
    window.close();

    // The chair logs in and signs: the queue empties.
    Session chair{reg.db(), reg.clock(), logIn(reg, u"chutich"_s, u"signer-password"_s)};
    MainWindow signerWindow(chair);
    showActive(signerWindow);
    SignerQueue *signerQueue = openQueue(signerWindow);
    CHECK(signerQueue->messageText() == u"1 hồ sơ chờ ký."_s);
    QSignalSpy refreshed(signerQueue, &SignerQueue::refreshed);
    signWithKeyboard(signerQueue);
    REQUIRE(refreshed.wait(kAnswerWaitMs));
    CHECK(signerQueue->messageText() == u"Khai sinh 1/2026 đã được ký. Không có hồ sơ nào chờ ký."_s);
    CHECK(signerQueue->findChild<QTableWidget *>(u"queueFiles"_s)->rowCount() == 0);
    const auto inCore = Workflow(reg.db(), reg.clock()).inProgress();
    REQUIRE(inCore->size() == 1);
    CHECK(inCore->constFirst().state == FileState::Signed);
    const auto status = Workflow(reg.db(), reg.clock()).status(inCore->constFirst().id);
    REQUIRE(status->steps.size() == 4);
    CHECK(status->steps.at(3).byLogin == u"chutich"_s);

    // Found by the mother's name typed without diacritics (Ctrl+F).
    QTest::keyClick(&signerWindow, Qt::Key_F, Qt::ControlModifier);
    FindScreen *find = signerWindow.findScreen();
    auto *box = find->findChild<QLineEdit *>(u"searchBox"_s);
    REQUIRE(box->hasFocus());
    QSignalSpy shown(find, &FindScreen::resultsShown);
    QTest::keyClicks(box, u"tran thi binh"_s);
    REQUIRE(shown.wait(kAnswerWaitMs));
    auto *results = find->findChild<QTableWidget *>(u"results"_s);
    CHECK(columnTexts(results->model(), FindScreen::NamesColumn) == QStringList{u"Nguyễn Văn An"_s});
    CHECK(columnTexts(results->model(), FindScreen::NumberColumn) == QStringList{u"1/2026"_s});
}

TEST_CASE("birth form: a suspected duplicate is shown with the registered birth before saving")
{
    useVietnamese();
    TestRegister reg;
    reg.mustAdd(example(u"birth"_s)); // Nguyễn Văn An, 02/11/2026, mother Trần Thị Bình: 1/2026
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = window.birthForm();
    REQUIRE(form);
    typeInto(*form, {{u"subject.familyName"_s, u"Nguyễn"_s},
                     {u"subject.middleName"_s, u"Văn"_s},
                     {u"subject.givenName"_s, u"An"_s},
                     {u"subject.birthDate"_s, u"2/11/2026"_s},
                     {u"subject.ethnicity"_s, u"Kinh"_s},
                     {u"subject.birthPlace"_s, u"Bệnh viện Phụ sản Hà Nội"_s},
                     {u"mother.fullName"_s, u"Trần Thị Bình"_s},
                     {u"declarant.fullName"_s, u"Trần Thị Bình"_s},
                     {u"declarant.relationship"_s, u"mẹ"_s}});
    form->findChild<QWidget *>(u"subject.sex"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down);

    QSignalSpy answered(form, &BirthForm::answered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(answered.wait(kAnswerWaitMs));
    REQUIRE(form->shownDuplicates().size() == 1);
    CHECK(form->findChild<QGroupBox *>(u"duplicates"_s)->isVisible());
    auto *table = form->findChild<QTableWidget *>(u"duplicateCandidates"_s);
    CHECK(columnTexts(table->model(), 0) == QStringList{u"(bản đăng ký này)"_s, u"1/2026"_s});
    CHECK(columnTexts(table->model(), 2) == QStringList{u"Nguyễn Văn An"_s, u"Nguyễn Văn An"_s});
    CHECK(columnTexts(table->model(), 3) == QStringList{u"02/11/2026"_s, u"02/11/2026"_s});
    CHECK(columnTexts(table->model(), 4) == QStringList{u"Trần Thị Bình"_s, u"Trần Thị Bình"_s});
    CHECK(form->messageText().startsWith(u"Đã có 1 trẻ cùng họ tên, ngày sinh và tên mẹ được đăng ký"_s));

    // Enter again registers it anyway: the second birth of the year.
    QSignalSpy registered(form, &BirthForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(registered.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] {
        return qobject_cast<RecordScreen *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget());
    }));
    CHECK(qobject_cast<RecordScreen *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget())
              ->title() == u"Khai sinh 2/2026"_s);
}

TEST_CASE("birth form: Escape asks before discarding what was typed and saving refuses errors")
{
    useVietnamese();
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    showActive(window);
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    SECTION("an empty form closes at once")
    {
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        REQUIRE(window.birthForm());
        QTest::keyClick(focused(), Qt::Key_Escape);
        REQUIRE(eventually([&] { return window.birthForm() == nullptr; }));
        CHECK(tabs->count() == MainWindow::kFixedScreens);
    }

    SECTION("a typed form asks: keep editing, then discard")
    {
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        BirthForm *form = window.birthForm();
        REQUIRE(form);
        typeText(focused(), u"Lê"_s);

        // Enter with errors: nothing is saved, every field's message shows, the cursor goes to the first.
        QTest::keyClick(focused(), Qt::Key_Return);
        CHECK_FALSE(form->isBusy());
        CHECK(form->messageText().startsWith(u"Hãy sửa"_s));
        CHECK_FALSE(form->fieldMessage(u"subject.givenName"_s).isEmpty());
        CHECK(focusedName() == u"subject.givenName"_s);

        QMessageBox *box = escapeQuestion(*form, focused());
        CHECK(box->text() == u"Bỏ những gì đã nhập trong tờ khai sinh này?"_s);
        QTest::keyClick(box, Qt::Key_Escape); // keep editing
        REQUIRE(eventually([&] { return form->findChild<QMessageBox *>(u"discardQuestion"_s) == nullptr; }));
        CHECK(window.birthForm() == form);

        box = escapeQuestion(*form, form->findChild<QWidget *>(u"subject.givenName"_s));
        QTest::keyClick(box->button(QMessageBox::Discard), Qt::Key_Space);
        REQUIRE(eventually([&] { return window.birthForm() == nullptr; }));
        CHECK(tabs->count() == MainWindow::kFixedScreens);
        CHECK(Workflow(reg.db(), reg.clock()).inProgress()->isEmpty());
    }
}

TEST_CASE("birth form: a place composed by an input method is completed once committed, letters not doubled")
{
    useVietnamese();
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = window.birthForm();
    REQUIRE(form);
    auto *place = form->findChild<PlaceField *>(u"mother.residence"_s);
    REQUIRE(place);
    place->setFocus();
    typeText(place, u"Số 12 phố Kim Mã, "_s);
    // Telex "Ba Ddinhf": the pre-edit grows without changing the text or offering anything …
    for (const QString &preedit : {u"B"_s, u"Ba"_s}) {
        QInputMethodEvent event(preedit, {});
        QApplication::sendEvent(place, &event);
        CHECK(place->text() == u"Số 12 phố Kim Mã, "_s);
        CHECK(place->offered().isEmpty());
    }
    QInputMethodEvent ba;
    ba.setCommitString(u"Ba "_s);
    QApplication::sendEvent(place, &ba);
    for (const QString &preedit : {u"D"_s, u"Dd"_s, u"Đi"_s, u"Đin"_s, u"Đinh"_s}) {
        QInputMethodEvent event(preedit, {});
        QApplication::sendEvent(place, &event);
    }
    QInputMethodEvent dinh;
    dinh.setCommitString(u"Đình"_s);
    QApplication::sendEvent(place, &dinh);
    // … the committed word is there once, and the units are offered for it.
    CHECK(place->text() == u"Số 12 phố Kim Mã, Ba Đình"_s);
    REQUIRE_FALSE(place->offered().isEmpty());
    CHECK(place->offered().constFirst() == u"Phường Ba Đình, Thành phố Hà Nội"_s);
    CHECK(place->offered().contains(u"Xã Ba Đình, Tỉnh Thanh Hoá"_s));
    REQUIRE(eventually([&] { return place->completer()->popup()->isVisible(); }));
    QTest::keyClick(place->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(place->completer()->popup(), Qt::Key_Return);
    CHECK(place->text() == u"Số 12 phố Kim Mã, Phường Ba Đình, Thành phố Hà Nội"_s);
}

TEST_CASE("birth form: a late registration is a warning beside the registration date and saving goes on")
{
    useVietnamese();
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = window.birthForm();
    REQUIRE(form);
    typeInto(*form, {{u"subject.familyName"_s, u"Lê"_s},
                     {u"subject.givenName"_s, u"Khoa"_s},
                     {u"subject.birthDate"_s, u"01/08/2026"_s},
                     {u"subject.ethnicity"_s, u"Kinh"_s},
                     {u"subject.birthPlace"_s, u"Phường Ba Đình, Thành phố Hà Nội"_s},
                     {u"declarant.fullName"_s, u"Lê Văn Hùng"_s}});
    form->findChild<QWidget *>(u"subject.sex"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down);
    // 117 days after the birth: the law's 60 days are past. A warning, in the core's words.
    REQUIRE(eventually([&] { return !form->fieldMessage(u"registrationDate"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"registrationDate"_s) ==
          u"Đăng ký khai sinh quá hạn: 117 ngày sau ngày sinh (hạn 60 ngày)"_s);
    CHECK(form->findChild<QLabel *>(u"registrationDate.message"_s)->styleSheet().contains(u"#8a5a00"_s));

    QSignalSpy registered(form, &BirthForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(registered.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] { return window.birthForm() == nullptr; }));
}
