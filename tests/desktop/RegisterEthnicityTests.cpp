// An ethnicity re-determined from the birth's record with the keyboard only, on a real register:
// an ethnicity not among the 54 beside its field, a refusal that writes nothing, then the birth
// showing the new ethnicity, read back through the core, and the requester's name on the file.
#include "DesktopFixtures.h"
#include "EthnicityForm.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("re-determine an ethnicity from the birth with the keyboard only: fix the ethnicity, save, see it")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    const QUuid birth = f.reg.mustAdd(example(u"birth"_s)); // Nguyễn Văn An, Kinh: Khai sinh 1/2026
    window.openRecord(birth);
    REQUIRE(qobject_cast<RecordScreen *>(tabs->currentWidget()));

    // Ctrl+Shift+X (Xác định lại dân tộc) opens the form, the cursor in the ethnicity.
    QTest::keyClick(focused(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    auto *form = qobject_cast<EthnicityForm *>(tabs->currentWidget());
    REQUIRE(form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Xác định lại dân tộc"_s);

    // A language group for the ethnic group, by a slip: not one of the 54.
    typeAt(u"ethnicity"_s, u"Tày Thái"_s);
    REQUIRE(eventually([&] { return !form->fieldMessage(u"ethnicity"_s).isEmpty(); }));
    CHECK(form->fieldMessage(u"ethnicity"_s) ==
          u"Dân tộc xác định lại \"Tày Thái\" không có trong danh mục 54 dân tộc"_s);
    tab();
    typeAt(u"reason"_s, u"Xác định lại theo dân tộc của người mẹ"_s);
    tab();
    REQUIRE(focusedName() == u"requester.pick"_s); // to pick from the register
    tab();
    typeAt(u"requester.fullName"_s, u"Trần Thị Bình"_s);
    tab();
    typeAt(u"requester.relationship"_s, u"mẹ"_s);
    tab();
    REQUIRE(focusedName() == u"requester.idDocument"_s);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);

    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(form->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"ethnicity"_s);
    CHECK(recordCount(f.reg.db()) == 1);

    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier); // retype() knows Latin-1 only
    typeText(focused(), u"Tày"_s);
    REQUIRE(eventually([&] { return form->fieldMessage(u"ethnicity"_s).isEmpty(); }));

    RecordScreen *record = saveAndOpen(window, *form);
    CHECK(record->property("recordId").toUuid() == birth);
    CHECK(record->title() == u"Khai sinh 1/2026"_s);
    CHECK(treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s))
              .join(u'\n')
              .contains(u"Xác định lại dân tộc"_s));
    CHECK(recordCount(f.reg.db()) == 2);
    CHECK(registeredContent(f.reg.db(), birth)
              .value(u"subject"_s)
              .toObject()
              .value(u"ethnicity"_s)
              .toString() == u"Tày"_s);

    CHECK(findNames(window, u"nguyen van an"_s).contains(u"Nguyễn Văn An"_s));
}
