// A guardianship registered from the desktop with the keyboard only, on a real register: the Civil
// Code's 18 years for a guardian beside the guardian's date of birth, a refusal that writes
// nothing, then the record read back through the core and the Find screen by the ward's name
// without diacritics; and a guardian the register knows to be dead refused by the register.
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "GuardianshipForm.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"
#include "registry/Workflow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("register a guardianship with the keyboard only: fix a guardian under 18, save, find the ward")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    // Ctrl+Shift+G opens the form in a tab, the cursor in the guardian's family name.
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    GuardianshipForm *form = window.guardianshipForm();
    REQUIRE(form);
    CHECK(tabs->currentWidget() == form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Đăng ký giám hộ"_s);

    typeAt(u"guardian.familyName"_s, u"Vũ"_s);
    tab();
    typeAt(u"guardian.middleName"_s, u"Thị"_s);
    tab();
    typeAt(u"guardian.givenName"_s, u"Mai"_s);
    tab();
    // 2010 for 1975, by a slip: 16 on the registration date.
    typeAt(u"guardian.birthDate"_s, u"09/09/2010"_s);
    tab();
    typeAt(u"guardian.ethnicity"_s, u"Kinh"_s);
    tab();
    REQUIRE(focusedName() == u"guardian.nationality"_s);
    CHECK(qobject_cast<QLineEdit *>(focused())->text() == u"Việt Nam"_s);
    tab();
    typeAt(u"guardian.residence"_s, u"Số 5 ngõ Văn Chương, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    tab();
    REQUIRE(focusedName() == u"guardian.idNumber"_s);
    tab();
    typeAt(u"guardian.idDocument"_s, u"Thẻ căn cước 001175004444"_s);
    tab();

    REQUIRE(focusedName() == u"ward.pick"_s); // to pick from the register
    tab();
    typeAt(u"ward.familyName"_s, u"Đỗ"_s);
    tab();
    typeAt(u"ward.middleName"_s, u"Minh"_s);
    tab();
    typeAt(u"ward.givenName"_s, u"Khang"_s);
    tab();
    typeAt(u"ward.birthDate"_s, u"03/03/2015"_s);
    tab();
    REQUIRE(focusedName() == u"ward.sex"_s);
    QTest::keyClick(focused(), Qt::Key_Down); // Nam
    tab();
    typeAt(u"ward.ethnicity"_s, u"Kinh"_s);
    tab();
    REQUIRE(focusedName() == u"ward.nationality"_s);
    tab();
    REQUIRE(focusedName() == u"ward.residence"_s);
    tab();
    REQUIRE(focusedName() == u"ward.idNumber"_s);
    tab();
    REQUIRE(focusedName() == u"basis"_s);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    CHECK(qobject_cast<QComboBox *>(focused())->currentText() == u"Giám hộ cử"_s);
    // With what the record needs given, the core's rules speak: beside the guardian's date of birth.
    REQUIRE(eventually([&] { return !form->fieldMessage(u"guardian.birthDate"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"guardian.birthDate"_s) ==
          u"Người giám hộ Vũ Thị Mai chưa đủ 18 tuổi vào ngày đăng ký (Bộ luật Dân sự, Điều 49)"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    // Enter with the error: refused, nothing written, the cursor back at the guardian's date of birth.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"guardian.birthDate"_s);
    CHECK(recordCount(f.reg.db()) == 0);

    retype(u"09/09/1975"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"guardian.birthDate"_s).isEmpty(); }));

    RecordScreen *record = saveAndOpen(window, *form);
    CHECK(window.guardianshipForm() == nullptr);
    CHECK(record->title() == u"Giám hộ 1/2026"_s);
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Đỗ Minh Khang – Vũ Thị Mai"_s);
    CHECK(record->workflowText().contains(u"từ Vũ Thị Mai"_s));
    // The schema's choice in the office's words, not its code.
    CHECK(treeTexts(record->findChild<QTreeWidget *>(u"recordContent"_s))
              .contains(u"Hình thức giám hộ | Giám hộ cử"_s));

    const QJsonObject saved = registeredContent(f.reg.db(), record->property("recordId").toUuid());
    CHECK(saved.value(u"basis"_s).toString() == u"appointed"_s);
    CHECK(saved.value(u"guardian"_s).toObject().value(u"birthDate"_s).toString() == u"1975-09-09"_s);
    CHECK(saved.value(u"guardian"_s).toObject().value(u"idDocument"_s).toString() ==
          u"Thẻ căn cước 001175004444"_s);
    CHECK(saved.value(u"ward"_s).toObject().value(u"sex"_s).toString() == u"male"_s);
    CHECK(saved.value(u"ward"_s).toObject().value(u"givenName"_s).toString() == u"Khang"_s);
    CHECK(recordCount(f.reg.db()) == 1);

    CHECK(findNames(window, u"do minh khang"_s) == QStringList{u"Đỗ Minh Khang – Vũ Thị Mai"_s});
}

TEST_CASE(
    "guardianship form: a guardian registered as dead is refused by the register and nothing is written")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    f.reg.mustAdd(example(u"death"_s)); // Phạm Văn Đức, ID 001041000777: 1/2026
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    GuardianshipForm *form = window.guardianshipForm();
    REQUIRE(form);
    typeInto(*form, {{u"guardian.familyName"_s, u"Phạm"_s},
                     {u"guardian.middleName"_s, u"Văn"_s},
                     {u"guardian.givenName"_s, u"Đức"_s},
                     {u"guardian.birthDate"_s, u"15/07/1941"_s},
                     {u"guardian.residence"_s, u"Phường Ba Đình, Thành phố Hà Nội"_s},
                     {u"guardian.idNumber"_s, u"001041000777"_s},
                     {u"ward.familyName"_s, u"Đỗ"_s},
                     {u"ward.givenName"_s, u"Khang"_s},
                     {u"ward.birthDate"_s, u"03/03/2015"_s}});
    form->findChild<QWidget *>(u"basis"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down); // statutory

    // The draft is clean; the register knows the death: the Registrar refuses, the form stays.
    CHECK(saveAnswer(*form).contains(u"đã được đăng ký khai tử"_s));
    CHECK(window.guardianshipForm() == form);
    CHECK(recordCount(f.reg.db()) == 1);
    CHECK(Workflow(f.reg.db(), f.reg.clock()).inProgress()->isEmpty());
}
