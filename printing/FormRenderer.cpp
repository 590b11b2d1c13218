#include "FormRenderer.h"

#include "util/Uuid.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintEngine>
#include <QPrinter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kMmPerPt = kMmPerInch / 72;
/// How far a glyph's ink may reach past its line box: Vietnamese stacked marks rise 0.03 em above
/// the ascent (Ẵ), italic letters start up to 0.13 em left of the pen. The clip lets that ink through.
constexpr double kInkBleedEm = 0.15;
/// Qt writes PDF page sizes in whole points (A4: 595 × 842 pt, 0.1 mm off).
constexpr double kPageToleranceMm = 0.5;
/// The blank form's own printing, in preview only: grey, so the officer tells it from the values.
const QColor kBlankFormColour(110, 110, 130);
/// QPrintEngine's key for CUPS job options (Qt's private QCUPSSupport uses the same key).
const auto kCupsOptions = QPrintEngine::PrintEnginePropertyKey(0xfe00);

Error deviceError(const QString &vi, const QString &en)
{
    return Error::make(ErrorKind::Storage, u"print.device"_s, vi, en);
}

QString sizeText(QSizeF mm)
{
    return u"%1 × %2 mm"_s.arg(mm.width(), 0, 'f', 1).arg(mm.height(), 0, 'f', 1);
}

void drawText(QPainter &painter, const FittedText &text, QPointF nudgeMm)
{
    if (text.lines.isEmpty())
        return;
    painter.save();
    painter.translate(nudgeMm);
    const double bleed = kInkBleedEm * text.sizePt * kMmPerPt;
    painter.setClipRect(text.boxMm.adjusted(-bleed, -bleed, bleed, bleed),
                        painter.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter.setPen(text.blankFormOnly ? kBlankFormColour : QColor(Qt::black));
    for (const FittedLine &line : text.lines) {
        painter.save();
        painter.translate(line.baselineStartMm);
        painter.scale(kMmPerPt, kMmPerPt); // glyph runs are laid out in points
        painter.drawGlyphRun(QPointF(0, 0), line.glyphs);
        painter.restore();
    }
    painter.restore();
}

void drawLines(QPainter &painter, const QList<StaticLine> &lines, const QColor &colour)
{
    for (const StaticLine &l : lines) {
        painter.setPen(QPen(colour, l.widthMm, l.dotted ? Qt::DotLine : Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(l.fromMm, l.toMm);
    }
}

} // namespace

Result<void> FormRenderer::setCalibration(const Calibration &calibration)
{
    if (auto checked = calibration.check(m_form.formId); !checked)
        return checked;
    for (auto it = calibration.nudgesMm.begin(); it != calibration.nudgesMm.end(); ++it) {
        // A misspelt field must not silently leave the value where it was.
        if (!m_form.text(it.key())) {
            return Error::invalid(
                u"calibration.unknownField"_s, u"nudgesMm."_s + it.key(),
                u"Mẫu \"%1\" không có trường \"%2\" để dịch chỉnh"_s.arg(m_form.title, it.key()),
                u"The form %1 has no field %2 to nudge"_s.arg(m_form.formId, it.key()));
        }
    }
    m_calibration = calibration;
    return {};
}

Result<void> FormRenderer::checkPage(const QPaintDevice &device) const
{
    QSizeF pageMm(device.width() * kMmPerInch / device.logicalDpiX(),
                  device.height() * kMmPerInch / device.logicalDpiY());
    if (const auto *paged = dynamic_cast<const QPagedPaintDevice *>(&device)) {
        const QPageLayout layout = paged->pageLayout();
        if (layout.mode() != QPageLayout::FullPageMode || !layout.margins(QPageLayout::Millimeter).isNull()) {
            return deviceError(u"Máy in không ở chế độ in cả trang không lề"_s,
                               u"The device is not in full-page mode with zero margins"_s);
        }
        pageMm = layout.fullRect(QPageLayout::Millimeter).size();
    }
    const QSizeF wanted = m_form.paper.pageSizeMm();
    const double pixelMm = kMmPerInch / std::min(device.logicalDpiX(), device.logicalDpiY());
    if (std::abs(pageMm.width() - wanted.width()) > kPageToleranceMm + pixelMm ||
        std::abs(pageMm.height() - wanted.height()) > kPageToleranceMm + pixelMm) {
        return deviceError(u"Trang của thiết bị là %1, mẫu \"%2\" cần %3"_s.arg(
                               sizeText(pageMm), m_form.title, sizeText(wanted)),
                           u"The device's page is %1; the form %2 needs %3"_s.arg(
                               sizeText(pageMm), m_form.formId, sizeText(wanted)));
    }
    return {};
}

Result<void> FormRenderer::paint(QPainter &painter, RenderTarget target) const
{
    const QPaintDevice *device = painter.device();
    if (!device || !painter.isActive())
        return deviceError(u"Chưa bắt đầu vẽ trên thiết bị"_s, u"The painter is not active on a device"_s);
    if (auto page = checkPage(*device); !page)
        return page;
    painter.save();
    // Read after begin(): a printer's resolution is only known once its engine has started.
    QTransform mm;
    mm.scale(device->logicalDpiX() / kMmPerInch, device->logicalDpiY() / kMmPerInch);
    painter.setTransform(mm, true);
    painter.setTransform(m_calibration.transform(), true);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    if (target == RenderTarget::Preview)
        drawLines(painter, m_form.blankFormLines, kBlankFormColour);
    drawLines(painter, m_form.printedLines, Qt::black);
    for (const FittedText &text : m_form.texts) {
        if (text.blankFormOnly && target != RenderTarget::Preview)
            continue;
        drawText(painter, text, m_calibration.nudgesMm.value(text.field));
    }
    painter.restore();
    return {};
}

Result<QImage> FormRenderer::image(int dpi, RenderTarget target) const
{
    if (dpi < 10 || dpi > 1200)
        return Error::invalid(u"print.dpi"_s, u"dpi"_s, u"Độ phân giải phải từ 10 đến 1200 dpi"_s,
                              u"The resolution must be 10 to 1200 dpi"_s);
    const QSizeF sizeMm = m_form.paper.pageSizeMm();
    QImage out(qRound(sizeMm.width() / kMmPerInch * dpi), qRound(sizeMm.height() / kMmPerInch * dpi),
               QImage::Format_RGB32);
    out.setDotsPerMeterX(qRound(dpi / 0.0254));
    out.setDotsPerMeterY(qRound(dpi / 0.0254));
    out.fill(Qt::white);
    QPainter painter(&out);
    auto painted = paint(painter, target);
    painter.end();
    if (!painted)
        return painted.error();
    return out;
}

Result<void> FormRenderer::writePdf(const QString &path, const PdfOptions &options) const
{
    return writePdf(std::span(this, 1), path, options);
}

Result<void> FormRenderer::print(QPrinter &printer) const
{
    return print(std::span(this, 1), printer);
}

Result<void> FormRenderer::writePdf(std::span<const FormRenderer> pages, const QString &path,
                                    const PdfOptions &options)
{
    if (pages.empty())
        return deviceError(u"Không có trang nào để in"_s, u"There is no page to print"_s);
    const FittedForm &first = pages.front().form();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return deviceError(u"Không ghi được tệp %1: %2"_s.arg(path, file.errorString()),
                           u"Cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        if (options.archive)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        // The record's id in the title: an archived PDF names the registration it shows.
        const QString title = options.title.isEmpty() ? first.title : options.title;
        writer.setTitle(options.recordId.isNull() ? title : title + u" — "_s + uuidText(options.recordId));
        writer.setCreator(options.creator);
        if (!writer.setPageLayout(first.paper.pageLayout()))
            return deviceError(u"Không đặt được khổ giấy"_s, u"The page layout was refused"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return deviceError(u"Không bắt đầu được tệp PDF %1"_s.arg(path),
                               u"Cannot start the PDF %1"_s.arg(path));
        for (std::size_t i = 0; i < pages.size(); ++i) {
            // A page's layout is set right before the page it is for.
            if (i > 0 && (!writer.setPageLayout(pages[i].form().paper.pageLayout()) || !writer.newPage())) {
                painter.end();
                return deviceError(u"Không thêm được trang %1"_s.arg(i + 1),
                                   u"Cannot add page %1"_s.arg(i + 1));
            }
            if (auto painted = pages[i].paint(painter, RenderTarget::Output); !painted) {
                painter.end();
                return painted; // QSaveFile without commit: nothing is left at `path`
            }
        }
        painter.end();
    }
    if (!file.commit()) {
        return deviceError(u"Không ghi được tệp %1: %2"_s.arg(path, file.errorString()),
                           u"Cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    return {};
}

Result<void> FormRenderer::print(std::span<const FormRenderer> pages, QPrinter &printer)
{
    if (pages.empty())
        return deviceError(u"Không có trang nào để in"_s, u"There is no page to print"_s);
    // setFullPage(true) alone keeps the driver's margins: the layout carries zero margins and
    // full-page mode, applied in one call, and is applied here again after any print dialog.
    printer.setFullPage(true);
    if (!printer.setPageLayout(pages.front().form().paper.pageLayout()))
        return deviceError(u"Máy in không nhận khổ giấy của mẫu"_s,
                           u"The printer refused the form's page layout"_s);
    if (printer.outputFormat() == QPrinter::NativeFormat) {
        // CUPS scales to fit the printable area unless told not to.
        QStringList cups = printer.printEngine()->property(kCupsOptions).toStringList();
        cups << u"print-scaling"_s << u"none"_s << u"fit-to-page"_s << u"false"_s;
        printer.printEngine()->setProperty(kCupsOptions, cups);
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return deviceError(u"Không bắt đầu in được trên %1"_s.arg(printer.printerName()),
                           u"Cannot start printing on %1"_s.arg(printer.printerName()));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0 && (!printer.setPageLayout(pages[i].form().paper.pageLayout()) || !printer.newPage())) {
            printer.abort();
            return deviceError(u"Không thêm được trang %1"_s.arg(i + 1), u"Cannot add page %1"_s.arg(i + 1));
        }
        if (auto painted = pages[i].paint(painter, RenderTarget::Output); !painted) {
            printer.abort();
            return painted;
        }
    }
    // Qt's CUPS engine submits the job here. It does not report a job CUPS refused (it ignores
    // cupsPrintFile's result); a spool file it could not write does show.
    if (!painter.end())
        return deviceError(u"Không gửi được trang in tới %1"_s.arg(printer.printerName()),
                           u"Cannot send the page to %1"_s.arg(printer.printerName()));
    return {};
}

} // namespace hotich::printing
