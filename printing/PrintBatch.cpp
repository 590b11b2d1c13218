#include "PrintBatch.h"

#include "FormBinding.h"

#include "store/RecordSearch.h"
#include "util/Uuid.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hotich::printing {

namespace {

Error onLine(Error e, int line)
{
    e.vi = u"Dòng %1: %2"_s.arg(line).arg(e.vi);
    e.en = u"Line %1: %2"_s.arg(line).arg(e.en);
    return e;
}

/// The record a line names: a UUID, or NUMBER/YEAR in the register of the form's kind.
Result<QUuid> recordOfLine(Database &db, const QString &text, const FormTemplate &form)
{
    const QUuid id = parseUuid(text);
    if (!id.isNull())
        return id;
    static const QRegularExpression registerNumber(u"^(\\d{1,7})\\s*/\\s*(\\d{4})$"_s);
    const auto m = registerNumber.match(text);
    if (!m.hasMatch()) {
        return Error::invalid(
            u"batch.badLine"_s, u"batch"_s,
            u"\"%1\" không phải mã hồ sơ (UUID) hay số đăng ký SỐ/NĂM (ví dụ 12/2026)"_s.arg(text),
            u"\"%1\" is neither a record id (UUID) nor a register number NUMBER/YEAR (e.g. 12/2026)"_s.arg(
                text));
    }
    SearchQuery query;
    query.kind = form.kind;
    query.number = m.captured(1).toInt();
    query.year = m.captured(2).toInt();
    query.limit = 2;
    auto hits = RecordSearch(db).search(query);
    if (!hits)
        return hits.error();
    if (hits->size() != 1 || hits->constFirst().number != query.number) {
        return Error::make(
            ErrorKind::NotFound, u"batch.noNumber"_s,
            u"Sổ %1 năm %2 không có số %3"_s.arg(kindCode(form.kind)).arg(query.year).arg(query.number),
            u"The %1 register of %2 has no number %3"_s.arg(kindCode(form.kind))
                .arg(query.year)
                .arg(query.number));
    }
    return hits->constFirst().id;
}

} // namespace

Result<FormRenderer> prepareSheet(RecordStore &store, const QUuid &id, const FormTemplate &form,
                                  const IssueContext &context, const BundledFont &font,
                                  const std::optional<Calibration> &calibration)
{
    if (form.book) {
        return Error::invalid(
            u"print.bookPage"_s, u"form"_s,
            u"Mẫu \"%1\" là trang sổ: in cả sổ bằng lệnh book print"_s.arg(form.title),
            u"The form %1 is a register-book page: print the book with book print"_s.arg(form.id));
    }
    auto subject = loadPrintSubject(store, id);
    if (!subject)
        return subject.error();
    auto bound = FormBinding::bind(form, *subject, context);
    if (!bound)
        return bound.error();
    auto fitted = FittedForm::fit(form, *bound, font);
    if (!fitted)
        return fitted.error();
    FormRenderer renderer(std::move(fitted.value()));
    if (calibration) {
        if (auto set = renderer.setCalibration(*calibration); !set)
            return set.error();
    }
    return renderer;
}

Result<QList<BatchLine>> readBatchFile(Database &db, const QString &path, const FormTemplate &form)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error::make(ErrorKind::NotFound, u"batch.unreadable"_s,
                           u"Không đọc được tệp danh sách %1: %2"_s.arg(path, file.errorString()),
                           u"Cannot read the batch file %1: %2"_s.arg(path, file.errorString()));
    }
    QList<BatchLine> lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        auto record = recordOfLine(db, text, form);
        if (!record)
            return onLine(record.error(), number);
        lines.push_back({number, *record});
    }
    if (lines.isEmpty()) {
        return Error::invalid(u"batch.empty"_s, u"batch"_s,
                              u"Tệp danh sách %1 không có hồ sơ nào"_s.arg(path),
                              u"The batch file %1 names no record"_s.arg(path));
    }
    return lines;
}

Result<PrintBatch> PrintBatch::prepare(RecordStore &store, const FormTemplate &form,
                                       const IssueContext &context,
                                       const std::optional<Calibration> &calibration,
                                       const QList<BatchLine> &lines)
{
    auto font = BundledFont::load();
    if (!font)
        return font.error();
    QList<Prepared> sheets;
    sheets.reserve(lines.size());
    for (const BatchLine &line : lines) {
        auto renderer = prepareSheet(store, line.record, form, context, *font, calibration);
        if (!renderer)
            return onLine(renderer.error(), line.line);
        auto stored = store.find(line.record);
        if (!stored)
            return stored.error();
        const StoredRecord &record = stored->value(); // found: prepareSheet loaded it
        const QString tag = u"%1-%2-%3-%4"_s.arg(sheets.size() + 1, 4, 10, QChar(u'0'))
                                .arg(form.id)
                                .arg(record.year)
                                .arg(record.number);
        sheets.push_back({line, tag, std::move(renderer.value())});
    }
    return PrintBatch(form, std::move(sheets));
}

Result<void> PrintBatch::checkStock(Database &db, const Clock &clock) const
{
    if (m_form.mode != FormMode::Preprinted)
        return {};
    if (auto free = BlankFormStock(db, clock).freeSerials(m_form, m_sheets.size()); !free)
        return free.error();
    return {};
}

Result<QList<BatchSheet>> PrintBatch::run(Database &db, const Clock &clock, PrintOutput &output,
                                          const SheetUse &use, const QString &actor, const PdfOptions &pdf,
                                          const BatchProgress &progress)
{
    QList<BatchSheet> done;
    const int total = int(m_sheets.size());
    for (const Prepared &sheet : m_sheets) {
        PdfOptions options = pdf;
        options.recordId = sheet.line.record;
        BatchSheet out{sheet.line.line, sheet.line.record, output.pathFor(sheet.tag), {}};
        auto send = [&](const QString &serialText, int) {
            return output.send(sheet.renderer, sheet.tag, options,
                               serialText.isEmpty() ? m_form.title : m_form.title + u" "_s + serialText);
        };
        if (m_form.mode == FormMode::Preprinted) {
            // One sheet per request, as a single print: its serial is the next free one.
            BlankPrintRequest request;
            request.use = use;
            request.use.record = sheet.line.record;
            request.use.printer = output.journalName(sheet.tag);
            request.actor = actor;
            auto serials = printOnBlanks(db, clock, m_form, request, send);
            if (!serials)
                return onLine(serials.error(), sheet.line.line);
            out.serial = serials->constFirst();
        } else if (auto sent = send({}, 0); !sent) {
            return onLine(sent.error(), sheet.line.line);
        }
        done << out;
        if (progress && !progress(int(done.size()), total, out))
            break;
    }
    return done;
}

} // namespace hotich::printing
