// A printer's calibration, apart from the template: what it does to the PDF, how it is kept on
// disk, and what is refused.
#include "RenderChecks.h"

#include <QDir>
#include <QFile>

using namespace hotich;
using namespace hotich::printing;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

constexpr double kMmPerPt = pdf_probe::kMmPerPt;
constexpr double kMoveToleranceMm = 0.1;

Calibration offsetBy(double x, double y)
{
    Calibration c;
    c.offsetMm = {x, y};
    return c;
}

PdfPage pageWith(const FittedForm &fitted, const Calibration &calibration, const TempDir &dir,
                 const QString &name)
{
    FormRenderer renderer(fitted);
    auto set = renderer.setCalibration(calibration);
    INFO((set ? std::string() : set.error().en.toStdString()));
    REQUIRE(set.ok());
    return pdf_probe::firstPage(mustWritePdf(renderer, dir, name));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("A calibration offset of (+1.5, −2.0) mm moves every value by exactly that")
{
    for (const Sample &s : kSamples) {
        INFO(s.form.toStdString());
        TempDir dir;
        const BoundSample sample = boundSample(s.form, s.example, s.related);
        const FittedForm fitted = mustFit(sample);
        const PdfPage before = pageWith(fitted, {}, dir, u"before.pdf"_s);
        const PdfPage after = pageWith(fitted, offsetBy(1.5, -2.0), dir, u"after.pdf"_s);
        CHECK(after.sizePt == before.sizePt); // the paper does not move
        REQUIRE(after.words.size() == before.words.size());
        REQUIRE(after.words.size() > 20);
        for (qsizetype i = 0; i < before.words.size(); ++i) {
            INFO(before.words[i].text.toStdString());
            const QRectF b = toMm(before.words[i].boxPt), a = toMm(after.words[i].boxPt);
            CHECK(std::abs(a.left() - b.left() - 1.5) <= kMoveToleranceMm);
            CHECK(std::abs(a.top() - b.top() + 2.0) <= kMoveToleranceMm);
            CHECK(std::abs(a.width() - b.width()) <= kMoveToleranceMm);
        }
        // And each field sits in its box moved by the offset, at the moved anchor.
        checkFieldsInBoxes(sample.form, fitted, after, {1.5, -2.0});
    }
}

TEST_CASE("A calibration scales about the paper's corner, and a nudge moves its field alone")
{
    TempDir dir;
    const BoundSample sample = boundSample(u"death-extract"_s, u"death"_s);
    const FittedForm fitted = mustFit(sample);
    const PdfPage before = pageWith(fitted, {}, dir, u"before.pdf"_s);

    SECTION("scale")
    {
        Calibration c;
        c.scaleX = 1.02;
        c.scaleY = 0.98;
        const PdfPage after = pageWith(fitted, c, dir, u"after.pdf"_s);
        REQUIRE(after.words.size() == before.words.size());
        for (qsizetype i = 0; i < before.words.size(); ++i) {
            const QRectF b = toMm(before.words[i].boxPt), a = toMm(after.words[i].boxPt);
            CHECK(std::abs(a.left() - 1.02 * b.left()) <= kMoveToleranceMm);
            CHECK(std::abs(a.top() - 0.98 * b.top()) <= kMoveToleranceMm);
        }
    }
    SECTION("nudge")
    {
        Calibration c;
        c.nudgesMm.insert(u"death.place"_s, {0.8, -0.5});
        const auto found = matchWords(fitted, pageWith(fitted, c, dir, u"after.pdf"_s));
        const auto unmoved = matchWords(fitted, before);
        for (auto it = found.begin(); it != found.end(); ++it) {
            INFO(it.key().toStdString());
            const QRectF a = it->first().boxMm, b = unmoved.value(it.key()).first().boxMm;
            const QPointF expected = it.key() == u"death.place" ? QPointF(0.8, -0.5) : QPointF();
            CHECK(std::abs(a.left() - b.left() - expected.x()) <= kMoveToleranceMm);
            CHECK(std::abs(a.top() - b.top() - expected.y()) <= kMoveToleranceMm);
        }
    }
}

TEST_CASE("The calibration's transform: offset, then rotation about the corner, then scale")
{
    Calibration c;
    c.offsetMm = {1.5, -2.0};
    c.scaleX = 1.01;
    c.scaleY = 0.99;
    c.rotationDeg = 0.5;
    const QPointF p(100, 200);
    const double r = 0.5 * M_PI / 180;
    const QPointF scaled(1.01 * 100, 0.99 * 200);
    const QPointF expected(1.5 + scaled.x() * std::cos(r) - scaled.y() * std::sin(r),
                           -2.0 + scaled.x() * std::sin(r) + scaled.y() * std::cos(r));
    const QPointF got = c.transform().map(p);
    CHECK(std::abs(got.x() - expected.x()) < 1e-9);
    CHECK(std::abs(got.y() - expected.y()) < 1e-9);
    CHECK(Calibration().transform().isIdentity());
}

TEST_CASE("A rotated calibration turns the page's values in the preview")
{
    const BoundSample sample = boundSample(u"birth-certificate"_s, u"birth"_s);
    FormRenderer renderer(mustFit(sample));
    auto straight = renderer.image(150, RenderTarget::Output);
    Calibration c;
    c.rotationDeg = 1.5; // clockwise: a point 125 mm right of the corner drops by 3.3 mm
    REQUIRE(renderer.setCalibration(c).ok());
    auto turned = renderer.image(150, RenderTarget::Output);
    REQUIRE(straight.ok());
    REQUIRE(turned.ok());
    // The end of the name (x ≈ 100 … 108 mm; its capitals 73.2 … 76.4 mm down) lies lower on the
    // turned page, by about x · sin 1.5° = 2.7 mm.
    const QRectF nameEnd(100, 73.5, 8, 2);
    CHECK(inked(*straight, nameEnd));
    CHECK_FALSE(inked(*turned, nameEnd));
    CHECK(inked(*turned, nameEnd.translated(0, 2.8)));
}

TEST_CASE("Calibrations are kept per name and form on disk, and bad ones are refused and change nothing")
{
    TempDir dir;
    const CalibrationStore store(dir.path(u"calibration"_s));
    Calibration c;
    c.printer = u"HP LaserJet P2035 (phòng một cửa)"_s;
    c.offsetMm = {1.5, -2.0};
    c.scaleX = 1.004;
    c.rotationDeg = -0.3;
    c.nudgesMm.insert(u"subject.name"_s, {0.5, 0});
    REQUIRE(store.save(u"front-desk"_s, u"birth-certificate"_s, c).ok());
    const QString path = dir.path(u"calibration/front-desk/birth-certificate.json"_s);
    const QByteArray saved = readFile(path);

    SECTION("it reads back as it was written")
    {
        auto back = store.load(u"front-desk"_s, u"birth-certificate"_s);
        REQUIRE(back.ok());
        CHECK(back->printer == c.printer);
        CHECK(back->offsetMm == c.offsetMm);
        CHECK(back->scaleX == c.scaleX);
        CHECK(back->scaleY == 1);
        CHECK(back->rotationDeg == c.rotationDeg);
        CHECK(back->nudgesMm == c.nudgesMm);
    }
    SECTION("another form or name has none")
    {
        auto none = store.load(u"front-desk"_s, u"death-extract"_s);
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().kind == ErrorKind::NotFound);
        CHECK(none.error().code == u"calibration.notFound");
    }
    SECTION("limits: a refused save leaves the file as it was")
    {
        Calibration bad = c;
        bad.scaleX = 1.2;
        auto r = store.save(u"front-desk"_s, u"birth-certificate"_s, bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"calibration.outOfRange");
        CHECK(r.error().en.contains(u"scale: must be from 0.95 to 1.05"_s));
        bad = c;
        bad.rotationDeg = 5;
        CHECK(store.save(u"front-desk"_s, u"birth-certificate"_s, bad).error().field == u"rotationDeg");
        bad = c;
        bad.offsetMm = {25, 0};
        CHECK(store.save(u"front-desk"_s, u"birth-certificate"_s, bad).error().field == u"offsetMm");
        CHECK(readFile(path) == saved);
    }
    SECTION("a name that would leave the folder is refused")
    {
        auto r = store.save(u"../escape"_s, u"birth-certificate"_s, c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"calibration.name");
        CHECK_FALSE(QFile::exists(dir.path(u"escape/birth-certificate.json"_s)));
        CHECK(store.load(u"front-desk"_s, u"../../etc"_s).error().code == u"calibration.name");
    }
    SECTION("a damaged or misspelt file names the file and the member")
    {
        auto r = Calibration::fromJson(R"({"format":1,"ofsetMm":[1,2]})", u"c.json"_s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().en == u"c.json: ofsetMm: unknown member");
        CHECK(r.error().vi.startsWith(u"c.json: ofsetMm: "_s));
        r = Calibration::fromJson(R"({"format":1,"offsetMm":[1]})", u"c.json"_s);
        CHECK(r.error().code == u"calibration.notPair");
        r = Calibration::fromJson(R"({"format":1,"nudgesMm":{"subject.name":[0,30]}})", u"c.json"_s);
        CHECK(r.error().field == u"nudgesMm.subject.name");
        r = Calibration::fromJson(R"({"offsetMm":[1,1]})", u"c.json"_s);
        CHECK(r.error().code == u"calibration.format");
        r = Calibration::fromJson("{", u"c.json"_s);
        CHECK(r.error().code == u"calibration.json");
    }
}

TEST_CASE("A renderer refuses a calibration nudging a field its form lacks, and keeps its own")
{
    const BoundSample sample = boundSample(u"birth-certificate"_s, u"birth"_s);
    FormRenderer renderer(mustFit(sample));
    REQUIRE(renderer.setCalibration(offsetBy(1, 1)).ok());
    Calibration bad;
    bad.nudgesMm.insert(u"subject.nmae"_s, {1, 0});
    auto r = renderer.setCalibration(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == u"calibration.unknownField");
    CHECK(r.error().en.contains(u"subject.nmae"_s));
    CHECK(renderer.calibration().offsetMm == QPointF(1, 1));
    Calibration wild = offsetBy(0, 0);
    wild.scaleY = 0.5;
    CHECK_FALSE(renderer.setCalibration(wild).ok());
    CHECK(renderer.calibration().offsetMm == QPointF(1, 1));
}
