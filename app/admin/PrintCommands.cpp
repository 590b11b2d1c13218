// hotich-admin print: one record onto its form, as a PDF (PDF/A-1b, for archiving or for printing
// elsewhere) or on a CUPS printer. A preprinted form's sheets are journalled by serial (SheetLedger).
#include "AdminCommands.h"

#include "app/cli/Console.h"
#include "printing/Calibration.h"
#include "printing/CalibrationPage.h"
#include "printing/FormRenderer.h"
#include "printing/RecordPrint.h"
#include "printing/SheetLedger.h"
#include "printing/TemplateLoader.h"
#include "registry/RegisterSetup.h"
#include "store/RecordStore.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace hotich::printing;

namespace hotich::admin {

namespace {

/// Sheets of one print request: each has its own serial, so a reprint is a new request.
constexpr int kMaxCopies = 100;

/// The file of one copy: OUT itself for one copy, else OUT with the serial (or the copy's number).
QString copyPath(const QString &pdf, int copies, const QString &serialText, int index)
{
    if (copies == 1)
        return pdf;
    const QFileInfo info(pdf);
    const QString tag = serialText.isEmpty() ? QString::number(index + 1) : serialText;
    const QString suffix = info.suffix().isEmpty() ? QString() : u"."_s + info.suffix();
    return info.dir().filePath(info.completeBaseName() + u"-"_s + tag + suffix);
}

} // namespace

int AdminTool::print()
{
    if (m_args.has(u"test-page"_s))
        return printTestPage();
    const auto id = recordIdArgument(0, u"mã hồ sơ"_s, u"the record id"_s);
    if (!id)
        return kExitRejected;
    const QString formName = m_args.value(u"form"_s);
    const QString pdf = m_args.value(u"pdf"_s);
    const QString printerName = m_args.value(u"printer"_s);
    if (formName.isEmpty() || pdf.isEmpty() == printerName.isEmpty()) {
        Console::message(u"Cần --form MẪU và một trong --pdf TỆP hoặc --printer MÁY_IN"_s,
                         u"--form FORM and one of --pdf OUT or --printer NAME are required"_s);
        return kExitRejected;
    }
    int copies = 1;
    if (!numberOption(u"copies"_s, copies, 1, kMaxCopies))
        return kExitRejected;
    std::optional<Serial> serial;
    if (m_args.has(u"serial"_s)) {
        auto parsed = Serial::parse(m_args.value(u"serial"_s));
        if (!parsed)
            return Console::reportError(parsed.error());
        serial = parsed.value();
    }
    auto form = TemplateLoader::fromIdOrFile(formName);
    if (!form)
        return Console::reportError(form.error());
    if (serial && form->mode != FormMode::Preprinted) {
        Console::message(u"Mẫu \"%1\" in trên giấy trắng, không dùng --serial"_s.arg(form->id),
                         u"The form %1 is printed on plain paper and takes no --serial"_s.arg(form->id));
        return kExitRejected;
    }
    std::optional<Calibration> calibration;
    const QString calibrationName = m_args.value(u"calibration"_s);
    if (m_args.has(u"calibration"_s)) {
        auto loaded = CalibrationStore(calibrationDirectory()).load(calibrationName, form->id);
        if (!loaded)
            return Console::reportError(loaded.error());
        calibration = loaded.value();
    }
    if (!printerName.isEmpty()) {
        if (auto missing = checkPrinter(printerName); !missing)
            return Console::reportError(missing.error());
    } else if (const QDir folder = QFileInfo(pdf).absoluteDir(); !folder.exists()) {
        // Checked before a serial is taken: a typing mistake must not leave a sheet pending.
        Console::message(u"Thư mục %1 không tồn tại"_s.arg(folder.path()),
                         u"The folder %1 does not exist"_s.arg(folder.path()));
        return kExitRejected;
    }
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto office = readOffice(*m_db);
    if (!office)
        return Console::reportError(office.error());
    RecordStore store(*m_db);
    const IssueContext context = IssueContext::forOffice(*office, Clock::system().today());
    // Every refusal (the record, its kind, a text that does not fit) comes before a serial is taken.
    auto renderer = prepareRecordForm(store, *id, *form, context, calibration);
    if (!renderer)
        return Console::reportError(renderer.error());

    QStringList pdfs;
    auto send = [&](const QString &serialText, int index) -> Result<void> {
        if (!printerName.isEmpty())
            return printSheet(*renderer, printerName, serialText);
        const QString path = copyPath(pdf, copies, serialText, index);
        PdfOptions options;
        options.archive = true;
        options.recordId = *id;
        options.creator = u"hotich-admin "_s + QCoreApplication::applicationVersion();
        if (auto written = renderer->writePdf(path, options); !written)
            return written;
        pdfs << QDir(path).absolutePath();
        return {};
    };
    QJsonObject out{{u"id"_s, uuidText(*id)}, {u"form"_s, form->id}, {u"edition"_s, form->edition}};
    if (form->mode == FormMode::Preprinted) {
        BlankPrintRequest request;
        request.firstSerial = serial;
        request.copies = copies;
        request.use = {*id, form->edition,
                       printerName.isEmpty() ? u"pdf:"_s + QDir(pdf).absolutePath() : printerName,
                       calibrationName};
        request.actor = m_actor.login;
        auto serials = printOnBlanks(*m_db, Clock::system(), *form, request, send, [](const QString &s) {
            Console::message(u"Dùng phôi %1"_s.arg(s), u"Using blank %1"_s.arg(s));
        });
        if (!serials)
            return Console::reportError(serials.error());
        out.insert(u"serials"_s, QJsonArray::fromStringList(*serials));
    } else {
        for (int i = 0; i < copies; ++i) {
            if (auto sent = send({}, i); !sent)
                return Console::reportError(sent.error());
        }
    }
    if (printerName.isEmpty())
        out.insert(u"pdf"_s,
                   pdfs.size() == 1 ? QJsonValue(pdfs.constFirst()) : QJsonArray::fromStringList(pdfs));
    else
        out.insert(u"printer"_s, printerName);
    out.insert(u"copies"_s, copies);
    if (calibration)
        out.insert(u"calibration"_s, calibrationName);
    Console::printJson(out);
    return kExitOk;
}

int AdminTool::printTestPage()
{
    const QString formName = m_args.value(u"form"_s);
    const QString pdf = m_args.value(u"pdf"_s);
    const QString printerName = m_args.value(u"printer"_s);
    if (formName.isEmpty() || pdf.isEmpty() == printerName.isEmpty()) {
        Console::message(u"Cần --form MẪU và một trong --pdf TỆP hoặc --printer MÁY_IN"_s,
                         u"--form FORM and one of --pdf OUT or --printer NAME are required"_s);
        return kExitRejected;
    }
    if (m_args.has(u"serial"_s) || m_args.has(u"copies"_s) || !m_args.positional(m_firstArgument).isEmpty()) {
        Console::message(u"Trang hiệu chỉnh in trên giấy trắng: không có mã hồ sơ, --serial hay --copies"_s,
                         u"The test page is printed on plain paper: no record id, --serial or --copies"_s);
        return kExitRejected;
    }
    auto form = TemplateLoader::fromIdOrFile(formName);
    if (!form)
        return Console::reportError(form.error());
    std::optional<Calibration> calibration;
    const QString calibrationName = m_args.value(u"calibration"_s);
    if (m_args.has(u"calibration"_s)) {
        auto loaded = CalibrationStore(calibrationDirectory()).load(calibrationName, form->id);
        if (!loaded)
            return Console::reportError(loaded.error());
        calibration = loaded.value();
        calibration->nudgesMm.clear(); // the page has none of the form's fields
    }
    if (!printerName.isEmpty()) {
        if (auto missing = checkPrinter(printerName); !missing)
            return Console::reportError(missing.error());
    }
    auto font = BundledFont::load();
    if (!font)
        return Console::reportError(font.error());
    auto page = CalibrationPage::build(*form, *font);
    if (!page)
        return Console::reportError(page.error());
    FormRenderer renderer(std::move(page.value()));
    if (calibration) {
        if (auto set = renderer.setCalibration(*calibration); !set)
            return Console::reportError(set.error());
    }
    QJsonObject out{{u"testPage"_s, true}, {u"form"_s, form->id}};
    if (printerName.isEmpty()) {
        if (auto written = renderer.writePdf(pdf); !written)
            return Console::reportError(written.error());
        out.insert(u"pdf"_s, QDir(pdf).absolutePath());
    } else {
        if (auto printed = printSheet(renderer, printerName, {}); !printed)
            return Console::reportError(printed.error());
        out.insert(u"printer"_s, printerName);
    }
    if (calibration)
        out.insert(u"calibration"_s, calibrationName);
    Console::printJson(out);
    return kExitOk;
}

int AdminTool::calibrationSet()
{
    const auto name = requirePositional(0, u"tên hiệu chỉnh"_s, u"the calibration name"_s);
    if (!name)
        return kExitRejected;
    const QString formName = m_args.value(u"form"_s);
    if (formName.isEmpty() || !m_args.has(u"offset-x"_s) || !m_args.has(u"offset-y"_s)) {
        Console::message(u"Cần --form MẪU --offset-x MM --offset-y MM"_s,
                         u"--form FORM --offset-x MM --offset-y MM are required"_s);
        return kExitRejected;
    }
    auto form = TemplateLoader::fromIdOrFile(formName);
    if (!form)
        return Console::reportError(form.error());
    const CalibrationStore store(calibrationDirectory());
    // A calibration set again keeps its nudges (set by hand in the file).
    Calibration calibration;
    if (auto existing = store.load(*name, form->id))
        calibration = existing.value();
    else if (existing.error().kind != ErrorKind::NotFound)
        return Console::reportError(existing.error());
    calibration.scaleX = 1;
    calibration.scaleY = 1;
    calibration.rotationDeg = 0;
    double x = 0;
    double y = 0;
    if (!decimalOption(u"offset-x"_s, x) || !decimalOption(u"offset-y"_s, y) ||
        !decimalOption(u"scale-x"_s, calibration.scaleX) ||
        !decimalOption(u"scale-y"_s, calibration.scaleY) ||
        !decimalOption(u"rotate"_s, calibration.rotationDeg))
        return kExitRejected;
    calibration.offsetMm = {x, y};
    if (m_args.has(u"printer"_s))
        calibration.printer = m_args.value(u"printer"_s);
    if (auto saved = store.save(*name, form->id, calibration); !saved)
        return Console::reportError(saved.error());
    Console::printJson({{u"calibration"_s, *name},
                        {u"form"_s, form->id},
                        {u"printer"_s, calibration.printer},
                        {u"offsetMm"_s, QJsonArray{x, y}},
                        {u"scale"_s, QJsonArray{calibration.scaleX, calibration.scaleY}},
                        {u"rotationDeg"_s, calibration.rotationDeg}});
    return kExitOk;
}

bool AdminTool::decimalOption(const QString &option, double &value)
{
    if (!m_args.has(option))
        return true;
    bool ok = false;
    const double parsed = QLocale::c().toDouble(m_args.value(option), &ok);
    if (!ok || !std::isfinite(parsed)) {
        Console::message(
            u"--%1 phải là một số, ví dụ 1.5 hoặc -0.25 (đang là \"%2\")"_s.arg(option, m_args.value(option)),
            u"--%1 must be a number, e.g. 1.5 or -0.25 (got \"%2\")"_s.arg(option, m_args.value(option)));
        return false;
    }
    value = parsed;
    return true;
}

} // namespace hotich::admin
