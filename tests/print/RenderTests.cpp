// The renderer read back from its PDFs with poppler: where each value lands, in which font, on
// which page size; what a preprinted form keeps for the preview; what is refused.
#include "RenderChecks.h"
#include "printing/FormRenderer.h"
#include "store/RecordStore.h"
#include "support/TempDir.h"
#include "support/TestRegister.h"
#include "util/Uuid.h"

#include <QJsonDocument>

#include <QFileInfo>
#include <QPainter>
#include <QPrinter>

using namespace hotich;
using namespace hotich::printing;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

constexpr double kMmPerPt = pdf_probe::kMmPerPt;

} // namespace

TEST_CASE("Each form renders to PDF: every value inside its box, at its anchor, on the template's paper")
{
    for (const Sample &s : kSamples) {
        INFO(s.form.toStdString());
        TempDir dir;
        const BoundSample sample = boundSample(s.form, s.example, s.related);
        const FittedForm fitted = mustFit(sample);
        const PdfPage page = pdf_probe::firstPage(mustWritePdf(FormRenderer(fitted), dir, u"out.pdf"_s));

        const QSizeF paperMm = sample.form.paper.pageSizeMm();
        // Qt writes the page in whole points: A4 is 595 × 842 pt, within 0.2 mm of 210 × 297 mm.
        CHECK(std::abs(page.sizePt.width() * kMmPerPt - paperMm.width()) <= 0.2);
        CHECK(std::abs(page.sizePt.height() * kMmPerPt - paperMm.height()) <= 0.2);
        checkFieldsInBoxes(sample.form, fitted, page);
    }
}

TEST_CASE("A PDF uses only the bundled Liberation Serif, embedded")
{
    for (const Sample &s : kSamples) {
        INFO(s.form.toStdString());
        TempDir dir;
        const BoundSample sample = boundSample(s.form, s.example, s.related);
        const QString pdf = mustWritePdf(FormRenderer(mustFit(sample)), dir, u"out.pdf"_s);
        const QList<PdfFont> fonts = pdf_probe::fonts(pdf);
        REQUIRE_FALSE(fonts.isEmpty());
        for (const PdfFont &f : fonts) {
            INFO(f.name.toStdString() << " " << f.type.toStdString());
            CHECK(f.name.startsWith(u"LiberationSerif"_s));
            CHECK(f.embedded);
        }
    }
}

TEST_CASE("A preprinted form's own printing is in the preview only, never in the PDF")
{
    TempDir dir;
    const BoundSample sample = boundSample(u"birth-certificate"_s, u"birth"_s);
    const FormRenderer renderer(mustFit(sample));
    // The blank form's title, "GIẤY KHAI SINH", and the rule under the motto.
    const QRectF title = sample.form.blankForm.texts[4].box.boxMm;
    REQUIRE(sample.form.blankForm.texts[4].text == u"GIẤY KHAI SINH");
    const QRectF rule = QRectF(QPointF(80, 28.8), QPointF(130, 29.2));

    auto preview = renderer.image(150, RenderTarget::Preview);
    REQUIRE(preview.ok());
    CHECK(inked(*preview, title));
    CHECK(inked(*preview, rule));
    auto output = renderer.image(150, RenderTarget::Output);
    REQUIRE(output.ok());
    CHECK_FALSE(inked(*output, title));
    CHECK_FALSE(inked(*output, rule));
    // The values are on both.
    const QRectF name = sample.form.field(u"subject.name"_s)->box.boxMm;
    CHECK(inked(*preview, name));
    CHECK(inked(*output, name));

    const PdfPage page = pdf_probe::firstPage(mustWritePdf(renderer, dir, u"out.pdf"_s));
    for (const PdfWord &w : page.words) {
        INFO(w.text.toStdString());
        CHECK(w.text != u"GIẤY");
        CHECK(w.text != u"Họ,");
        CHECK(w.text != u"Quốc");
    }
    checkFieldsInBoxes(sample.form, renderer.form(), page); // and every word there is a value
}

TEST_CASE("A plain form prints its heading and labels with the values")
{
    TempDir dir;
    const BoundSample sample = boundSample(u"death-extract"_s, u"death"_s);
    const FittedForm fitted = mustFit(sample);
    const PdfPage page = pdf_probe::firstPage(mustWritePdf(FormRenderer(fitted), dir, u"out.pdf"_s));
    const auto found = matchWords(fitted, page);
    REQUIRE(found.contains(u"printed.texts[3]"_s));
    CHECK(found.value(u"printed.texts[3]"_s).first().text == u"TRÍCH LỤC KHAI TỬ");
    const QRectF heading = sample.form.printed.texts[3].box.boxMm;
    CHECK(heading.adjusted(-kInsideToleranceMm, -kInsideToleranceMm, kInsideToleranceMm, kInsideToleranceMm)
              .contains(found.value(u"printed.texts[3]"_s).first().boxMm));
    auto output = FormRenderer(fitted).image(150, RenderTarget::Output);
    REQUIRE(output.ok());
    CHECK(inked(*output, QRectF(QPointF(35, 33.8), QPointF(65, 34.2)))); // the rule under the office
}

TEST_CASE("Every template of resources/forms has a sample record rendered by these tests")
{
    QStringList sampled;
    for (const Sample &s : kSamples)
        sampled << s.form;
    QStringList ids = TemplateLoader::builtInIds();
    REQUIRE(ids.size() >= 13);
    for (const QString &id : ids) {
        INFO(id.toStdString());
        CHECK(sampled.contains(id));
    }
}

TEST_CASE("Every plain form prints the office heading and its title in capitals")
{
    for (const Sample &s : kSamples) {
        const BoundSample sample = boundSample(s.form, s.example, s.related);
        if (sample.form.mode != FormMode::Plain)
            continue;
        INFO(s.form.toStdString());
        TempDir dir;
        const FittedForm fitted = mustFit(sample);
        const PdfPage page = pdf_probe::firstPage(mustWritePdf(FormRenderer(fitted), dir, u"out.pdf"_s));
        const auto found = matchWords(fitted, page);
        // The heading: "ỦY BAN NHÂN DÂN", the office in capitals, the motto, then the title.
        REQUIRE(found.contains(u"printed.texts[0]"_s));
        CHECK(found.value(u"printed.texts[0]"_s).first().text == u"ỦY BAN NHÂN DÂN");
        CHECK(found.value(u"office.name"_s).first().text == u"PHƯỜNG BA ĐÌNH");
        CHECK(found.value(u"printed.texts[2]"_s).first().text == u"Độc lập - Tự do - Hạnh phúc");
        const QString title = sample.form.printed.texts[3].text;
        CHECK(title == title.toUpper());
        CHECK(found.value(u"printed.texts[3]"_s).first().text == title);
        CHECK(found.value(u"signer.name"_s).first().text == u"Nguyễn Văn Ký");
    }
}

namespace {

QString boundText(const BoundSample &sample, const QString &field)
{
    for (const BoundText &t : sample.texts) {
        if (t.field == field)
            return t.text;
    }
    FAIL("no field " << field.toStdString());
    return {};
}

} // namespace

TEST_CASE("A copy prints the record it copies, with its own number, and an amendment what it amends")
{
    const BoundSample birth = boundSample(u"birth-certificate"_s, u"birth"_s);
    const BoundSample copy = boundSample(u"birth-certificate-copy"_s, u"extractCopy"_s, u"birth"_s);
    CHECK(boundText(copy, u"related.subject.name"_s) == boundText(birth, u"subject.name"_s));
    CHECK(boundText(copy, u"related.subject.birthDateWords"_s) ==
          boundText(birth, u"subject.birthDateWords"_s));
    CHECK(boundText(copy, u"related.mother.name"_s) == boundText(birth, u"mother.name"_s));
    CHECK(boundText(copy, u"number"_s) == u"Số: 1/GKS-BS");
    CHECK(boundText(copy, u"copyOf"_s).startsWith(u"Sao từ Sổ đăng ký khai sinh. "_s));

    const BoundSample death = boundSample(u"death-extract"_s, u"death"_s);
    const BoundSample deathCopy = boundSample(u"death-extract-copy"_s, u"extractCopy"_s, u"death"_s);
    CHECK(boundText(deathCopy, u"related.subject.name"_s) == boundText(death, u"subject.name"_s));
    CHECK(boundText(deathCopy, u"related.death.whenWords"_s) == boundText(death, u"death.whenWords"_s));
    CHECK(boundText(deathCopy, u"related.registered"_s).startsWith(u"Đã được đăng ký khai tử tại "_s));

    const BoundSample correction = boundSample(u"correction-extract"_s, u"correction"_s, u"birth"_s);
    CHECK(boundText(correction, u"correction.line"_s) == u"cải chính: subject.givenName: Ân");
    const BoundSample end =
        boundSample(u"guardianship-end-extract"_s, u"guardianshipEnd"_s, u"guardianship"_s);
    CHECK(boundText(end, u"related.ward.name"_s) == u"ĐỖ MINH KHANG");
    CHECK(boundText(end, u"endDate"_s) == u"20/11/2026");
}

TEST_CASE("A copy of one kind refuses a record copying another")
{
    TestRegister reg;
    RecordStore store(reg.db());
    const QUuid death = reg.mustAdd(example(u"death"_s));
    QByteArray text = QJsonDocument(example(u"extractCopy"_s)).toJson();
    text.replace("00000000-0000-7000-8000-000000000001", uuidText(death).toUtf8());
    const QUuid copy = reg.mustAdd(QJsonDocument::fromJson(text).object());
    auto subject = loadPrintSubject(store, copy);
    REQUIRE(subject.ok());
    auto bound = FormBinding::bind(mustLoad(u"birth-certificate-copy"_s), *subject, issueContext());
    REQUIRE_FALSE(bound.ok());
    INFO(bound.error().en.toStdString());
    CHECK(bound.error().code == u"print.wrongRelatedKind");
    CHECK(bound.error().en.contains(u"birth"_s));
    CHECK_FALSE(bound.error().vi.isEmpty());
}

TEST_CASE("A value too wide for its box shrinks, then wraps, else is refused naming the field")
{
    TempDir dir;
    BoundSample sample = boundSample(u"birth-certificate"_s, u"birth"_s);
    const TextBox nameBox = sample.form.field(u"subject.name"_s)->box;
    const TextBox placeBox = sample.form.field(u"subject.birthPlace"_s)->box;
    REQUIRE(nameBox.fit == FitMode::Shrink);
    REQUIRE(placeBox.fit == FitMode::ShrinkThenWrap);

    SECTION("a long name is set smaller, on one line, inside its box")
    {
        sample.setText(u"subject.name"_s, u"TÔN NỮ HOÀNG THỊ KHÁNH LINH NGUYỄN PHƯƠNG THẢO"_s);
        const FittedForm fitted = mustFit(sample);
        const FittedText *name = fitted.text(u"subject.name"_s);
        CHECK(name->sizePt < nameBox.fontSizePt);
        CHECK(name->sizePt >= nameBox.minFontSizePt);
        CHECK(name->lines.size() == 1);
        checkFieldsInBoxes(sample.form, fitted,
                           pdf_probe::firstPage(mustWritePdf(FormRenderer(fitted), dir, u"out.pdf"_s)));
    }
    SECTION("a long birthplace wraps at the minimum size, inside its box")
    {
        sample.setText(
            u"subject.birthPlace"_s,
            u"Trạm y tế Phường Ba Đình, số 12 phố Nguyễn Thái Học, Phường Ba Đình, Thành phố Hà Nội, "
            u"Việt Nam, cạnh nhà văn hóa tổ dân phố số 7"_s);
        const FittedForm fitted = mustFit(sample);
        const FittedText *place = fitted.text(u"subject.birthPlace"_s);
        CHECK(place->sizePt == placeBox.minFontSizePt);
        CHECK(place->lines.size() == 2);
        checkFieldsInBoxes(sample.form, fitted,
                           pdf_probe::firstPage(mustWritePdf(FormRenderer(fitted), dir, u"out.pdf"_s)));
    }
    SECTION("a name too long even at the minimum size is refused, naming the field")
    {
        sample.setText(u"subject.name"_s,
                       u"TÔN NỮ HOÀNG THỊ KHÁNH LINH NGUYỄN PHƯƠNG THẢO MAI ANH TUYẾT XUÂN"_s);
        auto fitted = FittedForm::fit(sample.form, sample.texts, font());
        REQUIRE_FALSE(fitted.ok());
        CHECK(fitted.error().code == u"print.doesNotFit");
        CHECK(fitted.error().field == u"subject.name");
        CHECK(fitted.error().en.startsWith(u"Field subject.name: "_s));
        CHECK(fitted.error().vi.startsWith(u"Trường \"subject.name\": "_s));
    }
    SECTION("a birthplace that needs more lines than its box holds is refused")
    {
        sample.setText(u"subject.birthPlace"_s, QStringList(30, u"Phường Ba Đình"_s).join(u", "_s));
        auto fitted = FittedForm::fit(sample.form, sample.texts, font());
        REQUIRE_FALSE(fitted.ok());
        CHECK(fitted.error().code == u"print.doesNotFit");
        CHECK(fitted.error().field == u"subject.birthPlace");
    }
}

TEST_CASE("A character the bundled font lacks is refused before anything is drawn")
{
    TempDir dir;
    BoundSample sample = boundSample(u"birth-certificate"_s, u"birth"_s);
    sample.setText(u"mother.name"_s, u"TRẦN 中 BÌNH"_s);
    auto fitted = FittedForm::fit(sample.form, sample.texts, font());
    REQUIRE_FALSE(fitted.ok());
    CHECK(fitted.error().code == u"print.missingGlyph");
    CHECK(fitted.error().field == u"mother.name");
    CHECK(fitted.error().en.contains(u"\"中\" (U+4E2D)"_s));
    CHECK(fitted.error().vi.contains(u"mother.name"_s));
}

TEST_CASE("Every Vietnamese letter has a glyph in the bundled font, in all four styles")
{
    const QString letters = u"aăâbcdđeêghiklmnoôơpqrstuưvxy"_s;
    const QString tones = u"\u0300\u0309\u0303\u0301\u0323"_s; // huyền hỏi ngã sắc nặng
    QString all;
    for (const QChar base : letters) {
        all += base;
        if (QStringLiteral("aăâeêioôơuưy").contains(base)) {
            for (const QChar tone : tones)
                all += QString(QString(base) + tone).normalized(QString::NormalizationForm_C);
        }
    }
    all += all.toUpper();
    CHECK(all.size() == 2 * (29 + 12 * 5));
    const BundledFont f = font();
    for (const bool bold : {false, true}) {
        for (const bool italic : {false, true}) {
            const auto missing = BundledFont::firstMissing(f.at(12, bold, italic), all);
            INFO(bold << italic << (missing ? QString::fromUcs4(&*missing, 1).toStdString() : std::string()));
            CHECK_FALSE(missing);
        }
    }
}

TEST_CASE("A PDF through QPrinter puts every value where the PDF writer does")
{
    TempDir dir;
    const BoundSample sample = boundSample(u"marriage-certificate"_s, u"marriage"_s);
    const FormRenderer renderer(mustFit(sample));
    const PdfPage direct = pdf_probe::firstPage(mustWritePdf(renderer, dir, u"direct.pdf"_s));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.path(u"printer.pdf"_s));
    // What a driver's default would leave: another paper, portrait, margins.
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                      QMarginsF(12, 15, 12, 15), QPageLayout::Millimeter));
    auto printed = renderer.print(printer);
    INFO((printed ? std::string() : printed.error().en.toStdString()));
    REQUIRE(printed.ok());
    const PdfPage viaPrinter = pdf_probe::firstPage(dir.path(u"printer.pdf"_s));
    CHECK(viaPrinter.sizePt == direct.sizePt);
    REQUIRE(viaPrinter.words.size() == direct.words.size());
    for (qsizetype i = 0; i < direct.words.size(); ++i) {
        INFO(direct.words[i].text.toStdString());
        CHECK(viaPrinter.words[i].text == direct.words[i].text);
        CHECK(std::abs(viaPrinter.words[i].boxPt.left() - direct.words[i].boxPt.left()) * kMmPerPt <= 0.05);
        CHECK(std::abs(viaPrinter.words[i].boxPt.top() - direct.words[i].boxPt.top()) * kMmPerPt <= 0.05);
    }
}

TEST_CASE("A device whose page is not the form's paper is refused and gets nothing drawn")
{
    const BoundSample sample = boundSample(u"birth-certificate"_s, u"birth"_s);
    const FormRenderer renderer(mustFit(sample));
    QImage letter(850, 1100, QImage::Format_RGB32); // US Letter at 100 dpi
    letter.setDotsPerMeterX(qRound(100 / 0.0254));
    letter.setDotsPerMeterY(qRound(100 / 0.0254));
    letter.fill(Qt::white);
    QPainter painter(&letter);
    auto painted = renderer.paint(painter, RenderTarget::Output);
    painter.end();
    REQUIRE_FALSE(painted.ok());
    CHECK(painted.error().code == u"print.device");
    CHECK(painted.error().en.contains(u"210.0 × 297.0 mm"_s));
    CHECK_FALSE(inked(letter, QRectF(0, 0, 215, 279)));
}

TEST_CASE("A PDF that cannot be written leaves nothing behind")
{
    TempDir dir;
    const BoundSample sample = boundSample(u"birth-certificate"_s, u"birth"_s);
    const FormRenderer renderer(mustFit(sample));
    auto written = renderer.writePdf(dir.path(u"missing-folder/out.pdf"_s));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == u"print.device");
    CHECK_FALSE(QFileInfo::exists(dir.path(u"missing-folder/out.pdf"_s)));
}

TEST_CASE("An archived PDF is PDF/A-1b, its fonts embedded, the record's UUID in its metadata")
{
    TempDir dir;
    const BoundSample sample = boundSample(u"birth-certificate"_s, u"birth"_s);
    const FormRenderer renderer(mustFit(sample));
    const QString uuid = uuidText(sample.recordId);
    const QString archived = mustWritePdf(renderer, dir, u"archived.pdf"_s, {true, sample.recordId});
    const QString plain = mustWritePdf(renderer, dir, u"plain.pdf"_s, {false, sample.recordId});

    const QString xmp = pdf_probe::info(archived, true);
    CHECK(xmp.contains(u"pdfaid:part=\"1\""_s));
    CHECK(xmp.contains(u"pdfaid:conformance=\"B\""_s));
    CHECK(xmp.contains(uuid));
    CHECK(pdf_probe::info(archived).contains(u"Title:           Giấy khai sinh (bản chính) — "_s + uuid));
    for (const PdfFont &f : pdf_probe::fonts(archived)) {
        CHECK(f.name.startsWith(u"LiberationSerif"_s));
        CHECK(f.embedded);
    }
    CHECK_FALSE(pdf_probe::info(plain, true).contains(u"pdfaid"_s));
    CHECK(pdf_probe::info(plain).contains(uuid)); // the id is in every PDF's title

    // The same page either way.
    const PdfPage a = pdf_probe::firstPage(archived);
    const PdfPage p = pdf_probe::firstPage(plain);
    REQUIRE(a.words.size() == p.words.size());
    for (qsizetype i = 0; i < a.words.size(); ++i)
        CHECK(a.words[i].boxPt == p.words[i].boxPt);
}
