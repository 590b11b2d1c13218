// A registered birth printed from the desktop with the keyboard: Ctrl+P in its record, the birth
// certificate onto the next blank of the stock as a PDF, read back with poppler; the blank-form
// journal, the stock and the file's workflow afterwards. With no stock, nothing is written.
#include "DesktopFixtures.h"
#include "FileSteps.h"
#include "MainWindow.h"
#include "PrintScreen.h"
#include "RecordScreen.h"
#include "Session.h"
#include "printing/BlankFormStock.h"
#include "printing/TemplateLoader.h"
#include "registry/Workflow.h"
#include "store/FormJournal.h"
#include "util/Uuid.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::printing;
using namespace hotich::test;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// A birth registered and its file entered, as the counter does: waiting for its certificate.
QUuid enteredBirth(TestRegister &reg)
{
    const QUuid id = reg.mustAdd(example(u"birth"_s));
    REQUIRE(Workflow(reg.db(), reg.clock()).receiveEntered(id, u"Trần Thị Bình"_s, reg.officer).ok());
    return id;
}

FormTemplate birthCertificate()
{
    auto form = TemplateLoader::fromIdOrFile(u"birth-certificate"_s);
    REQUIRE(form.ok());
    REQUIRE(form->mode == FormMode::Preprinted);
    return *form;
}

void receiveBlanks(TestRegister &reg, const QString &from, const QString &to)
{
    Transaction tx(reg.db());
    REQUIRE(tx.begin().ok());
    REQUIRE(BlankFormStock(reg.db(), reg.clock())
                .receive(birthCertificate(), u"KS"_s, from, to, reg.admin.login)
                .ok());
    REQUIRE(tx.commit().ok());
}

qint64 remainingBlanks(TestRegister &reg)
{
    auto report = BlankFormStock(reg.db(), reg.clock()).report(0);
    REQUIRE(report.ok());
    qint64 remaining = 0;
    for (const StockLine &line : std::as_const(report->lines))
        remaining += line.form == u"birth-certificate"_s ? line.remaining : 0;
    return remaining;
}

} // namespace

TEST_CASE("print a birth certificate to PDF from its record with the keyboard: journal, stock, workflow")
{
    useVietnamese();
    TestRegister reg;
    const QUuid id = enteredBirth(reg);
    receiveBlanks(reg, u"000101"_s, u"000110"_s);
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    PrintScreen *screen = openPrint(window, id);
    auto *screens = window.findChild<QTabWidget *>(u"screens"_s);
    CHECK(screens->tabText(screens->currentIndex()) == u"In Khai sinh 1/2026"_s);

    // Only the forms a birth is printed on; the preview drawn; the next free blank proposed.
    auto *forms = screen->findChild<QComboBox *>(u"printForm"_s);
    REQUIRE(forms->count() == 1);
    CHECK(forms->currentText() == u"Giấy khai sinh (bản chính)"_s);
    CHECK_FALSE(screen->previewImage().isNull());
    CHECK(screen->findChild<QLineEdit *>(u"serial"_s)->text() == u"KS-000101"_s);
    CHECK(screen->findChild<QLabel *>(u"stock"_s)->text() == u"Còn 10 phôi trong kho."_s);

    const QString pdf = reg.dir().path(u"giay-khai-sinh.pdf"_s);
    typePdfPath(screen, pdf);
    REQUIRE(printWithKeyboard(window, screen));
    CHECK(screen->messageText() == u"Đã in: Giấy khai sinh (bản chính) trên phôi KS-000101 ra %1. "
                                   u"Hồ sơ đã được đánh dấu là đã in."_s.arg(QDir(pdf).absolutePath()));

    // The PDF holds the child's name as the certificate writes it: capitals with diacritics.
    REQUIRE(QFile::exists(pdf));
    CHECK(pdfText(pdf).contains(u"NGUYỄN VĂN AN"_s));

    // One blank fewer; the journal has its serial, printed for the record, as hotich-admin writes it.
    CHECK(remainingBlanks(reg) == 9);
    CHECK(screen->findChild<QLabel *>(u"stock"_s)->text() == u"Còn 9 phôi trong kho."_s);
    CHECK(screen->findChild<QLineEdit *>(u"serial"_s)->text() == u"KS-000102"_s);
    auto entries = FormJournal(reg.db()).entriesOf(u"KS"_s, 101);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).outcome == SheetOutcome::Pending);
    CHECK(entries->at(1).outcome == SheetOutcome::Printed);
    CHECK(entries->at(1).record == id);
    CHECK(entries->at(1).form == u"birth-certificate"_s);
    CHECK(entries->at(1).printer == u"pdf:"_s + QDir(pdf).absolutePath());
    CHECK(entries->at(1).actor == reg.officer.login);

    // The file took its step "printed".
    auto file = Workflow(reg.db(), reg.clock()).fileOfRecord(id);
    REQUIRE(file.ok());
    REQUIRE(file.value());
    CHECK(file.value()->state == FileState::Printed);

    SECTION("the same blank again is refused and nothing changes")
    {
        const QString again = reg.dir().path(u"lan-hai.pdf"_s);
        typePdfPath(screen, again);
        auto *serial = screen->findChild<QLineEdit *>(u"serial"_s);
        serial->setFocus();
        QTest::keyClick(serial, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(serial, u"KS-000101"_s);
        REQUIRE_FALSE(printWithKeyboard(window, screen));
        CHECK(screen->messageText().startsWith(u"Không in được: "_s));
        CHECK(screen->messageText().contains(u"KS-000101"_s));
        CHECK_FALSE(QFile::exists(again));
        CHECK(remainingBlanks(reg) == 9);
        auto after = FormJournal(reg.db()).entries();
        REQUIRE(after.ok());
        CHECK(after->size() == 2);
    }

    SECTION("Escape gives the record back, its file shown printed")
    {
        QTest::keyClick(focused(), Qt::Key_Escape);
        auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
        auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
        REQUIRE(record);
        CHECK(record->workflowText().startsWith(u"Hồ sơ: đã in, chờ ký"_s));
        // The sheet is in the record's history: taken for printing, then printed, by the officer.
        record->reload();
        const QStringList history = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
        const QString at =
            QDateTime::fromMSecsSinceEpoch(entries->at(1).atMs).toString(u"dd/MM/yyyy HH:mm"_s);
        CHECK(history.contains(at + u" | Phôi KS-000101 (Giấy khai sinh (bản chính)): đã in | canbo"_s));
        CHECK(std::count_if(history.begin(), history.end(),
                            [](const QString &line) { return line.contains(u"Phôi KS-000101"_s); }) == 2);
    }
}

TEST_CASE("printing on a preprinted form with no blank in stock is refused and writes nothing")
{
    useVietnamese();
    TestRegister reg;
    const QUuid id = enteredBirth(reg);
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    PrintScreen *screen = openPrint(window, id);

    CHECK(screen->findChild<QLineEdit *>(u"serial"_s)->text().isEmpty());
    CHECK(screen->findChild<QLabel *>(u"stock"_s)->text() ==
          u"Trong kho không còn phôi của mẫu này. Hãy nhận lô phôi mới trước khi in."_s);
    const QString pdf = reg.dir().path(u"khong-phoi.pdf"_s);
    typePdfPath(screen, pdf);
    REQUIRE_FALSE(printWithKeyboard(window, screen));
    CHECK(screen->messageText() ==
          u"Không in được: Trong kho không còn phôi của mẫu này. Hãy nhận lô phôi mới trước khi in."_s);

    CHECK_FALSE(QFile::exists(pdf));
    auto entries = FormJournal(reg.db()).entries();
    REQUIRE(entries.ok());
    CHECK(entries->isEmpty());
    auto file = Workflow(reg.db(), reg.clock()).fileOfRecord(id);
    REQUIRE(file.ok());
    REQUIRE(file.value());
    CHECK(file.value()->state == FileState::Entered);
}

TEST_CASE("a name too long for its box on the certificate is shown naming the field and cannot be printed")
{
    useVietnamese();
    TestRegister reg;
    const QUuid id =
        reg.mustAdd(with(example(u"birth"_s), u"subject.givenName"_s,
                         u"Hoàng Thị Khánh Linh Phương Thảo Mai Anh Tuyết Xuân Thu Hà Ngọc Bích"_s));
    receiveBlanks(reg, u"000101"_s, u"000110"_s);
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    PrintScreen *screen = openPrint(window, id);

    CHECK(screen->previewImage().isNull());
    CHECK(screen->messageText().startsWith(u"Trường \"subject.name\": "_s));
    CHECK_FALSE(screen->findChild<QPushButton *>(u"print"_s)->isEnabled());
    QTest::keyClick(&window, Qt::Key_I, Qt::AltModifier);
    QCoreApplication::processEvents();
    auto entries = FormJournal(reg.db()).entries();
    REQUIRE(entries.ok());
    CHECK(entries->isEmpty());
    CHECK(remainingBlanks(reg) == 10);
}
