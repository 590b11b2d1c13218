#include "TextFitter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace {

constexpr double kMmPerPt = 25.4 / 72;
constexpr double kEpsilonMm = 1e-6;
constexpr double kShrinkStepPt = 0.1;

/// Glyphs and advances of a text at 1 pt, from the design units (no rounding at any size).
struct Measured
{
    QList<quint32> glyphs;
    QList<double> advancesPerPt;
    double widthPerPt = 0;
};

Measured measure(const QRawFont &design, const QString &text)
{
    Measured m;
    m.glyphs = design.glyphIndexesForString(text);
    const QList<QPointF> advances = design.advancesForGlyphIndexes(m.glyphs, QRawFont::KernedAdvances);
    for (const QPointF &a : advances) {
        m.advancesPerPt.append(a.x() / design.pixelSize());
        m.widthPerPt += a.x() / design.pixelSize();
    }
    return m;
}

QString hexCode(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

Error missingGlyph(const BoundText &t, char32_t c)
{
    const QString ch = QString::fromUcs4(&c, 1);
    Error e =
        Error::invalid(u"print.missingGlyph"_s, t.field,
                       u"Trường \"%1\": phông chữ %2 không có ký tự \"%3\" (U+%4); không in được"_s.arg(
                           t.field, BundledFont::family(), ch, hexCode(c)),
                       u"Field %1: the font %2 has no glyph for \"%3\" (U+%4); nothing is printed"_s.arg(
                           t.field, BundledFont::family(), ch, hexCode(c)));
    return e;
}

Error doesNotFit(const BoundText &t, double minPt)
{
    const QString size = u"%1 × %2 mm"_s.arg(t.box.boxMm.width()).arg(t.box.boxMm.height());
    const bool wraps = t.box.fit == FitMode::ShrinkThenWrap;
    return Error::invalid(
        u"print.doesNotFit"_s, t.field,
        u"Trường \"%1\": \"%2\" không vừa ô %3, kể cả ở cỡ chữ %4 pt%5; không in ra ngoài ô"_s.arg(
            t.field, t.text, size, QString::number(minPt), wraps ? u" và xuống dòng"_s : QString()),
        u"Field %1: \"%2\" does not fit its %3 box, even at %4 pt%5; nothing is printed outside a box"_s.arg(
            t.field, t.text, size, QString::number(minPt), wraps ? u" on several lines"_s : QString()));
}

/// Greedy word wrap at one size; an empty list when a word alone is wider than the box.
QList<QString> wrap(const QRawFont &design, const QString &text, double sizePt, double widthMm)
{
    QList<QString> lines;
    QString line;
    for (const QString &word : text.split(u' ')) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (measure(design, candidate).widthPerPt * sizePt * kMmPerPt <= widthMm + kEpsilonMm) {
            line = candidate;
            continue;
        }
        if (line.isEmpty())
            return {}; // one word wider than the box
        lines.append(line);
        line = word;
        if (measure(design, line).widthPerPt * sizePt * kMmPerPt > widthMm + kEpsilonMm)
            return {};
    }
    lines.append(line);
    return lines;
}

} // namespace

Result<FittedText> TextFitter::fit(const BoundText &t) const
{
    const TextBox &box = t.box;
    FittedText out{t.field, t.isField, t.blankFormOnly, box.boxMm, box.fontSizePt, {}};
    // Line breaks and runs of spaces in a value are one space: lines are the fitter's to make.
    const QString text = t.text.normalized(QString::NormalizationForm_C).simplified();
    // Before any measuring: a glyph Qt would take from another font is refused, whatever the size.
    const QRawFont anySize = m_font.at(1, box.bold, box.italic);
    if (auto missing = BundledFont::firstMissing(anySize, text))
        return missingGlyph(t, *missing);
    if (text.isEmpty())
        return out;

    const QRawFont unitsFont = m_font.at(anySize.unitsPerEm(), box.bold, box.italic);
    const double widthMm = box.boxMm.width();
    const double widthPerPt = measure(unitsFont, text).widthPerPt;
    const double ascentPerPt = unitsFont.ascent() / unitsFont.pixelSize();
    const double descentPerPt = unitsFont.descent() / unitsFont.pixelSize();
    const double spacingPerPt = ascentPerPt + descentPerPt + unitsFont.leading() / unitsFont.pixelSize();

    QList<QString> lines{text};
    double size = box.fontSizePt;
    if (widthPerPt * size * kMmPerPt > widthMm + kEpsilonMm) {
        // Shrink in steps of 0.1 pt from the size that would just fit.
        size = std::floor(widthMm / (widthPerPt * kMmPerPt) / kShrinkStepPt) * kShrinkStepPt;
        if (size < box.minFontSizePt) {
            if (box.fit != FitMode::ShrinkThenWrap)
                return doesNotFit(t, box.minFontSizePt);
            size = box.minFontSizePt;
            lines = wrap(unitsFont, text, size, widthMm);
            if (lines.isEmpty())
                return doesNotFit(t, box.minFontSizePt);
        }
    }
    const double heightMm =
        ((lines.size() - 1) * spacingPerPt + ascentPerPt + descentPerPt) * size * kMmPerPt;
    if (heightMm > box.boxMm.height() + kEpsilonMm)
        return doesNotFit(t, size);

    out.sizePt = size;
    const QRawFont drawn = m_font.at(size, box.bold, box.italic);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Measured m = measure(unitsFont, lines[i]);
        FittedLine line;
        line.text = lines[i];
        line.widthMm = m.widthPerPt * size * kMmPerPt;
        QList<QPointF> positions;
        double x = 0;
        for (const double a : m.advancesPerPt) {
            positions.append({x, 0});
            x += a * size;
        }
        line.glyphs.setRawFont(drawn);
        line.glyphs.setGlyphIndexes(m.glyphs);
        line.glyphs.setPositions(positions);
        double left = box.boxMm.left();
        if (box.align == HAlign::Centre)
            left = box.boxMm.center().x() - line.widthMm / 2;
        else if (box.align == HAlign::Right)
            left = box.boxMm.right() - line.widthMm;
        const double baseline = box.boxMm.top() + (ascentPerPt + i * spacingPerPt) * size * kMmPerPt;
        line.baselineStartMm = {left, baseline};
        out.lines.append(line);
    }
    return out;
}

} // namespace hotich::printing
