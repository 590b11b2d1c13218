#include "RecordPrint.h"

#include "FormBinding.h"
#include "PrintBatch.h"
#include "PrintOutput.h"
#include "TemplateLoader.h"

#include <algorithm>

#include <QCoreApplication>
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
    auto font = BundledFont::load();
    if (!font)
        return font.error();
    return prepareSheet(store, id, form, context, *font, calibration);
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

bool copyFormExists(EventKind kind)
{
    // The built-in forms are fixed for the program's run: read them once.
    static const QList<std::optional<EventKind>> copied = [] {
        QList<std::optional<EventKind>> kinds;
        for (const QString &id : TemplateLoader::builtInIds()) {
            if (auto form = TemplateLoader::fromIdOrFile(id); form && form->kind == EventKind::ExtractCopy)
                kinds << form->relatedKind;
        }
        return kinds;
    }();
    return std::any_of(copied.begin(), copied.end(),
                       [kind](const std::optional<EventKind> &k) { return !k || *k == kind; });
}

Result<void> checkPrinter(const QString &name)
{
    return PrintOutput::toPrinter(name).check();
}

Result<void> printSheet(const FormRenderer &renderer, const QString &printerName, const QString &serialText)
{
    PdfOptions job;
    job.creator = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
    const QString name =
        serialText.isEmpty() ? renderer.form().title : renderer.form().title + u" "_s + serialText;
    return PrintOutput::toPrinter(printerName).send(renderer, {}, job, name);
}

QString pdfDestination(const QString &path)
{
    return PrintOutput::toPdf(path).journalName({});
}

} // namespace hotich::printing
