#include "RenderChecks.h"

using namespace hotich::printing;
using namespace Qt::StringLiterals;

namespace hotich::test {
namespace {

constexpr double kMmPerPt = pdf_probe::kMmPerPt;

} // namespace

BundledFont font()
{
    auto f = BundledFont::load();
    INFO((f ? std::string() : f.error().en.toStdString()));
    REQUIRE(f.ok());
    return f.value();
}

FittedForm mustFit(const BoundSample &sample)
{
    auto fitted = FittedForm::fit(sample.form, sample.texts, font());
    INFO((fitted ? std::string() : fitted.error().en.toStdString()));
    REQUIRE(fitted.ok());
    return fitted.value();
}

QString mustWritePdf(const FormRenderer &renderer, const TempDir &dir, const QString &name,
                     PdfOptions options)
{
    const QString path = dir.path(name);
    auto written = renderer.writePdf(path, options);
    INFO((written ? std::string() : written.error().en.toStdString()));
    REQUIRE(written.ok());
    return path;
}

QRectF toMm(const QRectF &pt)
{
    return {pt.x() * kMmPerPt, pt.y() * kMmPerPt, pt.width() * kMmPerPt, pt.height() * kMmPerPt};
}

/// Every text a form draws on output, in drawing order, with the lines poppler read for it: the
/// words of the PDF are consumed line by line and must spell the line exactly; no word is left over.
QHash<QString, QList<FoundLine>> matchWords(const FittedForm &fitted, const PdfPage &page)
{
    QHash<QString, QList<FoundLine>> out;
    qsizetype next = 0;
    for (const FittedText &t : fitted.texts) {
        if (t.blankFormOnly)
            continue;
        for (const FittedLine &line : t.lines) {
            const qsizetype count = line.text.split(u' ').size();
            INFO(t.field.toStdString() << ": " << line.text.toStdString());
            REQUIRE(next + count <= page.words.size());
            QStringList words;
            QRectF box;
            for (qsizetype i = next; i < next + count; ++i) {
                words << page.words[i].text;
                box = box.isNull() ? page.words[i].boxPt : box.united(page.words[i].boxPt);
            }
            next += count;
            CHECK(words.join(u' ') == line.text);
            out[t.field].append({line.text, toMm(box)});
        }
    }
    CHECK(next == page.words.size());
    return out;
}

namespace {

/// Where the template says the first line starts: the anchor's x on the line's left, centre or right.
double anchorSideMm(const QRectF &line, HAlign align)
{
    return align == HAlign::Left ? line.left() : align == HAlign::Right ? line.right() : line.center().x();
}

} // namespace

/// Checks every field of the PDF against the template's boxes, moved by `offsetMm`.
void checkFieldsInBoxes(const FormTemplate &form, const FittedForm &fitted, const PdfPage &page,
                        QPointF offsetMm)
{
    const auto found = matchWords(fitted, page);
    int checked = 0;
    for (const FieldSpec &field : form.fields) {
        const auto lines = found.value(field.name);
        if (lines.isEmpty())
            continue; // an empty value draws nothing
        INFO(field.name.toStdString() << " \"" << lines.first().text.toStdString() << "\"");
        const QRectF box = field.box.boxMm.translated(offsetMm);
        for (const FoundLine &line : lines) {
            CHECK(line.boxMm.left() >= box.left() - kInsideToleranceMm);
            CHECK(line.boxMm.right() <= box.right() + kInsideToleranceMm);
            CHECK(line.boxMm.top() >= box.top() - kInsideToleranceMm);
            CHECK(line.boxMm.bottom() <= box.bottom() + kInsideToleranceMm);
        }
        // The anchor: the pen position of the first glyph (left), the middle or the end of the
        // first line's advances, at the font's ascent above the first baseline.
        const QPointF anchor = field.box.anchorMm() + offsetMm;
        CHECK(std::abs(anchorSideMm(lines.first().boxMm, field.box.align) - anchor.x()) <=
              kAnchorToleranceMm);
        CHECK(std::abs(lines.first().boxMm.top() - anchor.y()) <= kAnchorToleranceMm);
        ++checked;
    }
    CHECK(checked >= form.fields.size() - 3); // a sample leaves at most a few values empty
}

/// Whether any pixel of the image within `mm` is darker than white.
bool inked(const QImage &image, const QRectF &mm)
{
    const double pxPerMm = image.dotsPerMeterX() / 1000.0;
    const QRect px = QRectF(mm.topLeft() * pxPerMm, mm.size() * pxPerMm).toAlignedRect() & image.rect();
    for (int y = px.top(); y <= px.bottom(); ++y) {
        for (int x = px.left(); x <= px.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 200)
                return true;
        }
    }
    return false;
}

} // namespace hotich::test
