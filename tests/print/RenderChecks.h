#pragma once

#include "PdfProbe.h"
#include "PrintFixtures.h"
#include "printing/FormRenderer.h"
#include "support/TempDir.h"

#include <QHash>
#include <QImage>

namespace hotich::test {

/// How near the first glyph must be to its box's anchor, and how far a line may touch past its box
/// (poppler's figures are rounded to 1e-6 pt; Qt's to 1/64 of a device pixel).
constexpr double kAnchorToleranceMm = 0.2;
constexpr double kInsideToleranceMm = 0.01;

/// A sample record of tests/data/records for each template of resources/forms; `related` is the
/// example registered first for a record that copies or amends another (its id put in place of
/// the example's placeholder).
struct Sample
{
    QString form;
    QString example;
    QString related = {};
};
inline const Sample kSamples[] = {
    {QStringLiteral("birth-certificate"), QStringLiteral("birth")},
    {QStringLiteral("birth-certificate-copy"), QStringLiteral("extractCopy"), QStringLiteral("birth")},
    {QStringLiteral("marriage-certificate"), QStringLiteral("marriage")},
    {QStringLiteral("death-extract"), QStringLiteral("death")},
    {QStringLiteral("death-extract-copy"), QStringLiteral("extractCopy"), QStringLiteral("death")},
    {QStringLiteral("marital-status-certificate"), QStringLiteral("maritalStatusCertificate")},
    {QStringLiteral("recognition-extract"), QStringLiteral("parentChildRecognition")},
    {QStringLiteral("guardianship-extract"), QStringLiteral("guardianship")},
    {QStringLiteral("guardianship-end-extract"), QStringLiteral("guardianshipEnd"),
     QStringLiteral("guardianship")},
    {QStringLiteral("guardianship-change-extract"), QStringLiteral("guardianshipChange"),
     QStringLiteral("guardianship")},
    {QStringLiteral("correction-extract"), QStringLiteral("correction"), QStringLiteral("birth")},
    {QStringLiteral("ethnicity-extract"), QStringLiteral("ethnicityRedetermination"),
     QStringLiteral("birth")},
    {QStringLiteral("recording-extract"), QStringLiteral("recording"), QStringLiteral("marriage")}};

printing::BundledFont font();
printing::FittedForm mustFit(const BoundSample &sample);
/// Writes the renderer's PDF into `dir`; fails the test when it is refused.
QString mustWritePdf(const printing::FormRenderer &renderer, const TempDir &dir, const QString &name,
                     printing::PdfOptions options = {});
QRectF toMm(const QRectF &pt);

/// One drawn line as poppler found it: its words' union, in millimetres.
struct FoundLine
{
    QString text;
    QRectF boxMm;
};

/// Every text a form draws on output, in drawing order, with the lines poppler read for it: the
/// words of the PDF are consumed line by line and must spell the line exactly; no word is left over.
QHash<QString, QList<FoundLine>> matchWords(const printing::FittedForm &fitted, const PdfPage &page);

/// Checks that every field of the PDF lies inside the template's box, moved by `offsetMm`, and
/// that its first line starts at the box's anchor (docs/form-templates.md, "box").
void checkFieldsInBoxes(const printing::FormTemplate &form, const printing::FittedForm &fitted,
                        const PdfPage &page, QPointF offsetMm = {});

/// Whether any pixel of the image within `mm` is darker than light grey.
bool inked(const QImage &image, const QRectF &mm);

} // namespace hotich::test
