// hotich-admin print: one record onto its form, as a PDF (PDF/A-1b, for archiving or for printing
// elsewhere). Printers and the blank-form journal come with the rest of issue 10.
#include "AdminCommands.h"

#include "app/cli/Console.h"
#include "printing/Calibration.h"
#include "printing/FormRenderer.h"
#include "printing/TemplateLoader.h"
#include "registry/RegisterSetup.h"
#include "store/RecordStore.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDir>
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

} // namespace

int AdminTool::print()
{
    const auto id = recordIdArgument(0, u"mã hồ sơ"_s, u"the record id"_s);
    if (!id)
        return kExitRejected;
    const QString formName = m_args.value(u"form"_s);
    const QString pdf = m_args.value(u"pdf"_s);
    if (formName.isEmpty() || pdf.isEmpty()) {
        Console::message(u"Cần --form MẪU và --pdf TỆP"_s, u"--form FORM and --pdf OUT are required"_s);
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
    }
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto office = readOffice(*m_db);
    if (!office)
        return Console::reportError(office.error());
    RecordStore store(*m_db);
    const IssueContext context = IssueContext::forOffice(*office, Clock::system().today());
    auto renderer = prepare(store, *id, *form, context, calibration);
    if (!renderer)
        return Console::reportError(renderer.error());
    PdfOptions options;
    options.archive = true;
    options.recordId = *id;
    options.creator = u"hotich-admin "_s + QCoreApplication::applicationVersion();
    if (auto written = renderer->writePdf(pdf, options); !written)
        return Console::reportError(written.error());
    QJsonObject out{{u"id"_s, uuidText(*id)},
                    {u"form"_s, form->id},
                    {u"edition"_s, form->edition},
                    {u"pdf"_s, QDir(pdf).absolutePath()}};
    if (calibration)
        out.insert(u"calibration"_s, calibrationName);
    Console::printJson(out);
    return kExitOk;
}

} // namespace hotich::admin
