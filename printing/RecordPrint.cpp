#include "RecordPrint.h"

#include "FormBinding.h"
#include "TemplateLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hotich::printing {

QString calibrationDirectory()
{
    const QString configured = qEnvironmentVariable("HOTICH_CALIBRATION_DIR");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/hotich/calibration"_s;
}

Result<FormRenderer> prepareRecordForm(RecordStore &store, const QUuid &id, const FormTemplate &form,
                                       const IssueContext &context,
                                       const std::optional<Calibration> &calibration)
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

Result<QList<FormTemplate>> formsForRecord(const PrintSubject &subject)
{
    QList<FormTemplate> out;
    for (const QString &id : TemplateLoader::builtInIds()) {
        auto form = TemplateLoader::fromIdOrFile(id);
        if (!form)
            return form.error();
        if (FormBinding::checkKind(*form, subject))
            out.append(std::move(form.value()));
    }
    return out;
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

Result<void> printSheet(const FormRenderer &renderer, const QString &printerName, const QString &serialText)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(printerName);
    printer.setCreator(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
    printer.setDocName(serialText.isEmpty() ? renderer.form().title
                                            : renderer.form().title + u" "_s + serialText);
    return renderer.print(printer);
}

QString pdfDestination(const QString &path)
{
    return u"pdf:"_s + QDir(path).absolutePath();
}

} // namespace hotich::printing
