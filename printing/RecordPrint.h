#pragma once

#include "Calibration.h"
#include "FormRenderer.h"
#include "FormTemplate.h"
#include "IssueContext.h"
#include "RecordValues.h"

#include "store/RecordStore.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace hotich::printing {

/// The steps of printing one record that every front end shares (hotich-admin print, the desktop's
/// print screen), so that a sheet comes out and is journalled the same from both.

/// Calibrations belong to the workstation (its printers), not to the register file:
/// $HOTICH_CALIBRATION_DIR, else the user's configuration folder.
QString calibrationDirectory();

/// Binds the record to the form, fits every text and applies the calibration: every refusal (the
/// record, its kind, a text that does not fit, a missing glyph) comes before anything is printed.
Result<FormRenderer> prepareRecordForm(RecordStore &store, const QUuid &id, const FormTemplate &form,
                                       const IssueContext &context,
                                       const std::optional<Calibration> &calibration);

/// The built-in forms a record can be printed on (its kind, and the kind of the record a copy
/// copies), in the order of TemplateLoader::builtInIds().
Result<QList<FormTemplate>> formsForRecord(const PrintSubject &subject);

/// Whether a built-in form prints the extract copies of records of `kind` (the birth
/// certificate's copy, the death extract's copy): a copy is offered only where one prints.
bool copyFormExists(EventKind kind);

/// Refuses a printer name CUPS does not know, naming the ones it does.
Result<void> checkPrinter(const QString &name);

/// One sheet through CUPS (PrintOutput, CupsJob): the form's page, unscaled, followed until CUPS
/// completed the job (a refused, aborted or still queued job is an error); the job is named after
/// the serial and its creator is the running program.
Result<void> printSheet(const FormRenderer &renderer, const QString &printerName, const QString &serialText);

/// How the form journal names a PDF destination (SheetUse::printer): "pdf:" and the absolute path.
QString pdfDestination(const QString &path);

} // namespace hotich::printing
