// The end of a guardianship registered from the guardianship's record with the keyboard only, on
// a real register: an end dated after the registration beside its date, a refusal that writes
// nothing, then the record shown as ended, read back through the core, and found by the ward's
// name without diacritics.
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "GuardianshipEndForm.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"
#include "registry/RecordView.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("end a guardianship from its record with the keyboard only: fix the end date, save, see it ended")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    const QUuid guardianship = f.reg.mustAdd(example(u"guardianship"_s)); // Giám hộ 1/2026
    window.openRecord(guardianship);
    auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    CHECK(record->findChild<QPushButton *>(u"amend-guardianshipEnd"_s)->isVisible());
    CHECK_FALSE(record->findChild<QPushButton *>(u"amend-ethnicityRedetermination"_s)->isVisible());

    // Ctrl+Shift+E (Chấm dứt giám hộ) opens the form in a tab, the record it ends named over it.
    QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *form = qobject_cast<GuardianshipEndForm *>(tabs->currentWidget());
    REQUIRE(form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Chấm dứt giám hộ"_s);
    CHECK(form->amends() == guardianship);
    CHECK(form->findChild<QLabel *>(u"amendedRecord"_s)->text() ==
          u"Về việc: Giám hộ 1/2026 — Đỗ Minh Khang – Vũ Thị Mai"_s);

    typeAt(u"reason"_s, u"Cha mẹ của người được giám hộ đã đủ điều kiện thực hiện quyền, nghĩa vụ"_s);
    tab();
    // Tomorrow, by a slip: an end after the registration date.
    typeAt(u"endDate"_s, u"27/11/2026"_s);
    REQUIRE(eventually([&] { return !form->fieldMessage(u"endDate"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"endDate"_s) == u"Ngày 27/11/2026 ở sau ngày đăng ký 26/11/2026"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    // Enter with the error: refused, nothing written, the cursor back at the end date.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"endDate"_s);
    CHECK(recordCount(f.reg.db()) == 1);

    retype(u"20/11/2026"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"endDate"_s).isEmpty(); }));

    // Saved, the guardianship's record shows again, ended: its amending buttons gone.
    record = saveAndOpen(window, *form);
    CHECK(record->property("recordId").toUuid() == guardianship);
    CHECK(record->title() == u"Giám hộ 1/2026"_s);
    CHECK(treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s))
              .join(u'\n')
              .contains(u"Chấm dứt giám hộ"_s));
    CHECK_FALSE(record->findChild<QPushButton *>(u"amend-guardianshipEnd"_s)->isVisible());
    CHECK(recordCount(f.reg.db()) == 2);

    RecordStore store(f.reg.db());
    const Result<RecordView> view = loadRecordView(store, guardianship);
    REQUIRE(view);
    CHECK(view->status != RecordStatus::Active);
    CHECK(view->current.value(u"ended"_s).toObject().value(u"date"_s).toString() == u"2026-11-20"_s);
    CHECK(view->current.value(u"ended"_s).toObject().value(u"reason"_s).toString() ==
          u"Cha mẹ của người được giám hộ đã đủ điều kiện thực hiện quyền, nghĩa vụ"_s);

    CHECK(findNames(window, u"do minh khang"_s).contains(u"Đỗ Minh Khang – Vũ Thị Mai"_s));
}
