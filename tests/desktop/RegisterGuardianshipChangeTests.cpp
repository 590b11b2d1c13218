// A change of guardian registered from the guardianship's record with the keyboard only, on a
// real register: a new guardian under 18 beside the date of birth, a refusal that writes nothing,
// then the record naming the new guardian, read back through the core, and found by the new
// guardian's name without diacritics.
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "GuardianshipChangeForm.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("change a guardian from the record with the keyboard only: fix a guardian under 18, save, find")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    const QUuid guardianship = f.reg.mustAdd(example(u"guardianship"_s)); // Giám hộ 1/2026
    window.openRecord(guardianship);
    REQUIRE(qobject_cast<RecordScreen *>(tabs->currentWidget()));

    // Ctrl+Shift+N (Thay đổi người giám hộ) opens the form, the cursor in the new guardian's family name.
    QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *form = qobject_cast<GuardianshipChangeForm *>(tabs->currentWidget());
    REQUIRE(form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Thay đổi giám hộ"_s);

    typeAt(u"newGuardian.familyName"_s, u"Vũ"_s);
    tab();
    typeAt(u"newGuardian.middleName"_s, u"Văn"_s);
    tab();
    typeAt(u"newGuardian.givenName"_s, u"Hải"_s);
    tab();
    // 2010 for 1970, by a slip: 16 on the registration date.
    typeAt(u"newGuardian.birthDate"_s, u"04/04/2010"_s);
    tab();
    REQUIRE(focusedName() == u"newGuardian.sex"_s);
    QTest::keyClick(focused(), Qt::Key_Down); // Nam
    tab();
    typeAt(u"newGuardian.ethnicity"_s, u"Kinh"_s);
    tab();
    REQUIRE(focusedName() == u"newGuardian.nationality"_s);
    tab();
    typeAt(u"newGuardian.residence"_s, u"Số 5 ngõ Văn Chương, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    tab();
    REQUIRE(focusedName() == u"newGuardian.idNumber"_s);
    tab();
    REQUIRE(focusedName() == u"newGuardian.idDocument"_s);
    tab();
    typeAt(u"reason"_s, u"Người giám hộ cũ chuyển công tác ra nước ngoài"_s);
    // With what the record needs given, the core's rules speak: beside the new guardian's date of birth.
    REQUIRE(eventually([&] { return !form->fieldMessage(u"newGuardian.birthDate"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"newGuardian.birthDate"_s) ==
          u"Người giám hộ Vũ Văn Hải chưa đủ 18 tuổi vào ngày đăng ký (Bộ luật Dân sự, Điều 49)"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"newGuardian.birthDate"_s);
    CHECK(recordCount(f.reg.db()) == 1);

    retype(u"04/04/1970"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"newGuardian.birthDate"_s).isEmpty(); }));

    // Saved, the guardianship's record shows again with the new guardian.
    RecordScreen *record = saveAndOpen(window, *form);
    CHECK(record->property("recordId").toUuid() == guardianship);
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Đỗ Minh Khang – Vũ Văn Hải"_s);
    CHECK(recordCount(f.reg.db()) == 2);

    const QJsonObject guardian = registeredContent(f.reg.db(), guardianship).value(u"guardian"_s).toObject();
    CHECK(guardian.value(u"middleName"_s).toString() == u"Văn"_s);
    CHECK(guardian.value(u"givenName"_s).toString() == u"Hải"_s);
    CHECK(guardian.value(u"birthDate"_s).toString() == u"1970-04-04"_s);
    CHECK_FALSE(guardian.contains(u"idDocument"_s)); // nothing of the old guardian remains

    CHECK(findNames(window, u"vu van hai"_s).contains(u"Đỗ Minh Khang – Vũ Văn Hải"_s));
}
