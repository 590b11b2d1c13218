// hotich-admin print: one record onto its form, as a PDF (PDF/A-1b, for archiving or for printing
// elsewhere) or on a CUPS printer. A preprinted form's sheets are journalled by serial (SheetLedger).
#include "AdminCommands.h"

#include "app/cli/Console.h"
#include "printing/Calibration.h"
#include "printing/FormRenderer.h"
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
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace hotich::printing;

namespace hotich::admin {

namespace {

/// Calibrations belong to the workstation (its printers), not to the register file:
/// $HOTICH_CALIBRATION_DIR, else the user's configuration folder.
QString calibrationDirectory()
{
    const QString configured = qEnvironmentVariable("HOTICH_CALIBRATION_DIR");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/hotich/calibration"_s;
}

/// Binds the record to the form, fits every text and applies the calibration: every refusal comes
/// before the PDF is begun.
Result<FormRenderer> prepare(RecordStore &store, const QUuid &id, const FormTemplate &form,
                             const IssueContext &context, const std::optional<Calibration> &calibration)
{
    auto subject = loadPrintSubject(store, id);
    if (!subject)
        return subject.error();
    auto bound = FormBinding::bind(form, *subject, context);
    if (!bound)
        return bound.error();
    auto font = BundledFont::load();
    if (!font)
        return font.error();
    auto fitted = FittedForm::fit(form, *bound, *font);
    if (!fitted)
        return fitted.error();
    FormRenderer renderer(std::move(fitted.value()));
    if (calibration) {
        if (auto set = renderer.setCalibration(*calibration); !set)
            return set.error();
    }
    return renderer;
}

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

Result<void> checkPrinter(const QString &name)
{
    if (!QPrinterInfo::printerInfo(name).isNull())
        return {};
    const QString known = QPrinterInfo::availablePrinterNames().join(u", "_s);
    return Error::make(
        ErrorKind::NotFound, u"print.noPrinter"_s,
        u"Không có máy in \"%1\"; các máy in có: %2"_s.arg(name, known.isEmpty() ? u"(không có)"_s : known),
        u"There is no printer \"%1\"; the printers are: %2"_s.arg(name,
                                                                  known.isEmpty() ? u"(none)"_s : known));
}

/// One sheet through CUPS by Qt PrintSupport: FormRenderer::print applies the form's page layout
/// (full page, zero margins) and passes print-scaling=none; the job is named after the serial.
Result<void> printSheet(const FormRenderer &renderer, const QString &printerName, const QString &serialText)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(printerName);
    printer.setCreator(u"hotich-admin "_s + QCoreApplication::applicationVersion());
    printer.setDocName(serialText.isEmpty() ? renderer.form().title
                                            : renderer.form().title + u" "_s + serialText);
    return renderer.print(printer);
}

} // namespace

int AdminTool::print()
{
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
    auto renderer = prepare(store, *id, *form, context, calibration);
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

} // namespace hotich::admin
