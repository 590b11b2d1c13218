// The Find screen and the record view on a real register: results while typing (without
// diacritics, by register number, by kind and year), keyboard-only navigation into the results,
// and the record's current view and history.
#include "DesktopFixtures.h"
#include "FindScreen.h"
#include "FormDriving.h"
#include "HomeScreen.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
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

struct FindFixture
{
    TestRegister reg;
    QUuid birth = reg.mustAdd(example(u"birth"_s));
    QUuid death = reg.mustAdd(example(u"death"_s));
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window{session};
    FindScreen *find = window.findScreen();
    QLineEdit *box = find->findChild<QLineEdit *>(u"searchBox"_s);
    QTableWidget *results = find->findChild<QTableWidget *>(u"results"_s);
    QLabel *state = find->findChild<QLabel *>(u"searchState"_s);
    QTabWidget *tabs = window.findChild<QTabWidget *>(u"screens"_s);

    FindFixture()
    {
        REQUIRE(box);
        REQUIRE(results);
        REQUIRE(state);
        REQUIRE(tabs);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        // The window opens on the day's work; Ctrl+F puts the cursor in the search box.
        REQUIRE(tabs->currentWidget() == window.homeScreen());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        REQUIRE(box->hasFocus());
    }

    /// Types into the box (as keystrokes) and waits until the answer to the newest text is shown.
    void type(const QString &text)
    {
        QSignalSpy shown(find, &FindScreen::resultsShown);
        QTest::keyClicks(box, text);
        REQUIRE(shown.wait(kAnswerWaitMs));
    }

    QStringList names() const { return columnTexts(results->model(), FindScreen::NamesColumn); }
    QStringList kinds() const { return columnTexts(results->model(), FindScreen::KindColumn); }
    QStringList numbers() const { return columnTexts(results->model(), FindScreen::NumberColumn); }
};

} // namespace

TEST_CASE("find: a birth is found by name without diacritics and opened with the keyboard only")
{
    useVietnamese();
    FindFixture f;
    f.type(u"nguyen van an"_s);
    REQUIRE(f.names() == QStringList{u"Nguyễn Văn An"_s});
    CHECK(f.kinds() == QStringList{u"Khai sinh"_s});
    CHECK(f.numbers() == QStringList{u"1/2026"_s});
    CHECK(columnTexts(f.results->model(), FindScreen::DateColumn) == QStringList{u"20/11/2026"_s});
    CHECK(columnTexts(f.results->model(), FindScreen::StatusColumn) == QStringList{u"Còn hiệu lực"_s});
    CHECK(f.state->text() == u"Tìm thấy 1 hồ sơ."_s);

    // Down moves from the box into the results, on the first one; Up from there goes back (no
    // trap), and so does Escape.
    QTest::keyClick(f.box, Qt::Key_Down);
    REQUIRE(f.results->hasFocus());
    CHECK(f.results->currentRow() == 0);
    QTest::keyClick(f.results, Qt::Key_Up);
    CHECK(f.box->hasFocus());
    QTest::keyClick(f.box, Qt::Key_Return); // Enter moves in too
    REQUIRE(f.results->hasFocus());
    QTest::keyClick(f.results, Qt::Key_Escape);
    CHECK(f.box->hasFocus());
    QTest::keyClick(f.box, Qt::Key_Down);
    REQUIRE(f.results->hasFocus());

    // Enter opens it: the record view shows the child, the parents and the registration.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *record = qobject_cast<RecordScreen *>(f.tabs->currentWidget());
    REQUIRE(record);
    CHECK(record->loaded());
    CHECK(f.tabs->tabText(f.tabs->currentIndex()) == u"Khai sinh 1/2026"_s);
    CHECK(record->findChild<QLabel *>(u"recordNames"_s)->text() == u"Nguyễn Văn An"_s);
    const QStringList content = treeTexts(record->findChild<QTreeWidget *>(u"recordContent"_s));
    CHECK(content.contains(u"Tên | An"_s));
    CHECK(content.contains(u"Ngày sinh | 02/11/2026"_s));
    CHECK(content.contains(u"Giới tính | Nam"_s));
    CHECK(content.contains(u"Mẹ | "_s));
    CHECK(content.contains(u"Họ, chữ đệm, tên | Trần Thị Bình"_s));
    // In the paper form's order: the child (family, middle, given name first), the mother, the
    // father, the declarant, the registration date.
    const auto at = [&](const QString &row) {
        return content.indexOf(row);
    };
    CHECK(at(u"Người được đăng ký | "_s) == 0);
    CHECK(at(u"Họ | Nguyễn"_s) < at(u"Chữ đệm | Văn"_s));
    CHECK(at(u"Chữ đệm | Văn"_s) < at(u"Tên | An"_s));
    CHECK(at(u"Tên | An"_s) < at(u"Mẹ | "_s));
    CHECK(at(u"Mẹ | "_s) < at(u"Cha | "_s));
    CHECK(at(u"Cha | "_s) < at(u"Người đi khai | "_s));
    CHECK(at(u"Người đi khai | "_s) < at(u"Ngày đăng ký | 20/11/2026"_s));
    const QStringList history = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    REQUIRE(history.size() == 1);
    CHECK(history.front().endsWith(u" | Đăng ký | canbo"_s));

    // Escape (wherever the focus is in the record) closes it and puts the cursor back in the box.
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    CHECK(record->isAncestorOf(focused));
    QTest::keyClick(focused, Qt::Key_Escape);
    CHECK(f.tabs->currentWidget() == f.find);
    CHECK(f.tabs->count() == MainWindow::kFixedScreens);
    CHECK(f.box->hasFocus());
}

TEST_CASE("find: Enter in the box before the answer has come moves into the results once they come")
{
    useVietnamese();
    FindFixture f;
    QSignalSpy shown(f.find, &FindScreen::resultsShown);
    QTest::keyClicks(f.box, u"pham duc"_s); // đ is searched as d
    QTest::keyClick(f.box, Qt::Key_Return);
    REQUIRE(shown.wait(kAnswerWaitMs));
    CHECK(f.names() == QStringList{u"Phạm Văn Đức"_s});
    CHECK(f.results->hasFocus());
    CHECK(f.results->currentRow() == 0);
}

TEST_CASE("find: by register number, narrowed by kind and year - and no match says so")
{
    useVietnamese();
    FindFixture f;
    f.type(u"1/2026"_s);
    CHECK(f.kinds().size() == 2);
    CHECK(f.numbers() == QStringList{u"1/2026"_s, u"1/2026"_s});

    auto *kind = f.find->findChild<QComboBox *>(u"kindFilter"_s);
    REQUIRE(kind);
    {
        QSignalSpy shown(f.find, &FindScreen::resultsShown);
        kind->setCurrentIndex(kind->findText(u"Khai tử"_s));
        REQUIRE(shown.wait(kAnswerWaitMs));
    }
    CHECK(f.kinds() == QStringList{u"Khai tử"_s});

    auto *year = f.find->findChild<QComboBox *>(u"yearFilter"_s);
    REQUIRE(year);
    CHECK(year->currentText() == u"Mọi năm"_s);
    CHECK(year->itemText(1) == u"2026"_s); // this year first (the register's clock)
    f.box->clear();
    {
        QSignalSpy shown(f.find, &FindScreen::resultsShown);
        year->setCurrentIndex(year->findText(u"2025"_s));
        REQUIRE(shown.wait(kAnswerWaitMs));
    }
    CHECK(f.results->rowCount() == 0);
    CHECK(f.state->text() == u"Không có hồ sơ nào khớp."_s);

    // Down in the box with nothing to move into keeps the cursor there (no dead end).
    QTest::keyClick(f.box, Qt::Key_Down);
    CHECK(f.box->hasFocus());
}

TEST_CASE("find: a corrected record shows its current content and both events of its history")
{
    useVietnamese();
    FindFixture f;
    const QJsonObject correction{
        {u"type"_s, u"correction"_s},
        {u"reason"_s, u"Ghi sai ngày sinh"_s},
        {u"changes"_s, QJsonObject{{u"subject"_s, QJsonObject{{u"birthDate"_s, u"2026-11-03"_s}}}}}};
    REQUIRE(f.reg.registrar().correct(f.birth, correction, f.reg.officer).ok());

    f.window.openRecord(f.birth);
    auto *record = qobject_cast<RecordScreen *>(f.tabs->currentWidget());
    REQUIRE(record);
    const QStringList content = treeTexts(record->findChild<QTreeWidget *>(u"recordContent"_s));
    CHECK(content.contains(u"Ngày sinh | 03/11/2026"_s));
    CHECK_FALSE(content.contains(u"Ngày sinh | 02/11/2026"_s));
    const QStringList history = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    REQUIRE(history.size() >= 3);
    CHECK(history[0].endsWith(u" | Đăng ký | canbo"_s));
    CHECK(history[1].endsWith(u" | Cải chính (đăng ký 1/2026) | canbo"_s));
    CHECK(history.contains(u"Ngày sinh | 02/11/2026 → 03/11/2026 | "_s)); // the change, under its event
}

TEST_CASE("find: a record that is not in the register says so and shows nothing else")
{
    useVietnamese();
    FindFixture f;
    f.window.openRecord(QUuid::createUuid());
    auto *record = qobject_cast<RecordScreen *>(f.tabs->currentWidget());
    REQUIRE(record);
    CHECK_FALSE(record->loaded());
    CHECK(f.tabs->tabText(f.tabs->currentIndex()) == u"Không tìm thấy hồ sơ"_s);
    CHECK(treeTexts(record->findChild<QTreeWidget *>(u"recordContent"_s)).isEmpty());
}

TEST_CASE("find: every input of the log-in, Find, record, signer screens and every registration form has an "
          "accessible name")
{
    useVietnamese();
    FindFixture f;
    LoginScreen login(f.reg.db(), f.reg.clock());
    f.window.openRecord(f.birth);
    f.window.openBirthForm();
    f.window.openDeathForm();
    f.window.openMarriageForm();
    f.window.openRecognitionForm();
    f.window.openGuardianshipForm();
    f.window.openMaritalStatusForm();
    f.window.openRecordingForm();
    f.window.openAmendment(EventKind::EthnicityRedetermination, f.birth);
    const QUuid guardianship = f.reg.mustAdd(example(u"guardianship"_s));
    f.window.openAmendment(EventKind::GuardianshipEnd, guardianship);
    f.window.openAmendment(EventKind::GuardianshipChange, guardianship);
    f.window.openSignerQueue();
    QStringList unnamed;
    for (QWidget *top : {static_cast<QWidget *>(&login), static_cast<QWidget *>(&f.window)}) {
        for (QWidget *w : top->findChildren<QWidget *>()) {
            // A header is part of its table or tree, which is named.
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                               (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w));
            // A combo box's own list view and line edit are parts of it: the combo box is named.
            const bool part =
                qobject_cast<QComboBox *>(w->parentWidget()) ||
                (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()->parentWidget()));
            if (input && !part && w->accessibleName().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        }
    }
    CHECK(unnamed == QStringList());
}

TEST_CASE("find: words composed by an input method are searched once committed, NFC or NFD alike")
{
    useVietnamese();
    FindFixture f;
    QSignalSpy shown(f.find, &FindScreen::resultsShown);

    // Telex "nguyeenx": the pre-edit is shown but is not the box's text; the committed word is.
    compose(f.box, {u"n"_s, u"ng"_s, u"ngu"_s, u"nguy"_s, u"nguye"_s, u"nguyê"_s}, u"Nguyễn"_s);
    CHECK(f.box->text() == u"Nguyễn"_s);
    QTest::keyClick(f.box, Qt::Key_Space);
    // Unikey's "tổ hợp" mode commits decomposed letters (here a + combining breve).
    compose(f.box, {u"v"_s, u"va"_s}, u"Va\u0306n"_s);
    CHECK(f.box->text() == u"Nguyễn Va\u0306n"_s);
    REQUIRE(shown.wait(kAnswerWaitMs));
    CHECK(f.names() == QStringList{u"Nguyễn Văn An"_s});
}
