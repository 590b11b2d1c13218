// The files waiting for their paper, printed in one go from the batch screen onto one form, as
// PDFs read back with poppler: each file marked printed as its sheet goes out, the progress shown;
// a Cancel stops after the sheet being printed and leaves the others listed; a batch the stock
// cannot cover prints nothing. The register's thread is the screen's own (RegisterJobs), so a test
// can hold it while it presses Cancel: the batch then stops after its first sheet, every time.
#include "BatchPrintScreen.h"
#include "DesktopFixtures.h"
#include "FileSteps.h"
#include "Session.h"
#include "registry/Workflow.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

/// Three deaths registered and entered, waiting for their extracts; and a birth, which is not.
struct WaitingDeaths
{
    WaitingDeaths()
    {
        useVietnamese();
        Workflow files(reg.db(), reg.clock());
        int day = 1;
        for (const QString &given : {u"Đức"_s, u"Hùng"_s, u"Lâm"_s}) {
            QJsonObject death = with(example(u"death"_s), u"subject.givenName"_s, given);
            death = with(death, u"subject.idNumber"_s, QJsonValue(QJsonValue::Undefined));
            death = with(death, u"subject.birthDate"_s, u"1941-07-%1"_s.arg(day++, 2, 10, QChar(u'0')));
            deaths << reg.mustAdd(death);
            REQUIRE(files.receiveEntered(deaths.constLast(), u"Phạm Thị Lan"_s, reg.officer).ok());
        }
        REQUIRE(files.receiveEntered(reg.mustAdd(example(u"birth"_s)), u"Trần Thị Bình"_s, reg.officer).ok());
        REQUIRE(QDir().mkpath(out()));
        screen.show();
    }

    QString out() const { return reg.dir().path(u"ban-in"_s); }

    /// Chooses the form by its id and waits for its files; the folder typed for the PDFs.
    void choose(const QString &formId)
    {
        auto *forms = screen.findChild<QComboBox *>(u"batchForm"_s);
        const int index = forms->findData(formId);
        REQUIRE(index >= 0);
        QSignalSpy refreshed(&screen, &BatchPrintScreen::refreshed);
        forms->setFocus();
        forms->setCurrentIndex(index);
        REQUIRE(refreshed.wait(kAnswerWaitMs));
        auto *folder = screen.findChild<QLineEdit *>(u"pdfFolder"_s);
        folder->setFocus();
        QTest::keyClick(folder, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(folder, out());
    }

    QStringList pdfs() const { return QDir(out()).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name); }

    FileState stateOf(const QUuid &record)
    {
        auto file = Workflow(reg.db(), reg.clock()).fileOfRecord(record);
        REQUIRE(file.ok());
        REQUIRE(file.value());
        return file.value()->state;
    }

    /// The print button pressed from the keyboard.
    void pressPrint()
    {
        auto *print = screen.findChild<QPushButton *>(u"printAll"_s);
        REQUIRE(print->isEnabled());
        print->setFocus();
        QTest::keyClick(print, Qt::Key_Space);
    }

    TestRegister reg;
    QList<QUuid> deaths;
    Session session{reg.db(), reg.clock(), reg.officer};
    RegisterJobs jobs{reg.path()};
    BatchPrintScreen screen{session, jobs};
};

} // namespace

TEST_CASE(
    "batch printing: the deaths waiting for their extracts printed as PDFs, each file marked printed as "
    "its sheet goes out")
{
    WaitingDeaths f;
    f.choose(u"death-extract"_s);
    // Only the deaths are listed for the death extract, the earliest due first.
    QTableWidget *files = f.screen.files();
    CHECK(columnTexts(files->model(), BatchPrintScreen::NumberColumn) ==
          QStringList{u"1/2026"_s, u"2/2026"_s, u"3/2026"_s});
    CHECK(columnTexts(files->model(), BatchPrintScreen::NamesColumn) ==
          QStringList{u"Phạm Văn Đức"_s, u"Phạm Văn Hùng"_s, u"Phạm Văn Lâm"_s});
    CHECK(f.screen.messageText() == u"3 hồ sơ chờ in giấy tờ."_s);

    QSignalSpy progressed(&f.screen, &BatchPrintScreen::progressed);
    QSignalSpy finished(&f.screen, &BatchPrintScreen::finished);
    f.pressPrint();
    CHECK(f.screen.isBusy());
    REQUIRE(finished.wait(kAnswerWaitMs));
    CHECK(finished.at(0).at(0).toInt() == 3);
    CHECK(finished.at(0).at(1).toInt() == 3);
    REQUIRE(progressed.size() == 3);
    CHECK(progressed.at(2).at(0).toInt() == 3);
    CHECK(f.screen.findChild<QProgressBar *>(u"batchProgress"_s)->value() == 3);
    CHECK(f.screen.messageText().startsWith(u"Đã in 3/3 hồ sơ lên Trích lục khai tử (bản chính)."_s));

    // One PDF a record, in the batch's order, each the record's extract.
    const QStringList pdfs = f.pdfs();
    REQUIRE(pdfs.size() == 3);
    CHECK(pdfText(QDir(f.out()).filePath(pdfs.at(0))).contains(u"PHẠM VĂN ĐỨC"_s));
    CHECK(pdfText(QDir(f.out()).filePath(pdfs.at(2))).contains(u"PHẠM VĂN LÂM"_s));
    for (const QUuid &death : std::as_const(f.deaths))
        CHECK(f.stateOf(death) == FileState::Printed);

    // Nothing waits any more: the list is read again, empty.
    REQUIRE(eventually([&] { return files->rowCount() == 0; }));
    CHECK_FALSE(f.screen.isBusy());
}

TEST_CASE("batch printing: Cancel stops after the sheet being printed, and the files not printed stay listed")
{
    WaitingDeaths f;
    f.choose(u"death-extract"_s);
    REQUIRE(f.screen.files()->rowCount() == 3);

    // The register's thread held while the officer presses Print, then Escape: the batch starts
    // with its Cancel already asked for.
    QSemaphore gate;
    f.jobs.run([&gate](Result<Database *>) { gate.acquire(); });
    QSignalSpy finished(&f.screen, &BatchPrintScreen::finished);
    f.pressPrint();
    REQUIRE(f.screen.isBusy());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(f.screen.messageText() == u"Đang dừng sau tờ đang in…"_s);
    gate.release();
    REQUIRE(finished.wait(kAnswerWaitMs));
    CHECK(finished.at(0).at(0).toInt() == 1);
    CHECK(finished.at(0).at(1).toInt() == 3);
    CHECK(f.screen.messageText().startsWith(u"Đã dừng sau 1/3 hồ sơ theo yêu cầu."_s));

    // The first sheet went out and its file moved on; the other two were not touched.
    CHECK(f.pdfs().size() == 1);
    CHECK(f.stateOf(f.deaths.at(0)) == FileState::Printed);
    CHECK(f.stateOf(f.deaths.at(1)) == FileState::Entered);
    CHECK(f.stateOf(f.deaths.at(2)) == FileState::Entered);
    REQUIRE(eventually([&] { return f.screen.files()->rowCount() == 2; }));
    CHECK(columnTexts(f.screen.files()->model(), BatchPrintScreen::NumberColumn) ==
          QStringList{u"2/2026"_s, u"3/2026"_s});

    // Escape when nothing runs closes the screen.
    QSignalSpy closing(&f.screen, &BatchPrintScreen::closeRequested);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(closing.size() == 1);
}

TEST_CASE("batch printing: a batch the blank-form stock cannot cover prints nothing and moves no file")
{
    WaitingDeaths f;
    const QUuid marriage = f.reg.mustAdd(example(u"marriage"_s));
    REQUIRE(
        Workflow(f.reg.db(), f.reg.clock()).receiveEntered(marriage, u"Lê Thị Cúc"_s, f.reg.officer).ok());
    f.choose(u"marriage-certificate"_s);
    REQUIRE(f.screen.files()->rowCount() == 1);

    QSignalSpy finished(&f.screen, &BatchPrintScreen::finished);
    f.pressPrint();
    REQUIRE(finished.wait(kAnswerWaitMs));
    CHECK(finished.at(0).at(0).toInt() == 0);
    CHECK(f.screen.messageText().startsWith(u"Không in được: "_s));
    CHECK(f.pdfs().isEmpty());
    CHECK(f.stateOf(marriage) == FileState::Entered);
    CHECK(f.screen.files()->rowCount() == 1);
}
