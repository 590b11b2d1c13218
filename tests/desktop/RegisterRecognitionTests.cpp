// A parent–child recognition registered from the desktop with the keyboard only, on a real
// register: the core's rule that a parent is at least 10 years older than the child beside the
// parent's date of birth, a refusal that writes nothing, then the record read back through the
// core and the Find screen by the child's name without diacritics.
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "RecognitionForm.h"
#include "RecordScreen.h"
#include "Session.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("register a parent-child recognition with the keyboard only: fix a parent too young, save, find it")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    // Ctrl+Shift+R opens the form in a tab, the cursor on whether the father or the mother is recognised.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    RecognitionForm *form = window.recognitionForm();
    REQUIRE(form);
    CHECK(tabs->currentWidget() == form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Đăng ký nhận cha, mẹ, con"_s);

    REQUIRE(focusedName() == u"parentRole"_s);
    QTest::keyClick(focused(), Qt::Key_Down);
    CHECK(qobject_cast<QComboBox *>(focused())->currentText() == u"Cha"_s);
    tab();
    REQUIRE(focusedName() == u"requestedBy"_s);
    QTest::keyClick(focused(), Qt::Key_Down);
    CHECK(qobject_cast<QComboBox *>(focused())->currentText() == u"Cha, mẹ"_s);
    tab();

    REQUIRE(focusedName() == u"parent.pick"_s); // to pick from the register
    tab();
    typeAt(u"parent.familyName"_s, u"Hoàng"_s);
    tab();
    typeAt(u"parent.middleName"_s, u"Minh"_s);
    tab();
    typeAt(u"parent.givenName"_s, u"Tuấn"_s);
    tab();
    // 2015 for 1990, by a slip: four years older than the child.
    typeAt(u"parent.birthDate"_s, u"11/02/2015"_s);
    tab();
    typeAt(u"parent.ethnicity"_s, u"Kinh"_s);
    tab();
    REQUIRE(focusedName() == u"parent.nationality"_s);
    CHECK(qobject_cast<QLineEdit *>(focused())->text() == u"Việt Nam"_s);
    tab();
    typeAt(u"parent.residence"_s, u"Số 5 ngõ Văn Chương, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    tab();
    REQUIRE(focusedName() == u"parent.idNumber"_s);
    tab();
    REQUIRE(focusedName() == u"parent.idDocument"_s);
    tab();

    REQUIRE(focusedName() == u"child.pick"_s); // to pick from the register
    tab();
    typeAt(u"child.familyName"_s, u"Hoàng"_s);
    tab();
    typeAt(u"child.middleName"_s, u"Gia"_s);
    tab();
    typeAt(u"child.givenName"_s, u"Huy"_s);
    tab();
    typeAt(u"child.birthDate"_s, u"30/06/2019"_s);
    // With both dates typed, the core's rule speaks beside the parent's.
    REQUIRE(eventually([&] { return !form->fieldMessage(u"parent.birthDate"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"parent.birthDate"_s) ==
          u"Người cha (Hoàng Minh Tuấn, sinh 11/02/2015) không thể là cha/mẹ của người sinh 30/06/2019: "
          u"chênh lệch dưới 10 tuổi"_s);
    CHECK(form->findChild<QLabel *>(u"parent.birthDate.message"_s)->styleSheet().contains(u"#b00020"_s));
    tab();
    typeAt(u"child.ethnicity"_s, u"Kinh"_s);
    tab();
    REQUIRE(focusedName() == u"child.nationality"_s);
    tab();
    REQUIRE(focusedName() == u"child.residence"_s);
    tab();
    REQUIRE(focusedName() == u"child.idNumber"_s);
    tab();
    REQUIRE(focusedName() == u"child.idDocument"_s);
    tab();
    REQUIRE(focusedName() == u"declarant.pick"_s); // to pick from the register
    tab();
    typeAt(u"declarant.fullName"_s, u"Hoàng Minh Tuấn"_s);
    tab();
    typeAt(u"declarant.relationship"_s, u"cha"_s);
    tab();
    typeAt(u"declarant.idDocument"_s, u"Thẻ căn cước 001090003333"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    // Enter with the error: refused, nothing written, the cursor back at the parent's date of birth.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK_FALSE(form->isBusy());
    CHECK(form->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"parent.birthDate"_s);
    CHECK(recordCount(f.reg.db()) == 0);

    retype(u"11/02/1990"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"parent.birthDate"_s).isEmpty(); }));

    RecordScreen *record = saveAndOpen(window, *form);
    CHECK(window.recognitionForm() == nullptr);
    CHECK(record->title() == u"Nhận cha, mẹ, con 1/2026"_s);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Nhận cha, mẹ, con 1/2026"_s);
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Hoàng Minh Tuấn – Hoàng Gia Huy"_s);
    CHECK(record->workflowText().contains(u"từ Hoàng Minh Tuấn"_s));

    // In the register as typed, the father a man by his role.
    const QJsonObject saved = registeredContent(f.reg.db(), record->property("recordId").toUuid());
    CHECK(saved.value(u"parentRole"_s).toString() == u"father"_s);
    CHECK(saved.value(u"requestedBy"_s).toString() == u"parent"_s);
    const QJsonObject parent = saved.value(u"parent"_s).toObject();
    CHECK(parent.value(u"birthDate"_s).toString() == u"1990-02-11"_s);
    CHECK(parent.value(u"sex"_s).toString() == u"male"_s);
    CHECK(parent.value(u"residence"_s).toString() ==
          u"Số 5 ngõ Văn Chương, Phường Ba Đình, Thành phố Hà Nội"_s);
    CHECK(saved.value(u"child"_s).toObject().value(u"birthDate"_s).toString() == u"2019-06-30"_s);
    CHECK(saved.value(u"declarant"_s).toObject().value(u"relationship"_s).toString() == u"cha"_s);
    CHECK(recordCount(f.reg.db()) == 1);

    CHECK(findNames(window, u"hoang gia huy"_s) == QStringList{u"Hoàng Minh Tuấn – Hoàng Gia Huy"_s});
}
