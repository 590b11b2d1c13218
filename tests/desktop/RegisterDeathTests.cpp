// A death registered from the desktop with the keyboard only, on a real register: the core's
// messages beside the fields as the officer types (a death after the registration date), the date
// of death in words, a refusal that leaves the register as it was, then the record and the Find
// screen by the deceased's and the declarant's names without diacritics.
#include "DeathForm.h"
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"
#include "registry/Workflow.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("register a death with the keyboard only: fix a death after the registration date, save, find it")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    // Ctrl+Shift+D opens the death form in a tab, the cursor in the deceased's family name.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    DeathForm *form = window.deathForm();
    REQUIRE(form);
    CHECK(tabs->currentWidget() == form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Đăng ký khai tử"_s);
    CHECK(form->findChild<QLineEdit *>(u"registrationDate"_s)->text() == u"26/11/2026"_s);

    typeAt(u"subject.familyName"_s, u"Phạm"_s);
    tab();
    typeAt(u"subject.middleName"_s, u"Văn"_s);
    tab();
    typeAt(u"subject.givenName"_s, u"Đức"_s);
    tab();
    typeAt(u"subject.birthDate"_s, u"15/07/1941"_s);
    tab();
    REQUIRE(focusedName() == u"subject.sex"_s);
    QTest::keyClick(focused(), Qt::Key_Down); // Nam
    tab();
    typeAt(u"subject.ethnicity"_s, u"Kinh"_s);
    tab();
    REQUIRE(focusedName() == u"subject.nationality"_s);
    CHECK(qobject_cast<QLineEdit *>(focused())->text() == u"Việt Nam"_s);
    tab();
    typeAt(u"subject.residence"_s, u"Số 5 ngõ Văn Chương, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    tab();
    typeAt(u"subject.idNumber"_s, u"001041000777"_s);
    tab();
    REQUIRE(focusedName() == u"subject.idDocument"_s);
    tab();

    // Tomorrow, by a slip: a death after the registration date.
    typeAt(u"death.dateTime"_s, u"27/11/2026"_s);
    tab();
    typeAt(u"death.dateTime.time"_s, u"14:30"_s);
    tab();
    typeAt(u"death.place"_s, u"Bệnh viện Bạch Mai, dong da"_s);
    pickFirstPlace(u"Phường Đống Đa, Thành phố Hà Nội"_s);
    tab();
    typeAt(u"death.cause"_s, u"Bệnh già"_s);
    tab();
    REQUIRE(focusedName() == u"deathNotice.type"_s); // Giấy báo tử, the usual paper
    tab();
    typeAt(u"deathNotice.number"_s, u"1234/GBT"_s);
    tab();
    typeAt(u"deathNotice.issuer"_s, u"Bệnh viện Bạch Mai"_s);
    tab();
    typeAt(u"deathNotice.date"_s, u"20/11/2026"_s);
    tab();
    REQUIRE(focusedName() == u"declarant.pick"_s); // to pick the declarant from the register
    tab();
    typeAt(u"declarant.fullName"_s, u"Phạm Thị Lan"_s);
    // With what the record needs typed, the core's rules speak: in its words, beside the field.
    REQUIRE(eventually([&] { return !form->fieldMessage(u"death.dateTime"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"death.dateTime"_s) == u"Ngày chết 27/11/2026 ở sau ngày đăng ký 26/11/2026"_s);
    CHECK(form->findChild<QLabel *>(u"death.dateTime.message"_s)->styleSheet().contains(u"#b00020"_s));
    tab();
    typeAt(u"declarant.relationship"_s, u"con"_s);
    tab();
    typeAt(u"declarant.idDocument"_s, u"Thẻ căn cước 001170002222"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    // Enter with the error: refused, nothing written, the cursor back at the date of death.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK_FALSE(form->isBusy());
    CHECK(form->messageText() == u"Hãy sửa 2 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(form->fieldMessage(u"deathNotice.date"_s) ==
          u"Giấy báo tử cấp ngày 20/11/2026, trước ngày chết 27/11/2026"_s);
    CHECK(focusedName() == u"death.dateTime"_s);
    CHECK(recordCount(f.reg.db()) == 0);

    // Fixed: the messages go, the date shows in words.
    retype(u"20/11/2026"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"death.dateTime"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"deathNotice.date"_s).isEmpty());
    CHECK(form->findChild<QLabel *>(u"death.dateTime.words"_s)->text() ==
          u"Bằng chữ: ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi sáu"_s);
    CHECK(form->record().value(u"death"_s).toObject().value(u"dateTime"_s).toString() ==
          u"2026-11-20T14:30"_s);

    // Enter saves on the register's thread; the record opens in its tab.
    QSignalSpy registered(form, &RegistrationForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->isBusy());
    REQUIRE(registered.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] { return window.deathForm() == nullptr; }));
    auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    CHECK(record->title() == u"Khai tử 1/2026"_s);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Khai tử 1/2026"_s);
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Phạm Văn Đức"_s);
    CHECK(
        record->workflowText().startsWith(u"Hồ sơ: đã ghi vào Sổ · tiếp nhận 26/11/2026 từ Phạm Thị Lan"_s));
    CHECK(recordCount(f.reg.db()) == 1);

    // Found by the deceased's name, and by the declarant's, typed without diacritics.
    CHECK(findNames(window, u"pham van duc"_s) == QStringList{u"Phạm Văn Đức"_s});
    CHECK(findNames(window, u"pham thi lan"_s) == QStringList{u"Phạm Văn Đức"_s});
}

TEST_CASE("death form: a death already registered is refused by the register and nothing is written")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    f.reg.mustAdd(example(u"death"_s)); // Phạm Văn Đức, born 15/07/1941: 1/2026
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    DeathForm *form = window.deathForm();
    REQUIRE(form);
    typeInto(*form, {{u"subject.familyName"_s, u"Phạm"_s},
                     {u"subject.middleName"_s, u"Văn"_s},
                     {u"subject.givenName"_s, u"Đức"_s},
                     {u"subject.birthDate"_s, u"15/07/1941"_s},
                     {u"subject.idNumber"_s, u"001041000777"_s},
                     {u"death.dateTime"_s, u"20/11/2026"_s},
                     {u"death.place"_s, u"Bệnh viện Bạch Mai"_s},
                     {u"deathNotice.issuer"_s, u"Bệnh viện Bạch Mai"_s},
                     {u"declarant.fullName"_s, u"Phạm Thị Lan"_s}});
    form->findChild<QWidget *>(u"subject.sex"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down);

    // The draft is clean; the register knows the death: the Registrar refuses, the form stays.
    CHECK(saveAnswer(*form).contains(u"đã được đăng ký khai tử"_s));
    CHECK(window.deathForm() == form);
    CHECK(recordCount(f.reg.db()) == 1);
    CHECK(Workflow(f.reg.db(), f.reg.clock()).inProgress()->isEmpty());
}

TEST_CASE("death form: Escape asks before discarding what was typed")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    DeathForm *form = window.deathForm();
    REQUIRE(form);
    typeText(focused(), u"Phạm"_s);

    QMessageBox *box = escapeQuestion(*form, focused());
    CHECK(box->text() == u"Bỏ những gì đã nhập trong tờ khai tử này?"_s);
    QTest::keyClick(box, Qt::Key_Escape); // keep editing
    REQUIRE(eventually([&] { return form->findChild<QMessageBox *>(u"discardQuestion"_s) == nullptr; }));
    CHECK(window.deathForm() == form);

    box = escapeQuestion(*form, form->findChild<QWidget *>(u"subject.familyName"_s));
    QTest::keyClick(box->button(QMessageBox::Discard), Qt::Key_Space);
    REQUIRE(eventually([&] { return window.deathForm() == nullptr; }));
    CHECK(tabs->count() == MainWindow::kFixedScreens);
    CHECK(recordCount(f.reg.db()) == 0);
}

TEST_CASE(
    "death form: past the 15 days the law gives, a warning beside the registration date and saving goes on")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    DeathForm *form = window.deathForm();
    REQUIRE(form);
    form->findChild<QWidget *>(u"subject.sex"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down);
    typeInto(*form, {{u"subject.familyName"_s, u"Vũ"_s},
                     {u"subject.givenName"_s, u"Hải"_s},
                     {u"death.dateTime"_s, u"1/11/2026"_s},
                     {u"death.place"_s, u"Phường Ba Đình, Thành phố Hà Nội"_s},
                     {u"deathNotice.issuer"_s, u"Trạm y tế phường Ba Đình"_s},
                     {u"declarant.fullName"_s, u"Vũ Thị Hằng"_s}});
    REQUIRE(eventually([&] { return !form->fieldMessage(u"registrationDate"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"registrationDate"_s) ==
          u"Đăng ký khai tử quá hạn: 25 ngày sau ngày chết (hạn 15 ngày)"_s);
    CHECK(form->findChild<QLabel *>(u"registrationDate.message"_s)->styleSheet().contains(u"#8a5a00"_s));

    QSignalSpy registered(form, &RegistrationForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(registered.wait(kAnswerWaitMs));
    CHECK(recordCount(f.reg.db()) == 1);
}
