#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace hotich::test {

/// A word as poppler's pdftotext -bbox reports it: its box in points from the page's top-left
/// corner, from the pen position of the first glyph to the advance of the last, and from the
/// baseline minus the font's ascent to the baseline plus its descent.
struct PdfWord
{
    QString text;
    QRectF boxPt;
};

struct PdfPage
{
    QSizeF sizePt;
    QList<PdfWord> words; ///< in drawing order (pdftotext -raw)
};

struct PdfFont
{
    QString name;
    QString type;
    bool embedded = false;
};

/// Reads a PDF back with poppler's command-line tools; a failure to run them fails the test.
namespace pdf_probe {

PdfPage firstPage(const QString &pdfPath);
/// Every page, in order.
QList<PdfPage> pages(const QString &pdfPath);
QList<PdfFont> fonts(const QString &pdfPath);
/// pdfinfo's output; with `meta`, the XMP metadata stream instead.
QString info(const QString &pdfPath, bool meta = false);
/// The first page drawn by poppler's pdftoppm at `dpi`, in grey.
QImage raster(const QString &pdfPath, int dpi);

constexpr double kMmPerPt = 25.4 / 72;

} // namespace pdf_probe
} // namespace hotich::test
