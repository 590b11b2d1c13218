// hotich-admin print through the real binary: the PDF it writes is read back with poppler.
#include "AdminRegister.h"
#include "PrivateCups.h"
#include "RenderChecks.h"

#include "printing/CupsJob.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace hotich;
using namespace hotich::printing;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

constexpr double kMmPerPt = pdf_probe::kMmPerPt;

/// The first line of a field as poppler read it, by the field's words.
QRectF lineOf(const PdfPage &page, const QString &text)
{
    const QStringList words = text.split(u' ');
    for (qsizetype i = 0; i + words.size() <= page.words.size(); ++i) {
        QRectF box;
        bool same = true;
        for (qsizetype j = 0; j < words.size() && same; ++j) {
            same = page.words[i + j].text == words[j];
            box = box.isNull() ? page.words[i + j].boxPt : box.united(page.words[i + j].boxPt);
        }
        if (same)
            return toMm(box);
    }
    FAIL("\"" << text.toStdString() << "\" is not in the PDF");
    return {};
}

/// Where two drawings of a page put their ink (pixels darker than mid-grey).
struct InkComparison
{
    qint64 inkA = 0;
    qint64 inkB = 0;
    qint64 unmatchedA = 0; ///< ink of A with no ink of B within the tolerance
    qint64 unmatchedB = 0;
    QRect boundsA;
    QRect boundsB;
};

InkComparison compareInk(const QImage &a, const QImage &b, int tolerancePx)
{
    auto ink = [](const QImage &image, int x, int y) {
        return image.constScanLine(y)[x] < 128;
    };
    auto near = [&](const QImage &image, int x, int y) {
        for (int dy = -tolerancePx; dy <= tolerancePx; ++dy) {
            for (int dx = -tolerancePx; dx <= tolerancePx; ++dx) {
                const int nx = x + dx;
                const int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < image.width() && ny < image.height() && ink(image, nx, ny))
                    return true;
            }
        }
        return false;
    };
    InkComparison out;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (ink(a, x, y)) {
                ++out.inkA;
                out.boundsA |= QRect(x, y, 1, 1);
                out.unmatchedA += near(b, x, y) ? 0 : 1;
            }
            if (ink(b, x, y)) {
                ++out.inkB;
                out.boundsB |= QRect(x, y, 1, 1);
                out.unmatchedB += near(a, x, y) ? 0 : 1;
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("hotich-admin print writes the record's certificate as PDF/A-1b, values at their anchors")
{
    PrintRegister reg;
    const QString pdf = reg.dir.path(u"ks.pdf"_s);
    const AdminRun run =
        reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.first().value(u"id"_s).toString() == reg.birth);
    CHECK(run.first().value(u"form"_s).toString() == u"birth-certificate");
    CHECK(run.first().value(u"pdf"_s).toString() == QFileInfo(pdf).absoluteFilePath());

    CHECK(pdf_probe::info(pdf, true).contains(u"pdfaid:part=\"1\""_s));
    CHECK(pdf_probe::info(pdf).contains(reg.birth));
    for (const PdfFont &f : pdf_probe::fonts(pdf)) {
        CHECK(f.name.startsWith(u"LiberationSerif"_s));
        CHECK(f.embedded);
    }
    const PdfPage page = pdf_probe::firstPage(pdf);
    CHECK(std::abs(page.sizePt.width() * kMmPerPt - 210) <= 0.2);
    CHECK(std::abs(page.sizePt.height() * kMmPerPt - 297) <= 0.2);
    const FormTemplate form = mustLoad(u"birth-certificate"_s);
    const QPointF anchor = form.field(u"subject.name"_s)->box.anchorMm();
    const QRectF name = lineOf(page, u"NGUYỄN VĂN AN"_s);
    CHECK(std::abs(name.left() - anchor.x()) <= kAnchorToleranceMm);
    CHECK(std::abs(name.top() - anchor.y()) <= kAnchorToleranceMm);
    for (const PdfWord &w : page.words)
        CHECK(w.text != u"GIẤY"); // the blank form's own printing stays off the PDF

    SECTION("with a calibration, every value moves by its offset")
    {
        Calibration c;
        c.offsetMm = {1.5, -2.0};
        REQUIRE(CalibrationStore(reg.dir.path(u"calibration"_s))
                    .save(u"front-desk"_s, u"birth-certificate"_s, c));
        const QString moved = reg.dir.path(u"ks-moved.pdf"_s);
        const AdminRun again = reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s,
                                            u"--pdf"_s, moved, u"--calibration"_s, u"front-desk"_s});
        INFO(again.errText().toStdString());
        REQUIRE(again.exitCode == 0);
        CHECK(again.first().value(u"calibration"_s).toString() == u"front-desk");
        const PdfPage after = pdf_probe::firstPage(moved);
        REQUIRE(after.words.size() == page.words.size());
        for (qsizetype i = 0; i < page.words.size(); ++i) {
            CHECK(std::abs((after.words[i].boxPt.left() - page.words[i].boxPt.left()) * kMmPerPt - 1.5) <=
                  0.1);
            CHECK(std::abs((after.words[i].boxPt.top() - page.words[i].boxPt.top()) * kMmPerPt + 2.0) <= 0.1);
        }
    }
}

TEST_CASE("hotich-admin print refuses a bad request, exits 2 and writes no file")
{
    PrintRegister reg;
    const QString pdf = reg.dir.path(u"out.pdf"_s);
    struct Case
    {
        const char *what;
        QStringList args;
        QString says;
    };
    const QList<Case> cases = {
        {"an unknown form",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificat"_s, u"--pdf"_s, pdf},
         u"There is no form \"birth-certificat\"; the forms are: birth-certificate, birth-certificate-copy, correction-extract"_s},
        {"a record of another kind",
         {u"print"_s, reg.death, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf},
         u"is a death record"_s},
        {"a calibration that does not exist",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf, u"--calibration"_s,
          u"nope"_s},
         u"There is no calibration \"nope\" for the form birth-certificate"_s},
        {"a calibration name that leaves its folder",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf, u"--calibration"_s,
          u"../x"_s},
         u"The name \"../x\" is not valid"_s},
        {"no --pdf",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s},
         u"one of --pdf OUT or --printer NAME are required"_s},
        {"both --pdf and --printer",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf, u"--printer"_s,
          u"x"_s},
         u"one of --pdf OUT or --printer NAME are required"_s},
        {"a folder that does not exist",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s,
          reg.dir.path(u"no/ks.pdf"_s)},
         u"does not exist"_s},
        {"a printer that does not exist",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--printer"_s, u"no-such-printer"_s},
         u"There is no printer \"no-such-printer\""_s},
        {"a malformed serial",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf, u"--serial"_s,
          u"KS000101"_s},
         u"The serial \"KS000101\" is not valid"_s},
        {"a serial outside the stock",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf, u"--serial"_s,
          u"KS-000151"_s},
         u"is not in any blank-form stock received"_s},
        {"a serial of another series",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf, u"--serial"_s,
          u"KT-000101"_s},
         u"is not in any blank-form stock received"_s},
        {"more copies than the stock holds",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf, u"--copies"_s,
          u"51"_s},
         u"Not enough blank forms of birth-certificate: 51 needed, 50 left"_s},
        {"copies out of range",
         {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf, u"--copies"_s, u"0"_s},
         u"--copies must be a whole number from 1 to 100"_s},
        {"a serial for a plain form",
         {u"print"_s, reg.death, u"--form"_s, u"death-extract"_s, u"--pdf"_s, pdf, u"--serial"_s,
          u"KS-000101"_s},
         u"takes no --serial"_s},
        {"an unknown record",
         {u"print"_s, u"01930000-0000-7000-8000-000000000000"_s, u"--form"_s, u"birth-certificate"_s,
          u"--pdf"_s, pdf},
         u"01930000-0000-7000-8000-000000000000"_s},
    };
    const QJsonObject before = reg.formsState();
    for (const Case &c : cases) {
        INFO(c.what);
        const AdminRun run = reg.officer(c.args);
        INFO(run.errText().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errText().contains(c.says));
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(pdf));
        QFile::remove(pdf); // each case on its own
    }
    // No serial was taken by any of them.
    CHECK(reg.formsState() == before);
}

TEST_CASE("hotich-admin print takes the next free serial of a preprinted form and never reuses one")
{
    PrintRegister reg;
    const QString pdf = reg.dir.path(u"ks.pdf"_s);
    const QStringList print = {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, pdf};
    const AdminRun first = reg.officer(print);
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.errText().contains(u"Using blank KS-000101"_s));
    CHECK(first.first().value(u"serials"_s).toArray() == QJsonArray{u"KS-000101"_s});
    CHECK(QFileInfo::exists(pdf));

    // A reprint is a new sheet with a new serial; Vietnamese by default.
    const AdminRun reprint = reg.officerVi(print);
    REQUIRE(reprint.exitCode == 0);
    CHECK(reprint.errText().contains(u"Dùng phôi KS-000102"_s));

    SECTION("a serial given twice is refused the second time")
    {
        const QString given = reg.dir.path(u"given.pdf"_s);
        QStringList withSerial = {u"print"_s, reg.birth, u"--form"_s,   u"birth-certificate"_s,
                                  u"--pdf"_s, given,     u"--serial"_s, u"KS-120"_s};
        const AdminRun once = reg.officer(withSerial);
        REQUIRE(once.exitCode == 0);
        CHECK(once.first().value(u"serials"_s).toArray() == QJsonArray{u"KS-000120"_s});
        REQUIRE(QFile::remove(given));
        const QJsonObject before = reg.formsState();
        const AdminRun twice = reg.officer(withSerial);
        CHECK(twice.exitCode == 2);
        CHECK(twice.errText().contains(u"The blank KS-000120 is already used (printed)"_s));
        CHECK_FALSE(QFileInfo::exists(given));
        CHECK(reg.formsState() == before);
        withSerial.last() = u"KS-000101"_s;
        CHECK(reg.officerVi(withSerial).errText().contains(u"Phôi KS-000101 đã dùng (đã in)"_s));
    }
    SECTION("--copies N prints N sheets with N serials")
    {
        const AdminRun three = reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s,
                                            u"--pdf"_s, pdf, u"--copies"_s, u"3"_s});
        INFO(three.errText().toStdString());
        REQUIRE(three.exitCode == 0);
        CHECK(three.first().value(u"serials"_s).toArray() ==
              QJsonArray{u"KS-000103"_s, u"KS-000104"_s, u"KS-000105"_s});
        const QJsonArray files = three.first().value(u"pdf"_s).toArray();
        REQUIRE(files.size() == 3);
        CHECK(files[0].toString() == QFileInfo(reg.dir.path(u"ks-KS-000103.pdf"_s)).absoluteFilePath());
        for (const QJsonValue &f : files)
            CHECK(pdf_probe::firstPage(f.toString()).words.size() > 10);
        const QJsonObject line = reg.formsState().value(u"stock"_s).toArray().first().toObject();
        CHECK(line.value(u"used"_s).toInt() == 5);
        CHECK(line.value(u"remaining"_s).toInt() == 45);
    }
    SECTION("a plain form takes no serial")
    {
        const QJsonObject before = reg.formsState();
        const AdminRun extract = reg.officer(
            {u"print"_s, reg.death, u"--form"_s, u"death-extract"_s, u"--pdf"_s, reg.dir.path(u"tl.pdf"_s)});
        REQUIRE(extract.exitCode == 0);
        CHECK_FALSE(extract.first().contains(u"serials"_s));
        CHECK(reg.formsState() == before);
    }
}

TEST_CASE("two hotich-admin processes printing at once never take one serial twice")
{
    PrintRegister reg;
    QList<QProcess *> processes;
    for (int p = 0; p < 2; ++p) {
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOTICH_PASSWORD"_s, u"can-bo-2026"_s);
        process->setProcessEnvironment(env);
        process->start(adminPath(), {u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"print"_s, reg.birth,
                                     u"--form"_s, u"birth-certificate"_s, u"--pdf"_s,
                                     reg.dir.path(u"p%1.pdf"_s.arg(p)), u"--copies"_s, u"4"_s});
        processes << process;
    }
    QStringList serials;
    for (QProcess *process : processes) {
        REQUIRE(process->waitForFinished(300000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitCode() == 0);
        const QJsonObject out = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        for (const QJsonValue &s : out.value(u"serials"_s).toArray())
            serials << s.toString();
        delete process;
    }
    serials.sort();
    QStringList expected;
    for (int n = 101; n <= 108; ++n)
        expected << u"KS-000%1"_s.arg(n);
    CHECK(serials == expected);
}

TEST_CASE("hotich-admin print --printer goes through a real CUPS queue (cups-pdf) unscaled and is journalled")
{
    PrintRegister reg;
    PrivateCups cups;
    // The same sheet written directly, to compare with what comes out of the queue.
    const QString direct = reg.dir.path(u"direct.pdf"_s);
    REQUIRE(reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, direct,
                         u"--serial"_s, u"KS-000150"_s})
                .exitCode == 0);

    const AdminRun run = reg.officer(
        {u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--printer"_s, cups.queue()});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.errText().contains(u"Using blank KS-000101"_s));
    CHECK(run.first().value(u"printer"_s).toString() == cups.queue());
    CHECK(run.first().value(u"serials"_s).toArray() == QJsonArray{u"KS-000101"_s});
    // hotich-admin returned once CUPS had completed the job, not when it had handed it over.
    CHECK(cups.unfinishedJobs() == QStringList());

    const PrivateCups::Finished finished = cups.waitForJobs();
    REQUIRE(finished.pdfs.size() == 1);
    REQUIRE(finished.jobOptions.size() == 1);
    // CUPS was told not to scale, and the page size is the form's.
    CHECK(finished.jobOptions[0].contains(u"print-scaling=none"_s));
    CHECK(finished.jobOptions[0].contains(u"media=A4"_s));

    // No scaling: the page is the form's, and every mark is where the direct PDF has it. CUPS
    // feeds cups-pdf PostScript (cups-pdf copies its input line by line, so a PDF handed to it
    // directly comes out empty), and Ghostscript's ps2write turns the embedded Liberation Serif
    // into a Type 3 font without letter names: pdftotext finds the words of the sheet at their
    // places but reads their letters as private symbols. So the words are compared by place and
    // length, and the whole page by its pixels, as poppler draws both PDFs.
    const PdfPage sent = pdf_probe::firstPage(direct);
    const PdfPage printed = pdf_probe::firstPage(finished.pdfs[0]);
    CHECK(std::abs(printed.sizePt.width() * kMmPerPt - 210) <= 0.2);
    CHECK(std::abs(printed.sizePt.height() * kMmPerPt - 297) <= 0.2);
    lineOf(sent, u"NGUYỄN VĂN AN"_s); // the direct PDF is the record's certificate
    const QRectF name = lineOf(sent, u"NGUYỄN"_s);
    bool nameFound = false;
    for (const PdfWord &w : printed.words) {
        const QRectF box = toMm(w.boxPt);
        nameFound = nameFound ||
                    (w.text.size() == 6 && std::abs(box.left() - name.left()) <= 0.2 &&
                     std::abs(box.right() - name.right()) <= 0.2 && std::abs(box.top() - name.top()) <= 0.5);
    }
    CHECK(nameFound); // a six-letter word where NGUYỄN is, as wide

    constexpr int kDpi = 300; // a pixel is 0.085 mm
    const QImage a = pdf_probe::raster(direct, kDpi);
    const QImage b = pdf_probe::raster(finished.pdfs[0], kDpi);
    REQUIRE(a.size() == b.size());
    const InkComparison ink = compareInk(a, b, 2);
    INFO("ink pixels " << ink.inkA << " / " << ink.inkB << ", unmatched " << ink.unmatchedA << " / "
                       << ink.unmatchedB);
    REQUIRE(ink.inkA > 10000); // the sheet has text on it
    CHECK(ink.unmatchedA <= ink.inkA / 100);
    CHECK(ink.unmatchedB <= ink.inkB / 100);
    // The ink's extent: a scaled page would move the far edges by millimetres.
    const double mmPerPixel = 25.4 / kDpi;
    CHECK(std::abs(ink.boundsA.left() - ink.boundsB.left()) * mmPerPixel <= 0.2);
    CHECK(std::abs(ink.boundsA.top() - ink.boundsB.top()) * mmPerPixel <= 0.2);
    CHECK(std::abs(ink.boundsA.right() - ink.boundsB.right()) * mmPerPixel <= 0.2);
    CHECK(std::abs(ink.boundsA.bottom() - ink.boundsB.bottom()) * mmPerPixel <= 0.2);

    // The journal says printed, on that printer.
    const QJsonObject line = reg.formsState().value(u"stock"_s).toArray().first().toObject();
    CHECK(line.value(u"printed"_s).toInt() == 2);
    CHECK(line.value(u"pending"_s).toInt() == 0);
    const AdminRun confirm = reg.officer({u"forms"_s, u"confirm"_s, u"KS-000101"_s});
    CHECK(confirm.errText().contains(u"Cannot confirm the blank KS-000101: it is printed, not pending"_s));
}

namespace {

/// A print to `queue` that CUPS does not complete: hotich-admin fails with `cupsSays` and the
/// pending note, and the blank it took is pending, neither printed nor used.
void checkNotPrinted(const PrintRegister &reg, const QString &queue, const QString &cupsSays)
{
    const AdminRun run =
        reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--printer"_s, queue});
    INFO(run.errText().toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.errText().contains(u"Using blank KS-000101"_s));
    CHECK(run.errText().contains(cupsSays));
    CHECK(run.errText().contains(u"The blank KS-000101 is pending: check the sheet"_s));
    const QJsonObject line = reg.formsState().value(u"stock"_s).toArray().first().toObject();
    CHECK(line.value(u"printed"_s).toInt() == 0);
    CHECK(line.value(u"used"_s).toInt() == 0);
    CHECK(line.value(u"pending"_s).toInt() == 1);
    CHECK(line.value(u"remaining"_s).toInt() == 49);
}

} // namespace

TEST_CASE("hotich-admin print --printer to a queue that rejects jobs fails with CUPS' reason and journals no "
          "blank printed")
{
    PrintRegister reg;
    PrivateCups cups;
    cups.rejectJobs();
    checkNotPrinted(
        reg, cups.queue(),
        u"CUPS refused the print job on %1: Destination \"%1\" is not accepting jobs."_s.arg(cups.queue()));
}

TEST_CASE("hotich-admin print --printer whose job the backend aborts fails and journals no blank printed")
{
    PrintRegister reg;
    PrivateCups cups;
    checkNotPrinted(reg, cups.failingQueue(),
                    u"on %1 was aborted, not printed: hotich-fail: this test printer fails every job"_s.arg(
                        cups.failingQueue()));
}

TEST_CASE("hotich-admin print --printer to a stopped printer fails with the job still queued and journals no "
          "blank printed")
{
    PrintRegister reg;
    PrivateCups cups;
    cups.stopPrinter();
    checkNotPrinted(
        reg, cups.queue(),
        u"is still queued on %1 (the printer is stopped: hotich test: printer stopped"_s.arg(cups.queue()));
}

TEST_CASE("A CUPS job still held when the wait ends is not completed, and the error names the job")
{
    PrivateCups cups;
    TempDir dir; // any readable file: the held job is never printed
    const QString text = dir.path(u"held.txt"_s);
    {
        QFile out(text);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("held\n");
    }
    auto job = CupsJob::submit(cups.queue(), text, u"held"_s, {{"job-hold-until", "indefinite"}});
    INFO((job ? QString() : job.error().en).toStdString());
    REQUIRE(job);
    CHECK(job->id() > 0);
    const Result<void> waited = job->waitUntilCompleted(std::chrono::milliseconds(1000));
    REQUIRE(!waited);
    CHECK(waited.error().code == u"print.queued"_s);
    CHECK(waited.error().en.contains(
        u"The print job %1 is still queued on %2 (after 1 s), not printed"_s.arg(job->id()).arg(
            cups.queue())));
}

TEST_CASE("hotich-admin print --test-page draws the calibration page, moved by the calibration it is given")
{
    PrintRegister reg;
    const QString plain = reg.dir.path(u"test-page.pdf"_s);
    const AdminRun run =
        reg.officer({u"print"_s, u"--test-page"_s, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, plain});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.first().value(u"testPage"_s).toBool());
    const PdfPage page = pdf_probe::firstPage(plain);
    CHECK(std::abs(page.sizePt.width() * kMmPerPt - 210) <= 0.2);
    CHECK(std::abs(page.sizePt.height() * kMmPerPt - 297) <= 0.2);
    lineOf(page, u"Trang hiệu chỉnh — Giấy khai sinh (bản chính) (birth-certificate)"_s);
    // Each reference point is labelled under its crosshair; the rulers are numbered in mm.
    const FormTemplate form = mustLoad(u"birth-certificate"_s);
    REQUIRE(form.referencePointsMm.size() == 4);
    for (qsizetype i = 0; i < form.referencePointsMm.size(); ++i) {
        const QPointF p = form.referencePointsMm[i];
        const QString label = u"%1: (%2; %3) mm"_s.arg(i + 1).arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1);
        const QRectF box = lineOf(page, label);
        CHECK(std::abs(box.top() - (p.y() + 10.5)) <= 0.2);
    }
    for (const QString &mark : {u"10"_s, u"100"_s, u"200"_s, u"290"_s})
        CHECK(std::any_of(page.words.begin(), page.words.end(),
                          [&](const PdfWord &w) { return w.text == mark; }));

    // A calibration set from the command line moves the whole page by its offset.
    const AdminRun set = reg.officer({u"calibration"_s, u"set"_s, u"front-desk"_s, u"--form"_s,
                                      u"birth-certificate"_s, u"--printer"_s, u"HP LaserJet P2035"_s,
                                      u"--offset-x"_s, u"1.5"_s, u"--offset-y"_s, u"-2.0"_s});
    INFO(set.errText().toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.first().value(u"offsetMm"_s).toArray() == QJsonArray{1.5, -2.0});
    const QString moved = reg.dir.path(u"test-page-moved.pdf"_s);
    REQUIRE(reg.officer({u"print"_s, u"--test-page"_s, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, moved,
                         u"--calibration"_s, u"front-desk"_s})
                .exitCode == 0);
    const PdfPage after = pdf_probe::firstPage(moved);
    REQUIRE(after.words.size() == page.words.size());
    for (qsizetype i = 0; i < page.words.size(); ++i) {
        INFO(page.words[i].text.toStdString());
        CHECK(std::abs((after.words[i].boxPt.left() - page.words[i].boxPt.left()) * kMmPerPt - 1.5) <= 0.1);
        CHECK(std::abs((after.words[i].boxPt.top() - page.words[i].boxPt.top()) * kMmPerPt + 2.0) <= 0.1);
    }
}

TEST_CASE("hotich-admin calibration set keeps the nudges, and refuses bad values without changing the file")
{
    PrintRegister reg;
    Calibration nudged;
    nudged.offsetMm = {0.5, 0.5};
    nudged.nudgesMm.insert(u"subject.name"_s, {0.5, 0});
    const CalibrationStore store(reg.dir.path(u"calibration"_s));
    REQUIRE(store.save(u"front-desk"_s, u"birth-certificate"_s, nudged));

    const AdminRun set =
        reg.officer({u"calibration"_s, u"set"_s, u"front-desk"_s, u"--form"_s, u"birth-certificate"_s,
                     u"--offset-x"_s, u"-1"_s, u"--offset-y"_s, u"2.25"_s, u"--scale-x"_s, u"1.004"_s,
                     u"--scale-y"_s, u"0.998"_s, u"--rotate"_s, u"-0.3"_s});
    INFO(set.errText().toStdString());
    REQUIRE(set.exitCode == 0);
    auto saved = store.load(u"front-desk"_s, u"birth-certificate"_s);
    REQUIRE(saved.ok());
    CHECK(saved->offsetMm == QPointF(-1, 2.25));
    CHECK(saved->scaleX == 1.004);
    CHECK(saved->scaleY == 0.998);
    CHECK(saved->rotationDeg == -0.3);
    CHECK(saved->nudgesMm.value(u"subject.name"_s) == QPointF(0.5, 0));

    QFile file(reg.dir.path(u"calibration/front-desk/birth-certificate.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    struct Case
    {
        const char *what;
        QStringList args;
        QString says;
    };
    const QStringList base = {u"calibration"_s, u"set"_s, u"front-desk"_s, u"--form"_s,
                              u"birth-certificate"_s};
    const QList<Case> cases = {
        {"an offset beyond 20 mm", base + QStringList{u"--offset-x"_s, u"25"_s, u"--offset-y"_s, u"0"_s},
         u"offsetMm"_s},
        {"a scale beyond 5 %",
         base + QStringList{u"--offset-x"_s, u"0"_s, u"--offset-y"_s, u"0"_s, u"--scale-x"_s, u"1.2"_s},
         u"scale"_s},
        {"a rotation beyond 2°",
         base + QStringList{u"--offset-x"_s, u"0"_s, u"--offset-y"_s, u"0"_s, u"--rotate"_s, u"5"_s},
         u"rotationDeg"_s},
        {"an offset that is not a number",
         base + QStringList{u"--offset-x"_s, u"1,5"_s, u"--offset-y"_s, u"0"_s},
         u"--offset-x must be a number"_s},
        {"no --offset-y", base + QStringList{u"--offset-x"_s, u"1"_s}, u"--offset-y MM are required"_s},
        {"an unknown form",
         {u"calibration"_s, u"set"_s, u"front-desk"_s, u"--form"_s, u"birth"_s, u"--offset-x"_s, u"1"_s,
          u"--offset-y"_s, u"1"_s},
         u"There is no form \"birth\""_s},
        {"a name that leaves its folder",
         {u"calibration"_s, u"set"_s, u"../x"_s, u"--form"_s, u"birth-certificate"_s, u"--offset-x"_s, u"1"_s,
          u"--offset-y"_s, u"1"_s},
         u"The name \"../x\" is not valid"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const AdminRun run = reg.officer(c.args);
        INFO(run.errText().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errText().contains(c.says));
        CHECK(run.out.isEmpty());
    }
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}
