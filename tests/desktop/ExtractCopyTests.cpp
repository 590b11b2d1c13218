// A citizen's request for copies of a registered record's extract, from the record with the
// keyboard only: Ctrl+Shift+C, who asks and how many copies, saved as an extract-copy registration
// of the record, then its copy printed to PDF from the print screen that opens on it, read back
// with poppler. Not offered from a copy's own record, nor where no form prints the copy.
#include "DesktopFixtures.h"
#include "ExtractCopyForm.h"
#include "FileSteps.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "PrintScreen.h"
#include "RecordScreen.h"
#include "Session.h"
#include "printing/RecordPrint.h"
#include "registry/RecordView.h"
#include "store/RecordStore.h"
#include "util/Uuid.h"

#include <QComboBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE(
    "extract copies of a birth from its record with the keyboard only: the request registered, the copy "
    "printed to PDF")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    const QUuid birth = f.reg.mustAdd(example(u"birth"_s)); // Nguyễn Văn An, Khai sinh 1/2026
    window.openRecord(birth);
    auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    REQUIRE(record->findChild<QPushButton *>(u"amend-extractCopy"_s));
    CHECK(record->findChild<QPushButton *>(u"amend-extractCopy"_s)->isVisible());

    // Ctrl+Shift+C: the request, the record it copies named over it, the cursor in the requester.
    REQUIRE(eventually([&] { return record->isAncestorOf(focused()); }));
    QTest::keyClick(focused(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto *form = qobject_cast<ExtractCopyForm *>(tabs->currentWidget());
    REQUIRE(form);
    CHECK(tabs->tabText(tabs->currentIndex()) == u"Cấp bản sao trích lục"_s);
    CHECK(form->amends() == birth);
    REQUIRE(eventually([] { return focusedName() == u"requester.fullName"_s; }));
    typeAt(u"requester.fullName"_s, u"Trần Thị Bình"_s);
    tab();
    typeAt(u"requester.relationship"_s, u"mẹ"_s);
    tab();
    typeAt(u"requester.idDocument"_s, u"Thẻ căn cước 001198012345"_s);
    tab();
    REQUIRE(focusedName() == u"copies"_s);
    QTest::keyClick(focused(), Qt::Key_Up); // two copies
    tab();
    typeAt(u"purpose"_s, u"Làm hộ chiếu"_s);
    const QJsonObject typed = form->record();
    CHECK(typed.value(u"source"_s).toString() == uuidText(birth));
    CHECK(typed.value(u"copies"_s).toInt() == 2);
    CHECK_FALSE(typed.contains(u"amends"_s));

    // Saved on the register's thread: the print screen opens on the copy's own record.
    QPointer<ExtractCopyForm> open(form);
    QSignalSpy registered(form, &RegistrationForm::registered);
    tab();
    REQUIRE(focusedName() == u"registrationDate"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(registered.wait(kAnswerWaitMs));
    const QUuid copy = registered.constFirst().constFirst().toUuid();
    REQUIRE(eventually([&] { return open.isNull(); }));
    auto *print = qobject_cast<PrintScreen *>(tabs->currentWidget());
    REQUIRE(print);
    CHECK(print->recordId() == copy);
    CHECK(print->findChild<QComboBox *>(u"printForm"_s)->currentText() == u"Giấy khai sinh (bản sao)"_s);

    RecordStore store(f.reg.db());
    const auto saved = loadRecordView(store, copy);
    REQUIRE(saved);
    CHECK(saved->stored.kind == EventKind::ExtractCopy);
    CHECK(saved->content().value(u"source"_s).toString() == uuidText(birth));
    CHECK(saved->content().value(u"requester"_s).toObject().value(u"fullName"_s) == u"Trần Thị Bình"_s);

    const QString pdf = f.reg.dir().path(u"ban-sao.pdf"_s);
    typePdfPath(print, pdf);
    REQUIRE(printWithKeyboard(window, print));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"NGUYỄN VĂN AN"_s));
}

TEST_CASE("extract copies: not offered from a copy's own record, nor where no form prints the copy")
{
    useVietnamese();
    OfficerWindow f;
    const QUuid birth = f.reg.mustAdd(example(u"birth"_s));
    auto *tabs = f.window.findChild<QTabWidget *>(u"screens"_s);
    // A copy is a registration of its own: a copy of a copy is not offered either.
    const QUuid copy =
        f.reg.mustAdd(QJsonObject{{u"kind"_s, u"extractCopy"_s},
                                  {u"registrationDate"_s, u"2026-11-26"_s},
                                  {u"source"_s, uuidText(birth)},
                                  {u"requester"_s, QJsonObject{{u"fullName"_s, u"Trần Thị Bình"_s}}},
                                  {u"copies"_s, 1}});
    f.window.openRecord(copy);
    auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    REQUIRE(record->findChild<QPushButton *>(u"amend-extractCopy"_s));
    CHECK_FALSE(record->findChild<QPushButton *>(u"amend-extractCopy"_s)->isVisible());

    // Nor a record whose copy no form prints yet (a marriage): the request would lead nowhere.
    CHECK_FALSE(printing::copyFormExists(EventKind::Marriage));
    CHECK(printing::copyFormExists(EventKind::Death));
    f.window.openRecord(f.reg.mustAdd(example(u"marriage"_s)));
    record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    CHECK_FALSE(record->findChild<QPushButton *>(u"amend-extractCopy"_s)->isVisible());
}
