#pragma once

#include "Calibration.h"
#include "FittedForm.h"

#include <QImage>
#include <QUuid>

#include <span>

class QPainter;
class QPrinter;

namespace hotich::printing {

/// What a drawing is for: the preview shows a preprinted form's own printing, output never does.
enum class RenderTarget
{
    Preview,
    Output,
};

struct PdfOptions
{
    bool archive = false; ///< PDF/A-1b, for archiving (fonts are always embedded)
    QUuid recordId;       ///< written into the title (document info and XMP metadata)
    QString title = {};   ///< the document's title; else the (first) form's title
    QString creator = QStringLiteral("hotich");
};

/// Draws a fitted form: one renderer for the preview (any QPaintDevice, e.g. a QImage), PDF
/// (QPdfWriter) and paper (QPrinter). The page is the whole sheet (full-page mode, zero margins,
/// set in one call) and the millimetre transform is computed from the device's resolution read
/// after QPainter::begin(), never from Qt's margins; the calibration is applied on top of it.
class FormRenderer
{
public:
    explicit FormRenderer(FittedForm form) : m_form(std::move(form)) {}

    const FittedForm &form() const { return m_form; }
    const Calibration &calibration() const { return m_calibration; }

    /// Applies a printer's calibration to everything drawn after; refuses one out of its limits or
    /// nudging a field the form does not have (and keeps the one it had).
    Result<void> setCalibration(const Calibration &calibration);

    /// Draws on a painter already begun on a device whose full page is the form's paper; refuses a
    /// device of another page size (a print dialog may have reset it to the driver's default).
    Result<void> paint(QPainter &painter, RenderTarget target) const;
    /// The page as an image at `dpi`, white paper.
    Result<QImage> image(int dpi, RenderTarget target = RenderTarget::Preview) const;
    /// Writes the form as a one-page PDF; the file appears only when it is complete.
    Result<void> writePdf(const QString &path, const PdfOptions &options = {}) const;
    /// Prints one sheet: the template's page layout is applied to the printer (again, after any
    /// dialog) and CUPS is told not to scale. Qt never says whether CUPS took the job: a print
    /// that is journalled goes through PrintOutput (CupsJob) instead.
    Result<void> print(QPrinter &printer) const;

    /// Forms drawn as the pages of one document, in order (a register book's pages and its closing
    /// page), each on its own form's paper; the same rules as one page.
    static Result<void> writePdf(std::span<const FormRenderer> pages, const QString &path,
                                 const PdfOptions &options = {});
    static Result<void> print(std::span<const FormRenderer> pages, QPrinter &printer);

private:
    Result<void> checkPage(const QPaintDevice &device) const;

    FittedForm m_form;
    Calibration m_calibration;
};

} // namespace hotich::printing
