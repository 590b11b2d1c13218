#pragma once

#include "BundledFont.h"
#include "FormBinding.h"

#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace hotich::printing {

/// One line of a fitted text. The glyphs are placed in points from the line's start, on the
/// baseline (y = 0), in the bundled font at the text's size.
struct FittedLine
{
    QString text;
    QGlyphRun glyphs;
    QPointF baselineStartMm; ///< the pen position of the first glyph, in the form's millimetres
    double widthMm = 0;      ///< the sum of the advances
};

/// A text set into its box: its size and lines, ready to draw on any device.
struct FittedText
{
    QString field;
    bool isField = true;
    bool blankFormOnly = false;
    QRectF boxMm;
    double sizePt = 0;
    QList<FittedLine> lines; ///< empty for an empty value
};

/// Sets one text into its box as docs/form-templates.md says: at its size when it fits; else
/// smaller, down to the minimum size; else (fit shrinkThenWrap) wrapped at the minimum size. A text
/// that still does not fit, or has a character the font lacks, is refused naming the field.
/// Layouts are made in points from the font's design units, so preview, PDF and paper agree.
class TextFitter
{
public:
    explicit TextFitter(BundledFont font) : m_font(std::move(font)) {}

    Result<FittedText> fit(const BoundText &text) const;

private:
    BundledFont m_font;
};

} // namespace hotich::printing
