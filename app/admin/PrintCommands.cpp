// hotich-admin print: one record, or a batch file of records, onto its form, as PDF (PDF/A-1b, for
// archiving or for printing elsewhere) or on a CUPS printer; and a form's calibration page. A
// preprinted form's sheets are journalled by serial (SheetLedger).
#include "AdminCommands.h"

#include "app/cli/Console.h"
#include "printing/Calibration.h"
#include "printing/CalibrationPage.h"
#include "printing/FormRenderer.h"
#include "printing/PrintBatch.h"
#include "printing/PrintOutput.h"
#include "printing/RecordPrint.h"
#include "printing/RegisterBook.h"
#include "printing/SheetLedger.h"
#include "printing/TemplateLoader.h"
#include "registry/RegisterSetup.h"
#include "store/RecordStore.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QStandardPaths>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;
using namespace hotich::printing;

namespace hotich::admin {

namespace {

/// --pdf OUT (--pdf-dir DIR for a batch) or --printer NAME, exactly one, and --form unless the
/// command picks its own: where the sheets of print, its test page, a batch and a book go.
std::optional<PrintOutput> outputOption(const Arguments &args, const QString &pdfOption,
                                        bool needsForm = true)
{
    const QString pdf = args.value(pdfOption);
    const QString printer = args.value(u"printer"_s);
    if ((needsForm && args.value(u"form"_s).isEmpty()) || pdf.isEmpty() == printer.isEmpty()) {
        const QString what = pdfOption == u"pdf"_s ? u"TỆP"_s : u"THƯ_MỤC"_s;
        const QString whatEn = pdfOption == u"pdf"_s ? u"OUT"_s : u"DIR"_s;
        const QString form = needsForm ? u"--form MẪU và "_s : QString();
        const QString formEn = needsForm ? u"--form FORM and "_s : QString();
        Console::message(u"Cần %1một trong --%2 %3 hoặc --printer MÁY_IN"_s.arg(form, pdfOption, what),
                         u"%1one of --%2 %3 or --printer NAME are required"_s.arg(formEn, pdfOption, whatEn));
        return std::nullopt;
    }
    if (!printer.isEmpty())
        return PrintOutput::toPrinter(printer);
    return pdfOption == u"pdf"_s ? PrintOutput::toPdf(pdf) : PrintOutput::toPdfFolder(pdf);
}

/// The calibration named by --calibration for the form, if one is named.
Result<std::optional<Calibration>> calibrationOption(const Arguments &args, const FormTemplate &form)
{
    if (!args.has(u"calibration"_s))
        return std::optional<Calibration>();
    auto loaded = CalibrationStore(calibrationDirectory()).load(args.value(u"calibration"_s), form.id);
    if (!loaded)
        return loaded.error();
    return std::optional<Calibration>(loaded.value());
}

/// The JSON every print command ends with: what was printed, where, and how calibrated.
int printSummary(QJsonObject out, const PrintOutput &output, const Arguments &args)
{
    output.describe(out);
    if (args.has(u"calibration"_s))
        out.insert(u"calibration"_s, args.value(u"calibration"_s));
    Console::printJson(out);
    return kExitOk;
}

QString creator()
{
    return u"hotich-admin "_s + QCoreApplication::applicationVersion();
}

/// Sheets of one print request: each has its own serial, so a reprint is a new request.
constexpr int kMaxCopies = 100;

} // namespace

int AdminTool::print()
{
    if (m_args.has(u"test-page"_s))
        return printTestPage();
    if (m_args.has(u"batch"_s))
        return printBatch();
    if (m_args.has(u"pdf-dir"_s)) {
        Console::message(u"--pdf-dir chỉ dùng với --batch TỆP; một hồ sơ in ra --pdf TỆP"_s,
                         u"--pdf-dir goes with --batch FILE; one record is printed with --pdf OUT"_s);
        return kExitRejected;
    }
    const auto id = recordIdArgument(0, u"mã hồ sơ"_s, u"the record id"_s);
    if (!id)
        return kExitRejected;
    auto output = outputOption(m_args, u"pdf"_s);
    if (!output)
        return kExitRejected;
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
    auto form = TemplateLoader::fromIdOrFile(m_args.value(u"form"_s));
    if (!form)
        return Console::reportError(form.error());
    if (serial && form->mode != FormMode::Preprinted) {
        Console::message(u"Mẫu \"%1\" in trên giấy trắng, không dùng --serial"_s.arg(form->id),
                         u"The form %1 is printed on plain paper and takes no --serial"_s.arg(form->id));
        return kExitRejected;
    }
    auto calibration = calibrationOption(m_args, *form);
    if (!calibration)
        return Console::reportError(calibration.error());
    // Checked before a serial is taken: a typing mistake must not leave a sheet pending.
    if (auto checked = output->check(); !checked)
        return Console::reportError(checked.error());
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto office = readOffice(*m_db);
    if (!office)
        return Console::reportError(office.error());
    auto font = BundledFont::load();
    if (!font)
        return Console::reportError(font.error());
    RecordStore store(*m_db);
    const IssueContext context = IssueContext::forOffice(*office, Clock::system().today());
    // Every refusal (the record, its kind, a text that does not fit) comes before a serial is taken.
    auto renderer = prepareSheet(store, *id, *form, context, *font, *calibration);
    if (!renderer)
        return Console::reportError(renderer.error());

    PdfOptions options;
    options.archive = true;
    options.recordId = *id;
    options.creator = creator();
    // The file of one copy is OUT itself; of several, OUT with the serial (or the copy's number).
    auto tagOf = [&](const QString &serialText, int index) {
        if (copies == 1)
            return QString();
        return serialText.isEmpty() ? QString::number(index + 1) : serialText;
    };
    auto send = [&](const QString &serialText, int index) -> Result<void> {
        return output->send(*renderer, tagOf(serialText, index), options,
                            serialText.isEmpty() ? form->title : form->title + u" "_s + serialText);
    };
    QJsonObject out{{u"id"_s, uuidText(*id)}, {u"form"_s, form->id}, {u"edition"_s, form->edition}};
    if (form->mode == FormMode::Preprinted) {
        BlankPrintRequest request;
        request.firstSerial = serial;
        request.copies = copies;
        // Several copies go to several files, named after their serials: the journal names the first.
        request.use = {*id, form->edition, output->journalName({}), m_args.value(u"calibration"_s)};
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
    out.insert(u"copies"_s, copies);
    return printSummary(out, *output, m_args);
}

int AdminTool::printTestPage()
{
    auto output = outputOption(m_args, u"pdf"_s);
    if (!output)
        return kExitRejected;
    if (m_args.has(u"serial"_s) || m_args.has(u"copies"_s) || m_args.has(u"batch"_s) ||
        m_args.has(u"pdf-dir"_s) || !m_args.positional(m_firstArgument).isEmpty()) {
        Console::message(
            u"Trang hiệu chỉnh in trên giấy trắng: không có mã hồ sơ, --batch, --serial hay --copies"_s,
            u"The test page is printed on plain paper: no record id, --batch, --serial or --copies"_s);
        return kExitRejected;
    }
    auto form = TemplateLoader::fromIdOrFile(m_args.value(u"form"_s));
    if (!form)
        return Console::reportError(form.error());
    auto calibration = calibrationOption(m_args, *form);
    if (!calibration)
        return Console::reportError(calibration.error());
    if (*calibration)
        (*calibration)->nudgesMm.clear(); // the page has none of the form's fields
    if (auto checked = output->check(); !checked)
        return Console::reportError(checked.error());
    auto font = BundledFont::load();
    if (!font)
        return Console::reportError(font.error());
    auto page = CalibrationPage::build(*form, *font);
    if (!page)
        return Console::reportError(page.error());
    FormRenderer renderer(std::move(page.value()));
    if (*calibration) {
        if (auto set = renderer.setCalibration(**calibration); !set)
            return Console::reportError(set.error());
    }
    PdfOptions options;
    options.creator = creator();
    if (auto sent = output->send(renderer, {}, options, form->title); !sent)
        return Console::reportError(sent.error());
    return printSummary({{u"testPage"_s, true}, {u"form"_s, form->id}}, *output, m_args);
}

int AdminTool::printBatch()
{
    const QString file = m_args.value(u"batch"_s);
    if (m_args.has(u"serial"_s) || m_args.has(u"copies"_s) || m_args.has(u"pdf"_s) ||
        !m_args.positional(m_firstArgument).isEmpty()) {
        Console::message(
            u"In theo lô: các hồ sơ lấy từ tệp --batch, mỗi tờ một số phôi kế tiếp; không dùng mã hồ sơ, "
            u"--serial, --copies hay --pdf (dùng --pdf-dir THƯ_MỤC)"_s,
            u"A batch prints the records of the --batch file, each sheet on the next free blank: no record "
            u"id, --serial, --copies or --pdf (use --pdf-dir DIR)"_s);
        return kExitRejected;
    }
    auto output = outputOption(m_args, u"pdf-dir"_s);
    if (!output)
        return kExitRejected;
    auto form = TemplateLoader::fromIdOrFile(m_args.value(u"form"_s));
    if (!form)
        return Console::reportError(form.error());
    auto calibration = calibrationOption(m_args, *form);
    if (!calibration)
        return Console::reportError(calibration.error());
    if (auto checked = output->check(); !checked)
        return Console::reportError(checked.error());
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto office = readOffice(*m_db);
    if (!office)
        return Console::reportError(office.error());
    // The whole file is read and every record prepared before the first sheet: a refusal names its
    // line and changes nothing.
    auto lines = readBatchFile(*m_db, file, *form);
    if (!lines)
        return Console::reportError(lines.error());
    RecordStore store(*m_db);
    const IssueContext context = IssueContext::forOffice(*office, Clock::system().today());
    auto batch = PrintBatch::prepare(store, *form, context, *calibration, *lines);
    if (!batch)
        return Console::reportError(batch.error());
    if (auto stock = batch->checkStock(*m_db, Clock::system()); !stock)
        return Console::reportError(stock.error());

    PdfOptions options;
    options.archive = true;
    options.creator = creator();
    const SheetUse use{{}, form->edition, {}, m_args.value(u"calibration"_s)};
    auto progress = [](int done, int total, const BatchSheet &sheet) {
        const QString where = sheet.file.isEmpty() ? QString() : u" → "_s + sheet.file;
        const QString blank = sheet.serial.isEmpty() ? QString() : u" (phôi %1)"_s.arg(sheet.serial);
        const QString blankEn = sheet.serial.isEmpty() ? QString() : u" (blank %1)"_s.arg(sheet.serial);
        Console::message(
            u"Đã in %1/%2: dòng %3%4%5"_s.arg(done).arg(total).arg(sheet.line).arg(where, blank),
            u"Printed %1/%2: line %3%4%5"_s.arg(done).arg(total).arg(sheet.line).arg(where, blankEn));
        return true;
    };
    auto sheets = batch->run(*m_db, Clock::system(), *output, use, m_actor.login, options, progress);
    if (!sheets)
        return Console::reportError(sheets.error());
    QStringList serials;
    for (const BatchSheet &sheet : *sheets) {
        if (!sheet.serial.isEmpty())
            serials << sheet.serial;
    }
    return printSummary({{u"batch"_s, QFileInfo(file).absoluteFilePath()},
                         {u"form"_s, form->id},
                         {u"edition"_s, form->edition},
                         {u"printed"_s, int(sheets->size())},
                         {u"serials"_s, QJsonArray::fromStringList(serials)}},
                        *output, m_args);
}

int AdminTool::bookPrint()
{
    const auto kindText = requirePositional(0, u"loại sổ (birth, marriage, death)"_s,
                                            u"the register kind (birth, marriage, death)"_s);
    if (!kindText)
        return kExitRejected;
    const auto kind = parseKindCode(*kindText);
    if (!kind || !RegisterBook::kinds().contains(*kind)) {
        QStringList codes;
        for (EventKind k : RegisterBook::kinds())
            codes << kindCode(k);
        Console::message(u"Không có sổ \"%1\" để in; các sổ: %2"_s.arg(*kindText, codes.join(u", "_s)),
                         u"There is no register book \"%1\" to print; the books are: %2"_s.arg(
                             *kindText, codes.join(u", "_s)));
        return kExitRejected;
    }
    int year = 0;
    if (!m_args.has(u"year"_s)) {
        Console::message(u"Cần --year NĂM: năm của sổ"_s, u"--year YEAR is required: the book's year"_s);
        return kExitRejected;
    }
    if (!numberOption(u"year"_s, year, 1, 9999))
        return kExitRejected;
    auto output = outputOption(m_args, u"pdf"_s, false);
    if (!output)
        return kExitRejected;
    if (auto checked = output->check(); !checked)
        return Console::reportError(checked.error());
    auto form = RegisterBook::pageTemplate(*kind);
    if (!form)
        return Console::reportError(form.error());
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto office = readOffice(*m_db);
    if (!office)
        return Console::reportError(office.error());
    RecordStore store(*m_db);
    auto book = RegisterBook::read(store, *kind, year);
    if (!book)
        return Console::reportError(book.error());
    auto font = BundledFont::load();
    if (!font)
        return Console::reportError(font.error());
    // Every page is fitted before the file is begun: a text that does not fit refuses the book.
    auto pages = book->pages(*form, IssueContext::forOffice(*office, Clock::system().today()), *font);
    if (!pages)
        return Console::reportError(pages.error());
    std::vector<FormRenderer> renderers;
    for (FittedForm &page : *pages)
        renderers.emplace_back(std::move(page));
    PdfOptions options;
    options.archive = true;
    options.creator = creator();
    options.title = u"%1 năm %2"_s.arg(form->title).arg(year);
    if (auto sent = output->send(renderers, {}, options, options.title); !sent)
        return Console::reportError(sent.error());
    int voided = 0;
    for (const RecordView &entry : book->entries())
        voided += entry.status == RecordStatus::Voided ? 1 : 0;
    QJsonObject out{{u"kind"_s, kindCode(*kind)},
                    {u"year"_s, year},
                    {u"form"_s, form->id},
                    {u"edition"_s, form->edition},
                    {u"entries"_s, int(book->entries().size())},
                    {u"voided"_s, voided},
                    {u"pages"_s, int(renderers.size())}};
    output->describe(out);
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
