// A marital-status certificate registered from the desktop with the keyboard only, on a real
// register: a period of residence that ends before it starts beside its end, a refusal that
// writes nothing, then the record read back through the core and the Find screen by the person's
// name without diacritics; and "never married" refused when the register shows a marriage.
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "MaritalStatusForm.h"
#include "RecordScreen.h"
#include "Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("certify a marital status with the keyboard only: fix a period of residence, save, find the person")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    // Ctrl+Shift+T opens the form in a tab, the cursor in the person's family name.
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    MaritalStatusForm *form = window.maritalStatusForm();
    REQUIRE(form);
    CHECK(tabs->currentWidget() == form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Xác nhận tình trạng hôn nhân"_s);

    typeAt(u"subject.familyName"_s, u"Ngô"_s);
    tab();
    typeAt(u"subject.middleName"_s, u"Thị"_s);
    tab();
    typeAt(u"subject.givenName"_s, u"Hà"_s);
    tab();
    typeAt(u"subject.birthDate"_s, u"12/04/1996"_s);
    tab();
    REQUIRE(focusedName() == u"subject.sex"_s);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down); // Nữ
    tab();
    typeAt(u"subject.ethnicity"_s, u"Kinh"_s);
    tab();
    REQUIRE(focusedName() == u"subject.nationality"_s);
    tab();
    typeAt(u"subject.residence"_s, u"Số 5 ngõ Văn Chương, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    tab();
    typeAt(u"subject.idNumber"_s, u"001196005555"_s);
    tab();
    REQUIRE(focusedName() == u"subject.idDocument"_s);
    tab();

    typeAt(u"residencePeriod.from"_s, u"01/2020"_s);
    tab();
    // 2019 for 2026, by a slip: the period ends before it starts.
    typeAt(u"residencePeriod.to"_s, u"2019"_s);
    tab();
    REQUIRE(focusedName() == u"residencePeriod.place"_s);
    tab();
    REQUIRE(focusedName() == u"status"_s);
    QTest::keyClick(focused(), Qt::Key_Down);
    CHECK(qobject_cast<QComboBox *>(focused())->currentText() == u"Chưa đăng ký kết hôn với ai"_s);
    tab();
    REQUIRE(focusedName() == u"spouse.fullName"_s);
    tab();
    REQUIRE(focusedName() == u"spouse.marriageCertificate.number"_s);
    tab();
    REQUIRE(focusedName() == u"spouse.marriageCertificate.issuer"_s);
    tab();
    REQUIRE(focusedName() == u"spouse.marriageCertificate.date"_s);
    tab();
    typeAt(u"purpose"_s, u"Để đăng ký kết hôn"_s);
    // With what the record needs given, the core's rules speak: beside the period's end.
    REQUIRE(eventually([&] { return !form->fieldMessage(u"residencePeriod.to"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"residencePeriod.to"_s) ==
          u"Thời gian cư trú: ngày kết thúc 2019 ở trước ngày bắt đầu 01/2020"_s);
    tab();
    REQUIRE(focusedName() == u"forMarriage"_s);
    QTest::keyClick(focused(), Qt::Key_Space);
    CHECK(qobject_cast<QCheckBox *>(focused())->isChecked());
    tab();
    REQUIRE(focusedName() == u"requester.pick"_s); // to pick from the register
    tab();
    REQUIRE(focusedName() == u"requester.fullName"_s);
    tab();
    REQUIRE(focusedName() == u"requester.relationship"_s);
    tab();
    REQUIRE(focusedName() == u"requester.idDocument"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    // Enter with the error: refused, nothing written, the cursor back at the period's end.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"residencePeriod.to"_s);
    CHECK(recordCount(f.reg.db()) == 0);

    retype(u"11/2026"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"residencePeriod.to"_s).isEmpty(); }));

    RecordScreen *record = saveAndOpen(window, *form);
    CHECK(window.maritalStatusForm() == nullptr);
    CHECK(record->title() == u"Xác nhận tình trạng hôn nhân 1/2026"_s);
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Ngô Thị Hà"_s);
    CHECK(record->workflowText().contains(u"từ Ngô Thị Hà"_s));

    const QJsonObject saved = registeredContent(f.reg.db(), record->property("recordId").toUuid());
    CHECK(saved.value(u"status"_s).toString() == u"single"_s);
    CHECK(saved.value(u"purpose"_s).toString() == u"Để đăng ký kết hôn"_s);
    CHECK(saved.value(u"forMarriage"_s).toBool());
    const QJsonObject period = saved.value(u"residencePeriod"_s).toObject();
    CHECK(period.value(u"from"_s).toString() == u"2020-01"_s);
    CHECK(period.value(u"to"_s).toString() == u"2026-11"_s);
    CHECK(saved.value(u"subject"_s).toObject().value(u"sex"_s).toString() == u"female"_s);
    CHECK_FALSE(saved.contains(u"spouse"_s));
    CHECK(recordCount(f.reg.db()) == 1);

    CHECK(findNames(window, u"ngo thi ha"_s) == QStringList{u"Ngô Thị Hà"_s});
}

TEST_CASE("marital-status form: never married when the register shows a marriage is refused, nothing written")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    const QJsonObject marriage = example(u"marriage"_s);
    f.reg.mustAdd(marriage); // Lê Thị Cúc, born 17/05/2002, and Trần Văn Bảo: 1/2026
    const QJsonObject wife = marriage.value(u"wife"_s).toObject();
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    MaritalStatusForm *form = window.maritalStatusForm();
    REQUIRE(form);
    typeInto(*form, {{u"subject.familyName"_s, wife.value(u"familyName"_s).toString()},
                     {u"subject.middleName"_s, wife.value(u"middleName"_s).toString()},
                     {u"subject.givenName"_s, wife.value(u"givenName"_s).toString()},
                     {u"subject.birthDate"_s, u"17/05/2002"_s},
                     {u"subject.residence"_s, u"Phường Ba Đình, Thành phố Hà Nội"_s},
                     {u"purpose"_s, u"Để đăng ký kết hôn"_s}});
    form->findChild<QWidget *>(u"subject.sex"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down); // Nữ
    form->findChild<QWidget *>(u"status"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down); // never married

    // The draft is clean; the register shows her married: the Registrar refuses, the form stays.
    CHECK(saveAnswer(*form).contains(u"đang có vợ/chồng"_s));
    CHECK(window.maritalStatusForm() == form);
    CHECK(recordCount(f.reg.db()) == 1);
}
