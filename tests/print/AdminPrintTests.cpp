// hotich-admin print through the real binary: the PDF it writes is read back with poppler.
#include "RenderChecks.h"
#include "support/AdminProcess.h"

#include <QFile>
#include <QFileInfo>

using namespace hotich;
using namespace hotich::printing;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kAdminPassword = "quan-tri-2026";
const QByteArray kOfficerPassword = "can-bo-2026";
constexpr double kMmPerPt = pdf_probe::kMmPerPt;

/// A register made with hotich-admin, an officer, one birth and one death; calibrations in its
/// own folder (HOTICH_CALIBRATION_DIR, which the admin processes inherit).
class PrintRegister
{
public:
    PrintRegister() : db(dir.path(u"so.db"_s))
    {
        REQUIRE(runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"00004"_s, u"--admin"_s, u"admin"_s},
                         kAdminPassword + '\n')
                    .exitCode == 0);
        REQUIRE(runAdmin({u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"canbo"_s,
                          u"--role"_s, u"officer"_s, u"--full-name"_s, u"Lê Thị Hoa"_s},
                         kOfficerPassword + '\n', kAdminPassword)
                    .exitCode == 0);
        birth = add(u"birth"_s);
        death = add(u"death"_s);
        qputenv("HOTICH_CALIBRATION_DIR", dir.path(u"calibration"_s).toUtf8());
    }
    ~PrintRegister() { qunsetenv("HOTICH_CALIBRATION_DIR"); }

    AdminRun officer(const QStringList &args) const
    {
        return runAdmin(QStringList{u"--db"_s, db, u"--user"_s, u"canbo"_s, u"--lang"_s, u"en"_s} + args, {},
                        kOfficerPassword);
    }

    TempDir dir;
    QString db;
    QString birth;
    QString death;

private:
    QString add(const QString &example)
    {
        const AdminRun added = runAdmin({u"--db"_s, db, u"--user"_s, u"canbo"_s, u"register"_s, u"-"_s},
                                        readTestData(u"records/"_s + example + u".json"_s), kOfficerPassword);
        INFO(added.errText().toStdString());
        REQUIRE(added.exitCode == 0);
        return added.first().value(u"id"_s).toString();
    }
};

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
         u"There is no form \"birth-certificat\"; the forms are: birth-certificate, death-extract"_s},
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
         u"--pdf OUT are required"_s},
        {"an unknown record",
         {u"print"_s, u"01930000-0000-7000-8000-000000000000"_s, u"--form"_s, u"birth-certificate"_s,
          u"--pdf"_s, pdf},
         u"01930000-0000-7000-8000-000000000000"_s},
    };
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
}
