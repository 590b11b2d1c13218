// A marriage registered from the desktop with the keyboard only, on a real register: the wife
// first as on the certificate, the law's ages (18 for the woman, 20 for the man) beside the dates
// of birth as the officer types, a refusal that leaves the register as it was, then the record and
// the Find screen by either spouse's name without diacritics.
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "MarriageForm.h"
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

TEST_CASE("register a marriage with the keyboard only: fix a spouse under the legal age, save, find both")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    // Ctrl+Shift+M opens the marriage form in a tab, the cursor in the wife's family name.
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    MarriageForm *form = window.marriageForm();
    REQUIRE(form);
    CHECK(tabs->currentWidget() == form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Đăng ký kết hôn"_s);

    typeAt(u"wife.familyName"_s, u"Lê"_s);
    tab();
    typeAt(u"wife.middleName"_s, u"Thị"_s);
    tab();
    typeAt(u"wife.givenName"_s, u"Cúc"_s);
    tab();
    // Born 2010, by a slip: 16 on the registration date.
    typeAt(u"wife.birthDate"_s, u"17/05/2010"_s);
    tab();
    typeAt(u"wife.ethnicity"_s, u"Tày"_s);
    tab();
    REQUIRE(focusedName() == u"wife.nationality"_s);
    CHECK(qobject_cast<QLineEdit *>(focused())->text() == u"Việt Nam"_s);
    tab();
    typeAt(u"wife.residence"_s, u"Số 3 phố Đội Cấn, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    tab();
    REQUIRE(focusedName() == u"wife.idNumber"_s);
    tab();
    typeAt(u"wife.idDocument"_s, u"Thẻ căn cước 008302002222, Bộ Công an cấp ngày 15/08/2024"_s);
    tab();

    // Then the husband, born 2007: 19, under the man's 20 (past the button that picks him from
    // the register).
    REQUIRE(focusedName() == u"husband.pick"_s);
    tab();
    typeAt(u"husband.familyName"_s, u"Trần"_s);
    tab();
    typeAt(u"husband.middleName"_s, u"Văn"_s);
    tab();
    typeAt(u"husband.givenName"_s, u"Bảo"_s);
    tab();
    typeAt(u"husband.birthDate"_s, u"01/01/2007"_s);
    tab();
    typeAt(u"husband.ethnicity"_s, u"Kinh"_s);
    tab();
    tab(); // nationality: Việt Nam
    typeAt(u"husband.residence"_s, u"Số 8 phố Kim Mã, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    // With what the record needs typed, the core's rules speak: each age beside its date of birth,
    // in the core's words.
    REQUIRE(eventually([&] { return !form->fieldMessage(u"husband.birthDate"_s).isEmpty(); }));
    CHECK(
        form->fieldMessage(u"wife.birthDate"_s) ==
        u"Người vợ (Lê Thị Cúc, sinh 17/05/2010) chưa đủ 18 tuổi vào ngày đăng ký 26/11/2026; đủ 18 tuổi từ "
        u"ngày 17/05/2028"_s);
    CHECK(form->fieldMessage(u"husband.birthDate"_s) == u"Người chồng (Trần Văn Bảo, sinh 01/01/2007) chưa "
                                                        u"đủ 20 tuổi vào ngày đăng ký 26/11/2026; đủ 20 tuổi "
                                                        u"từ ngày 01/01/2027"_s);
    CHECK(form->findChild<QLabel *>(u"wife.birthDate.message"_s)->styleSheet().contains(u"#b00020"_s));
    tab();
    REQUIRE(focusedName() == u"husband.idNumber"_s);
    tab();
    typeAt(u"husband.idDocument"_s, u"Thẻ căn cước 001200001111, Bộ Công an cấp ngày 01/07/2024"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);
    CHECK(qobject_cast<QLineEdit *>(focused())->text() == u"26/11/2026"_s);

    // Enter with both under age: refused, nothing written, the cursor at the first error (the wife's).
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK_FALSE(form->isBusy());
    CHECK(form->messageText() == u"Hãy sửa 2 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"wife.birthDate"_s);
    CHECK(recordCount(f.reg.db()) == 0);
    retype(u"17/05/2002"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"wife.birthDate"_s).isEmpty(); }));

    // Enter again: one error left, the cursor at the husband's date of birth.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"husband.birthDate"_s);
    CHECK(recordCount(f.reg.db()) == 0);
    retype(u"01/01/2000"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"husband.birthDate"_s).isEmpty(); }));
    CHECK(form->messageText().isEmpty()); // the errors it asked to fix are fixed

    // Enter saves on the register's thread; the record opens in its tab.
    QSignalSpy registered(form, &RegistrationForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->isBusy());
    REQUIRE(registered.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] { return window.marriageForm() == nullptr; }));
    auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    CHECK(record->title() == u"Kết hôn 1/2026"_s);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Kết hôn 1/2026"_s);
    const QString names = record->findChild<QLabel *>(u"recordNames"_s)->text();
    CHECK(names.contains(u"Lê Thị Cúc"_s));
    CHECK(names.contains(u"Trần Văn Bảo"_s));
    CHECK(record->workflowText().startsWith(
        u"Hồ sơ: đã ghi vào Sổ · tiếp nhận 26/11/2026 từ Lê Thị Cúc, Trần Văn Bảo"_s));
    CHECK(recordCount(f.reg.db()) == 1);

    // Found by the wife's name and by the husband's, typed without diacritics.
    CHECK(findNames(window, u"le thi cuc"_s) == QStringList{names});
    CHECK(findNames(window, u"tran van bao"_s) == QStringList{names});
}

TEST_CASE("marriage form: a spouse married already is refused by the register and nothing is written")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    f.reg.mustAdd(example(u"marriage"_s)); // Trần Văn Bảo and Lê Thị Cúc, 20/11/2026: 1/2026
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    MarriageForm *form = window.marriageForm();
    REQUIRE(form);
    // He marries again, another woman, while the register has him married.
    typeInto(*form, {{u"wife.familyName"_s, u"Hoàng"_s},
                     {u"wife.givenName"_s, u"Mai"_s},
                     {u"wife.birthDate"_s, u"03/03/2003"_s},
                     {u"wife.residence"_s, u"Phường Ba Đình, Thành phố Hà Nội"_s},
                     {u"husband.familyName"_s, u"Trần"_s},
                     {u"husband.middleName"_s, u"Văn"_s},
                     {u"husband.givenName"_s, u"Bảo"_s},
                     {u"husband.birthDate"_s, u"01/01/2000"_s},
                     {u"husband.idNumber"_s, u"001200001111"_s},
                     {u"husband.residence"_s, u"Phường Ba Đình, Thành phố Hà Nội"_s}});
    form->findChild<QWidget *>(u"registrationDate"_s)->setFocus();

    CHECK(saveAnswer(*form).contains(u"Trần Văn Bảo đang có vợ/chồng theo Sổ hộ tịch"_s));
    CHECK(window.marriageForm() == form);
    CHECK(recordCount(f.reg.db()) == 1);
    CHECK(Workflow(f.reg.db(), f.reg.clock()).inProgress()->isEmpty());
}

TEST_CASE("marriage form: Escape asks before discarding what was typed")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    MarriageForm *form = window.marriageForm();
    REQUIRE(form);
    typeText(focused(), u"Lê"_s);
    QMessageBox *box = escapeQuestion(*form, focused());
    CHECK(box->text() == u"Bỏ những gì đã nhập trong tờ khai đăng ký kết hôn này?"_s);
    QTest::keyClick(box->button(QMessageBox::Discard), Qt::Key_Space);
    REQUIRE(eventually([&] { return window.marriageForm() == nullptr; }));
    CHECK(window.findChild<QTabWidget *>(u"screens"_s)->count() == MainWindow::kFixedScreens);
    CHECK(recordCount(f.reg.db()) == 0);
}
