// A birth corrected from the desktop with the keyboard only, on a real register: found, opened,
// the child's name corrected with a reason and a supporting document, saved on the register's
// thread; the record then shows the new name and the correction in its history (old → new), and
// Find finds the new name. The core's refusals beside the fields: no reason, an impossible date,
// no change at all — each said, and the register left as it was.
#include "CorrectionScreen.h"
#include "DesktopFixtures.h"
#include "FindScreen.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"
#include "registry/DraftCheck.h"
#include "registry/RecordHistory.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
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

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

void tab()
{
    QTest::keyClick(focused(), Qt::Key_Tab);
}

/// Replaces the text of the focused field, which must be the one named, as the officer does.
void retype(const QString &path, const QString &text)
{
    REQUIRE(focusedName() == path);
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(focused(), Qt::Key_Delete);
    typeText(focused(), text);
}

/// The names of the focused field and of the fields Tab goes to after it, `count` in all.
QStringList tabStops(qsizetype count)
{
    QStringList order{focusedName()};
    while (order.size() < count) {
        tab();
        order << focusedName();
    }
    return order;
}

/// Tabs from the focused field to the one named, through the screen's tab order.
void tabTo(const QString &path)
{
    for (int i = 0; i < 40 && focusedName() != path; ++i)
        tab();
    REQUIRE(focusedName() == path);
}

/// How many events the record's history holds in the register (the registration and its amendments).
qsizetype eventsOf(TestRegister &reg, const QUuid &id)
{
    const auto history = recordHistory(reg.db(), id);
    REQUIRE(history.ok());
    return history->value(u"events"_s).toArray().size();
}

struct CorrectionFixture
{
    /// The register holds one record, made from the example named (a birth: Nguyễn Văn An, 1/2026).
    explicit CorrectionFixture(const QString &exampleName = u"birth"_s)
    {
        useVietnamese();
        birth = reg.mustAdd(example(exampleName));
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        tabs = window.findChild<QTabWidget *>(u"screens"_s);
    }

    /// Finds the birth by its name in Find and opens it with the keyboard.
    RecordScreen *findAndOpen(const QString &query)
    {
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *box = window.findScreen()->findChild<QLineEdit *>(u"searchBox"_s);
        REQUIRE(box->hasFocus());
        QSignalSpy shown(window.findScreen(), &FindScreen::resultsShown);
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, query);
        REQUIRE(shown.wait(kAnswerWaitMs));
        QTest::keyClick(box, Qt::Key_Down);
        QTest::keyClick(focused(), Qt::Key_Return);
        auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
        REQUIRE(record);
        return record;
    }

    /// Ctrl+E on the open record: the correction screen, the cursor in its first new value.
    CorrectionScreen *correct(RecordScreen *record, const QString &firstField = u"subject.familyName"_s)
    {
        REQUIRE(eventually([&] { return record->isAncestorOf(focused()); }));
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier);
        auto *screen = qobject_cast<CorrectionScreen *>(tabs->currentWidget());
        REQUIRE(screen);
        REQUIRE(screen->loaded());
        REQUIRE(eventually([&] { return focusedName() == firstField; }));
        return screen;
    }

    TestRegister reg;
    QUuid birth; ///< the record, whatever its kind
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window{session};
    QTabWidget *tabs = nullptr;
};

} // namespace

TEST_CASE("correct a birth's name with the keyboard only: the record shows the new name and old and new in "
          "its history")
{
    CorrectionFixture f;
    RecordScreen *record = f.findAndOpen(u"nguyen van an"_s);
    CorrectionScreen *screen = f.correct(record);
    CHECK(f.tabs->tabText(f.tabs->currentIndex()) == u"Cải chính Khai sinh 1/2026"_s);
    // The register's values beside the new ones, which start as the same.
    CHECK(screen->findChild<QLabel *>(u"subject.givenName.old"_s)->text() == u"An"_s);
    CHECK(screen->findChild<QLabel *>(u"subject.birthDate.old"_s)->text() == u"02/11/2026"_s);
    CHECK(screen->findChild<QLabel *>(u"mother.fullName.old"_s)->text() == u"Trần Thị Bình"_s);
    CHECK(screen->findChild<QLineEdit *>(u"subject.givenName"_s)->text() == u"An"_s);

    // The tab order: the new values in the paper form's order, then the correction's own fields.
    QStringList expected = correctableFields(EventKind::Birth);
    expected << u"type"_s << u"reason"_s << u"supportingDocument"_s << u"save"_s << u"cancel"_s;
    CHECK(tabStops(expected.size()) == expected);

    tabTo(u"subject.givenName"_s);
    retype(u"subject.givenName"_s, u"Bảo"_s);
    tabTo(u"reason"_s);
    typeText(focused(), u"Ghi sai tên khi đăng ký"_s);
    tab();
    typeText(focused(), u"Giấy chứng sinh số 123/BV, Bệnh viện Phụ sản Hà Nội cấp ngày 02/11/2026"_s);
    REQUIRE(eventually([&] { return screen->fieldMessage(u"supportingDocument"_s).isEmpty(); }));

    // Enter saves on the register's thread; the screen closes and the record shows the correction.
    QSignalSpy corrected(screen, &CorrectionScreen::corrected);
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(screen->isBusy());
    REQUIRE(corrected.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] { return f.tabs->currentWidget() == record; }));
    CHECK(f.tabs->count() == MainWindow::kFixedScreens + 1); // the correction's tab is gone
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Nguyễn Văn Bảo"_s);
    const QStringList content = treeTexts(record->findChild<QTreeWidget *>(u"recordContent"_s));
    CHECK(content.contains(u"Tên | Bảo"_s));
    CHECK_FALSE(content.contains(u"Tên | An"_s));
    const QStringList history = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    REQUIRE(history.size() >= 6);
    CHECK(history[0].endsWith(u" | Đăng ký | canbo"_s));
    CHECK(history[1].endsWith(u" | Cải chính (đăng ký 1/2026) | canbo"_s));
    CHECK(history.mid(2, 4) ==
          QStringList{u"Lý do | Ghi sai tên khi đăng ký | "_s,
                      u"Giấy tờ làm căn cứ | Giấy chứng sinh số 123/BV, Bệnh viện Phụ sản "
                      u"Hà Nội cấp ngày 02/11/2026 | "_s,
                      u"Người được đăng ký |  | "_s, u"Tên | An → Bảo | "_s});
    CHECK(eventsOf(f.reg, f.birth) == 2);

    // Find finds the record by its new name.
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    auto *box = f.window.findScreen()->findChild<QLineEdit *>(u"searchBox"_s);
    QSignalSpy shown(f.window.findScreen(), &FindScreen::resultsShown);
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, u"nguyen van bao"_s);
    REQUIRE(shown.wait(kAnswerWaitMs));
    auto *results = f.window.findScreen()->findChild<QTableWidget *>(u"results"_s);
    // The birth, and the correction's own registration (found by the person it corrects).
    CHECK(columnTexts(results->model(), FindScreen::NamesColumn) ==
          QStringList{u"Nguyễn Văn Bảo"_s, u"Nguyễn Văn Bảo"_s});
    CHECK(columnTexts(results->model(), FindScreen::KindColumn).contains(u"Khai sinh"_s));
    CHECK(columnTexts(results->model(), FindScreen::NumberColumn) == QStringList{u"1/2026"_s, u"1/2026"_s});
}

TEST_CASE("correction screen: the core's refusals beside the fields, and nothing changes in the register")
{
    CorrectionFixture f;
    CorrectionScreen *screen = f.correct(f.findAndOpen(u"nguyen van an"_s));

    SECTION("no reason")
    {
        tabTo(u"subject.givenName"_s);
        retype(u"subject.givenName"_s, u"Bảo"_s);
        tabTo(u"supportingDocument"_s);
        typeText(focused(), u"Giấy chứng sinh số 123/BV"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        CHECK_FALSE(screen->isBusy());
        CHECK(screen->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
        CHECK(screen->fieldMessage(u"reason"_s) == u"Thiếu Lý do"_s);
        CHECK(focusedName() == u"reason"_s);
    }

    SECTION("no supporting document")
    {
        tabTo(u"subject.givenName"_s);
        retype(u"subject.givenName"_s, u"Bảo"_s);
        tabTo(u"reason"_s);
        typeText(focused(), u"Ghi sai tên"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        CHECK_FALSE(screen->isBusy());
        CHECK(screen->fieldMessage(u"supportingDocument"_s) ==
              u"Hãy ghi giấy tờ làm căn cứ cải chính (loại, số, ngày cấp)"_s);
        CHECK(focusedName() == u"supportingDocument"_s);
    }

    SECTION("an impossible date, said as it is typed")
    {
        tabTo(u"subject.birthDate"_s);
        retype(u"subject.birthDate"_s, u"30/02/2026"_s);
        REQUIRE(eventually([&] { return !screen->fieldMessage(u"subject.birthDate"_s).isEmpty(); }));
        CHECK(screen->fieldMessage(u"subject.birthDate"_s) ==
              u"Ngày 30/02/2026 không tồn tại (tháng 02 năm 2026 có 28 ngày)"_s);
        tabTo(u"reason"_s);
        typeText(focused(), u"Ghi sai ngày sinh"_s);
        tab();
        typeText(focused(), u"Giấy chứng sinh số 123/BV"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        CHECK_FALSE(screen->isBusy());
        CHECK(screen->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
        CHECK(focusedName() == u"subject.birthDate"_s);
    }

    SECTION("nothing changed")
    {
        tabTo(u"reason"_s);
        typeText(focused(), u"Ghi sai tên"_s);
        tab();
        typeText(focused(), u"Giấy chứng sinh số 123/BV"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        CHECK_FALSE(screen->isBusy());
        CHECK(screen->messageText() == u"Nội dung sửa không làm thay đổi hồ sơ"_s);
        CHECK(screen->findChild<QLabel *>(u"formNotes"_s)->isHidden()); // said once, over the screen
        CHECK(focusedName() == u"subject.familyName"_s);
    }

    // Refused: the screen stays, the register has only the registration; Escape asks, then discards.
    CHECK(f.tabs->currentWidget() == screen);
    CHECK(eventsOf(f.reg, f.birth) == 1);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QMessageBox *box = nullptr;
    REQUIRE(eventually(
        [&] { return (box = screen->findChild<QMessageBox *>(u"discardQuestion"_s)) != nullptr; }));
    REQUIRE(eventually([&] { return box->isVisible(); }));
    CHECK(box->text() == u"Bỏ những thay đổi đã nhập trong lần cải chính này?"_s);
    QTest::keyClick(box->button(QMessageBox::Discard), Qt::Key_Space);
    REQUIRE(eventually([&] { return f.tabs->count() == MainWindow::kFixedScreens + 1; }));
    CHECK(qobject_cast<RecordScreen *>(f.tabs->currentWidget())); // back to the record
    CHECK(eventsOf(f.reg, f.birth) == 1);
}

TEST_CASE("correction screen: Escape on an untouched correction closes it at once")
{
    CorrectionFixture f;
    f.correct(f.findAndOpen(u"nguyen van an"_s));
    QTest::keyClick(focused(), Qt::Key_Escape);
    REQUIRE(eventually([&] { return f.tabs->count() == MainWindow::kFixedScreens + 1; }));
    CHECK(qobject_cast<RecordScreen *>(f.tabs->currentWidget()));
    CHECK(eventsOf(f.reg, f.birth) == 1);
}

TEST_CASE(
    "correct a death's time of death with the keyboard only: old and new in its history, a day that does "
    "not exist refused")
{
    CorrectionFixture f(u"death"_s); // Phạm Văn Đức, died 01/11/2026 14:30
    RecordScreen *record = f.findAndOpen(u"pham van duc"_s);
    CorrectionScreen *screen = f.correct(record);
    CHECK(f.tabs->tabText(f.tabs->currentIndex()) == u"Cải chính Khai tử 1/2026"_s);
    // What the extract states of the deceased, the death and its notice, each beside the register's.
    QStringList expected = correctableFields(EventKind::Death);
    CHECK(expected.contains(u"death.dateTime"_s));
    CHECK(expected.contains(u"deathNotice.type"_s));
    CHECK(screen->findChild<QLabel *>(u"death.dateTime.old"_s)->text() == u"01/11/2026 14:30"_s);
    CHECK(screen->findChild<QLineEdit *>(u"death.dateTime"_s)->text() == u"01/11/2026 14:30"_s);
    CHECK(screen->findChild<QLabel *>(u"deathNotice.type.old"_s)->text() == u"Giấy báo tử"_s);
    CHECK(screen->findChild<QComboBox *>(u"deathNotice.type"_s)->currentText() == u"Giấy báo tử"_s);
    CHECK(screen->findChild<QLabel *>(u"deathNotice.date.old"_s)->text() == u"01/11/2026"_s);

    expected << u"type"_s << u"reason"_s << u"supportingDocument"_s << u"save"_s << u"cancel"_s;
    CHECK(tabStops(expected.size()) == expected);

    // A day that does not exist is said beside the field as it is typed, and cannot be saved.
    tabTo(u"death.dateTime"_s);
    retype(u"death.dateTime"_s, u"30/02/2026 23:10"_s);
    REQUIRE(eventually([&] { return !screen->fieldMessage(u"death.dateTime"_s).isEmpty(); }));
    CHECK(screen->fieldMessage(u"death.dateTime"_s).contains(u"30/02/2026"_s));
    tabTo(u"reason"_s);
    typeText(focused(), u"Ghi sai giờ chết"_s);
    tab();
    typeText(focused(), u"Giấy báo tử số 1234/GBT của Bệnh viện Bạch Mai"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK_FALSE(screen->isBusy());
    CHECK(focusedName() == u"death.dateTime"_s);
    CHECK(eventsOf(f.reg, f.birth) == 1);

    // Fixed: the evening before. Enter saves; the record shows the new time and the history both.
    retype(u"death.dateTime"_s, u"31/10/2026 23:10"_s);
    REQUIRE(eventually([&] { return screen->fieldMessage(u"death.dateTime"_s).isEmpty(); }));
    QSignalSpy corrected(screen, &CorrectionScreen::corrected);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(corrected.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] { return f.tabs->currentWidget() == record; }));
    const QStringList content = treeTexts(record->findChild<QTreeWidget *>(u"recordContent"_s));
    CHECK(content.contains(u"Ngày giờ | 31/10/2026 23:10"_s));
    const QStringList history = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    REQUIRE(history.size() >= 2);
    CHECK(history[1].endsWith(u" | Cải chính (đăng ký 1/2026) | canbo"_s));
    CHECK(history.contains(u"Ngày giờ | 01/11/2026 14:30 → 31/10/2026 23:10 | "_s));
    CHECK(eventsOf(f.reg, f.birth) == 2);
}

TEST_CASE(
    "correct a marriage's wife's date of birth with the keyboard only: under the legal age refused, then "
    "saved with old and new in its history")
{
    CorrectionFixture f(u"marriage"_s); // Lê Thị Cúc (17/05/2002) and Trần Văn Bảo
    RecordScreen *record = f.findAndOpen(u"le thi cuc"_s);
    CorrectionScreen *screen = f.correct(record, u"wife.familyName"_s);
    CHECK(f.tabs->tabText(f.tabs->currentIndex()) == u"Cải chính Kết hôn 1/2026"_s);
    CHECK(screen->findChild<QLabel *>(u"wife.birthDate.old"_s)->text() == u"17/05/2002"_s);
    CHECK(screen->findChild<QLabel *>(u"husband.givenName.old"_s)->text() == u"Bảo"_s);

    QStringList expected = correctableFields(EventKind::Marriage);
    expected << u"type"_s << u"reason"_s << u"supportingDocument"_s << u"save"_s << u"cancel"_s;
    CHECK(tabStops(expected.size()) == expected);

    // Born in 2010 she would have been 16 at the marriage: the law's age, beside the field.
    tabTo(u"wife.birthDate"_s);
    retype(u"wife.birthDate"_s, u"17/05/2010"_s);
    REQUIRE(eventually([&] { return !screen->fieldMessage(u"wife.birthDate"_s).isEmpty(); }));
    tabTo(u"reason"_s);
    typeText(focused(), u"Ghi sai năm sinh của vợ"_s);
    tab();
    typeText(focused(), u"Thẻ căn cước số 008302002222, Bộ Công an cấp ngày 15/08/2024"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK_FALSE(screen->isBusy());
    CHECK(screen->messageText() == u"Hãy sửa 1 lỗi được đánh dấu trước khi lưu."_s);
    CHECK(focusedName() == u"wife.birthDate"_s);
    CHECK(eventsOf(f.reg, f.birth) == 1);

    retype(u"wife.birthDate"_s, u"17/06/2002"_s);
    REQUIRE(eventually([&] { return screen->fieldMessage(u"wife.birthDate"_s).isEmpty(); }));
    QSignalSpy corrected(screen, &CorrectionScreen::corrected);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(corrected.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] { return f.tabs->currentWidget() == record; }));
    const QStringList history = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    CHECK(history.contains(u"Vợ |  | "_s));
    CHECK(history.contains(u"Ngày sinh | 17/05/2002 → 17/06/2002 | "_s));
    CHECK(eventsOf(f.reg, f.birth) == 2);
}
