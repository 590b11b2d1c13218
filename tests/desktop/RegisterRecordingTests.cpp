// A court's divorce recorded in the register from the desktop with the keyboard only, on a real
// register: a decision dated after the registration beside its date, a refusal that writes
// nothing, then the record read back through the core and the Find screen by either party's
// name without diacritics.
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "RecordingForm.h"
#include "Session.h"
#include "registry/RecordView.h"
#include "store/RecordStore.h"
#include "util/Uuid.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("record a divorce in the register with the keyboard only: fix the decision's date, save, find both")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    // Ctrl+Shift+S opens the form in a tab, the cursor on the kind of recording.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    RecordingForm *form = window.recordingForm();
    REQUIRE(form);
    CHECK(tabs->currentWidget() == form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Ghi vào Sổ hộ tịch"_s);

    REQUIRE(focusedName() == u"recordingType"_s);
    QTest::keyClick(focused(), Qt::Key_Down);
    CHECK(qobject_cast<QComboBox *>(focused())->currentText() == u"Ly hôn"_s);
    tab();
    REQUIRE(focusedName() == u"subject.pick"_s); // to pick from the register
    tab();
    typeAt(u"subject.familyName"_s, u"Trần"_s);
    tab();
    typeAt(u"subject.middleName"_s, u"Văn"_s);
    tab();
    typeAt(u"subject.givenName"_s, u"Bảo"_s);
    tab();
    typeAt(u"subject.birthDate"_s, u"01/01/2000"_s);
    tab();
    typeAt(u"subject.residence"_s, u"Số 8 phố Kim Mã, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    tab();
    REQUIRE(focusedName() == u"subject.idNumber"_s);
    tab();
    REQUIRE(focusedName() == u"otherParty.pick"_s); // to pick from the register
    tab();
    typeAt(u"otherParty.familyName"_s, u"Lê"_s);
    tab();
    typeAt(u"otherParty.middleName"_s, u"Thị"_s);
    tab();
    typeAt(u"otherParty.givenName"_s, u"Cúc"_s);
    tab();
    typeAt(u"otherParty.birthDate"_s, u"17/05/2002"_s);
    tab();
    REQUIRE(focusedName() == u"otherParty.residence"_s);
    tab();
    REQUIRE(focusedName() == u"otherParty.idNumber"_s);
    tab();
    typeAt(u"decision.number"_s, u"15/2026/QĐST-HNGĐ"_s);
    tab();
    typeAt(u"decision.issuer"_s, u"Tòa án nhân dân khu vực 1 - Hà Nội"_s);
    tab();
    // Tomorrow, by a slip: a decision after the registration date.
    typeAt(u"decision.date"_s, u"27/11/2026"_s);
    REQUIRE(eventually([&] { return !form->fieldMessage(u"decision.date"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"decision.date"_s) == u"Ngày 27/11/2026 ở sau ngày đăng ký 26/11/2026"_s);
    tab();
    typeAt(u"content"_s, u"Ly hôn giữa ông Trần Văn Bảo và bà Lê Thị Cúc"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    // Enter with the error: refused, nothing written, the cursor back at the decision's date.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"decision.date"_s);
    CHECK(recordCount(f.reg.db()) == 0);

    retype(u"20/11/2026"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"decision.date"_s).isEmpty(); }));

    RecordScreen *record = saveAndOpen(window, *form);
    CHECK(window.recordingForm() == nullptr);
    CHECK(record->title() == u"Ghi vào Sổ hộ tịch 1/2026"_s);
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Trần Văn Bảo"_s);
    CHECK(record->workflowText().contains(u"từ Trần Văn Bảo"_s));

    const QJsonObject saved = registeredContent(f.reg.db(), record->property("recordId").toUuid());
    CHECK(saved.value(u"recordingType"_s).toString() == u"divorce"_s);
    const QJsonObject decision = saved.value(u"decision"_s).toObject();
    CHECK(decision.value(u"number"_s).toString() == u"15/2026/QĐST-HNGĐ"_s);
    CHECK(decision.value(u"issuer"_s).toString() == u"Tòa án nhân dân khu vực 1 - Hà Nội"_s);
    CHECK(decision.value(u"date"_s).toString() == u"2026-11-20"_s);
    CHECK(saved.value(u"otherParty"_s).toObject().value(u"givenName"_s).toString() == u"Cúc"_s);
    CHECK(saved.value(u"content"_s).toString() == u"Ly hôn giữa ông Trần Văn Bảo và bà Lê Thị Cúc"_s);
    CHECK(recordCount(f.reg.db()) == 1);

    CHECK(findNames(window, u"tran van bao"_s) == QStringList{u"Trần Văn Bảo"_s});
    CHECK(findNames(window, u"le thi cuc"_s) == QStringList{u"Trần Văn Bảo"_s});
}

TEST_CASE("record a divorce from the marriage's record with the keyboard only: the spouses filled in, the "
          "marriage ended")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    const QUuid marriage = f.reg.mustAdd(example(u"marriage"_s)); // Kết hôn 1/2026
    window.openRecord(marriage);
    auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    CHECK(record->findChild<QPushButton *>(u"amend-recording"_s)->isVisible());

    // Ctrl+Shift+V: the recording form, the marriage named over it, only a divorce or an annulment
    // to choose, and the spouses as the marriage has them.
    REQUIRE(eventually([&] { return record->isAncestorOf(focused()); }));
    QTest::keyClick(focused(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    auto *form = qobject_cast<RecordingForm *>(tabs->currentWidget());
    REQUIRE(form);
    CHECK(form->amends() == marriage);
    CHECK(form->findChild<QLabel *>(u"amendedRecord"_s)->text().startsWith(u"Về việc: Kết hôn 1/2026 — "_s));
    auto *type = form->findChild<QComboBox *>(u"recordingType"_s);
    QStringList choices;
    for (int i = 0; i < type->count(); ++i)
        choices << type->itemData(i).toString();
    CHECK(choices == QStringList{QString(), u"divorce"_s, u"annulment"_s});
    CHECK(form->findChild<QLineEdit *>(u"subject.givenName"_s)->text() == u"Bảo"_s);
    CHECK(form->findChild<QLineEdit *>(u"otherParty.givenName"_s)->text() == u"Cúc"_s);
    CHECK(form->record().value(u"relatedRecord"_s).toString() == uuidText(marriage));
    CHECK_FALSE(form->record().contains(u"amends"_s));

    REQUIRE(focusedName() == u"recordingType"_s);
    QTest::keyClick(focused(), Qt::Key_Down); // Ly hôn
    typeInto(*form, {{u"decision.number"_s, u"15/2026/QĐST-HNGĐ"_s},
                     {u"decision.issuer"_s, u"Tòa án nhân dân khu vực 1 - Hà Nội"_s},
                     {u"decision.date"_s, u"20/11/2026"_s}});

    // Saved, the marriage's record shows again, dissolved: its buttons to amend it gone.
    record = saveAndOpen(window, *form);
    CHECK(record->property("recordId").toUuid() == marriage);
    CHECK_FALSE(record->findChild<QPushButton *>(u"amend-recording"_s)->isVisible());
    CHECK(recordCount(f.reg.db()) == 2);
    RecordStore store(f.reg.db());
    const Result<RecordView> view = loadRecordView(store, marriage);
    REQUIRE(view);
    CHECK(view->status == RecordStatus::Dissolved);
    CHECK(view->current.value(u"dissolved"_s).toObject().value(u"type"_s).toString() == u"divorce"_s);
}
