// A death's and a marriage's file after their registration, from the keyboard as for a birth
// (RegisterBirthTests, PrintTests): the paper printed to PDF from the record and read back with
// poppler, the file through the signer's queue (the officer refused, the chair signing), and the
// record found again by another person it names, typed without diacritics. Their registration with
// a validation error fixed is in RegisterDeathTests and RegisterMarriageTests, their correction
// in CorrectionTests.
#include "DesktopFixtures.h"
#include "FileSteps.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "PrintScreen.h"
#include "Session.h"
#include "SignerQueue.h"
#include "printing/BlankFormStock.h"
#include "printing/TemplateLoader.h"
#include "registry/Workflow.h"
#include "store/FormJournal.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::printing;
using namespace hotich::test;

namespace {

/// A registration of the example named, its file entered as the counter does: waiting for its paper.
QUuid entered(TestRegister &reg, const QString &exampleName, const QString &from)
{
    const QUuid id = reg.mustAdd(example(exampleName));
    REQUIRE(Workflow(reg.db(), reg.clock()).receiveEntered(id, from, reg.officer).ok());
    return id;
}

FileState stateOf(TestRegister &reg, const QUuid &id)
{
    auto file = Workflow(reg.db(), reg.clock()).fileOfRecord(id);
    REQUIRE(file.ok());
    REQUIRE(file.value());
    return file.value()->state;
}

/// The officer's window: the file waits in the signer's queue, and signing it is refused.
void officerRefusedSigning(MainWindow &window, const QString &number)
{
    SignerQueue *queue = openQueue(window);
    CHECK(queue->messageText() == u"1 hồ sơ chờ ký."_s);
    auto *files = queue->findChild<QTableWidget *>(u"queueFiles"_s);
    CHECK(columnTexts(files->model(), SignerQueue::NumberColumn) == QStringList{number});
    signWithKeyboard(queue);
    CHECK(queue->messageText() == u"Tài khoản canbo (công chức tư pháp – hộ tịch) không có quyền này: cần "
                                  u"vai trò người ký (Chủ tịch/Phó Chủ tịch UBND)"_s);
    CHECK(files->rowCount() == 1);
}

/// The chair logs in and signs the one file waiting; the queue empties.
void chairSigns(TestRegister &reg, const QString &signedMessage)
{
    Session chair{reg.db(), reg.clock(), logIn(reg, u"chutich"_s, u"signer-password"_s)};
    MainWindow window(chair);
    showActive(window);
    SignerQueue *queue = openQueue(window);
    CHECK(queue->messageText() == u"1 hồ sơ chờ ký."_s);
    QSignalSpy refreshed(queue, &SignerQueue::refreshed);
    signWithKeyboard(queue);
    REQUIRE(refreshed.wait(kAnswerWaitMs));
    CHECK(queue->messageText() == signedMessage);
    CHECK(queue->findChild<QTableWidget *>(u"queueFiles"_s)->rowCount() == 0);
}

} // namespace

TEST_CASE("a death's file with the keyboard: its extract printed to PDF, signed by the chair and not the "
          "officer, found by the declarant's name")
{
    useVietnamese();
    TestRegister reg;
    addSigner(reg);
    const QUuid id = entered(reg, u"death"_s, u"Phạm Thị Lan"_s); // Phạm Văn Đức, died 01/11/2026 14:30

    Session session{reg.db(), reg.clock(), logIn(reg, u"canbo"_s, u"officer-password"_s)};
    MainWindow window(session);
    PrintScreen *screen = openPrint(window, id);
    auto *forms = screen->findChild<QComboBox *>(u"printForm"_s);
    CHECK(forms->currentText() == u"Trích lục khai tử (bản chính)"_s);
    const QString pdf = reg.dir().path(u"trich-luc-khai-tu.pdf"_s);
    typePdfPath(screen, pdf);
    REQUIRE(printWithKeyboard(window, screen));
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"PHẠM VĂN ĐỨC"_s));
    // The time and date of death, also in words, as the extract states them.
    CHECK(text.contains(u"Đã chết vào lúc: 14 giờ 30 phút, ngày 01/11/2026"_s));
    CHECK(text.simplified().contains(
        u"mười bốn giờ ba mươi phút, ngày mồng một tháng mười một năm hai nghìn không trăm hai mươi sáu"_s));
    CHECK(stateOf(reg, id) == FileState::Printed);

    officerRefusedSigning(window, u"1/2026"_s);
    window.close();
    chairSigns(reg, u"Khai tử 1/2026 đã được ký. Không có hồ sơ nào chờ ký."_s);
    CHECK(stateOf(reg, id) == FileState::Signed);

    // The declarant's daughter asks for a copy later: found by her own name, without diacritics.
    showActive(window);
    CHECK(findNames(window, u"pham thi lan"_s) == QStringList{u"Phạm Văn Đức"_s});
}

TEST_CASE("a marriage's file with the keyboard: its certificate printed to PDF on the next blank, signed by "
          "the chair and not the officer, found by either spouse")
{
    useVietnamese();
    TestRegister reg;
    addSigner(reg);
    const QUuid id = entered(reg, u"marriage"_s, u"Lê Thị Cúc"_s);
    auto form = TemplateLoader::fromIdOrFile(u"marriage-certificate"_s);
    REQUIRE(form.ok());
    {
        Transaction tx(reg.db());
        REQUIRE(tx.begin().ok());
        REQUIRE(BlankFormStock(reg.db(), reg.clock())
                    .receive(*form, u"KH"_s, u"000001"_s, u"000005"_s, reg.admin.login)
                    .ok());
        REQUIRE(tx.commit().ok());
    }

    Session session{reg.db(), reg.clock(), logIn(reg, u"canbo"_s, u"officer-password"_s)};
    MainWindow window(session);
    PrintScreen *screen = openPrint(window, id);
    CHECK(screen->findChild<QComboBox *>(u"printForm"_s)->currentText() == u"Giấy chứng nhận kết hôn"_s);
    CHECK(screen->findChild<QLineEdit *>(u"serial"_s)->text() == u"KH-000001"_s);
    const QString pdf = reg.dir().path(u"giay-chung-nhan-ket-hon.pdf"_s);
    typePdfPath(screen, pdf);
    REQUIRE(printWithKeyboard(window, screen));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"Lê Thị Cúc"_s, Qt::CaseInsensitive));
    CHECK(text.contains(u"Trần Văn Bảo"_s, Qt::CaseInsensitive));
    // The blank's serial is journalled printed for the record.
    auto entries = FormJournal(reg.db()).entriesOf(u"KH"_s, 1);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    CHECK(entries->constLast().outcome == SheetOutcome::Printed);
    CHECK(entries->constLast().record == id);
    CHECK(stateOf(reg, id) == FileState::Printed);

    officerRefusedSigning(window, u"1/2026"_s);
    window.close();
    chairSigns(reg, u"Kết hôn 1/2026 đã được ký. Không có hồ sơ nào chờ ký."_s);
    CHECK(stateOf(reg, id) == FileState::Signed);

    showActive(window);
    const QStringList byHusband = findNames(window, u"tran van bao"_s);
    CHECK(byHusband.size() == 1);
    CHECK(byHusband == findNames(window, u"le thi cuc"_s));
}
