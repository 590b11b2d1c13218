#pragma once

#include "FormRenderer.h"
#include "IssueContext.h"
#include "PrintOutput.h"
#include "SheetLedger.h"

#include "store/RecordStore.h"

#include <functional>

namespace hotich::printing {

/// Binds a record to a form, fits every text (glyphs checked) and applies the calibration: every
/// refusal comes before anything is drawn or journalled.
Result<FormRenderer> prepareSheet(RecordStore &store, const QUuid &id, const FormTemplate &form,
                                  const IssueContext &context, const BundledFont &font,
                                  const std::optional<Calibration> &calibration);

/// A line of a batch file that names a record.
struct BatchLine
{
    int line = 0; ///< from 1, as an editor numbers them
    QUuid record;
};

/// Reads a batch file: one record a line, by its id (UUID) or its register number NUMBER/YEAR
/// ("12/2026", in the register of the form's kind); blank lines and lines starting with # are
/// skipped. Refuses an unreadable file, a file naming no record, and the first line naming no
/// record of the register (its number in the message).
Result<QList<BatchLine>> readBatchFile(Database &db, const QString &path, const FormTemplate &form);

/// A sheet of a batch as it went out.
struct BatchSheet
{
    int line = 0;
    QUuid record;
    QString file;   ///< the PDF written; empty on a printer
    QString serial; ///< the blank used; empty on a plain form
};

/// Told after each sheet went out: how many of how many. Returning false stops the batch there
/// (a Cancel): the sheets sent stay sent and journalled, the rest are not touched.
using BatchProgress = std::function<bool(int done, int total, const BatchSheet &sheet)>;

/// Many records onto one form (500 extracts at a counter's busy hour). Every record is prepared
/// first, so a record of the wrong kind, a voided one or a text that does not fit refuses the whole
/// batch, naming its line, before any file or serial; so does a stock of fewer free blanks than
/// sheets. Then each sheet goes out as a single print does: on a preprinted form its serial is
/// reserved (committed) before it is sent and marked printed after, so a crash leaves at most one
/// sheet pending for the officer.
class PrintBatch
{
public:
    static Result<PrintBatch> prepare(RecordStore &store, const FormTemplate &form,
                                      const IssueContext &context,
                                      const std::optional<Calibration> &calibration,
                                      const QList<BatchLine> &lines);

    qsizetype size() const { return m_sheets.size(); }
    /// A preprinted form's stock holds a free serial for every sheet.
    Result<void> checkStock(Database &db, const Clock &clock) const;
    /// Sends every sheet to `output` in the file's order. The file of sheet i is
    /// NNNN-FORM-YEAR-NUMBER.pdf (NNNN its place in the batch from 0001). `use` says who and how
    /// calibrated, for the journal. Stops at the first failure, or when `progress` says so; the
    /// sheets sent before stay sent (the list returned holds them).
    Result<QList<BatchSheet>> run(Database &db, const Clock &clock, PrintOutput &output, const SheetUse &use,
                                  const QString &actor, const PdfOptions &pdf,
                                  const BatchProgress &progress = {});

private:
    struct Prepared
    {
        BatchLine line;
        QString tag; ///< the file's name without .pdf
        FormRenderer renderer;
    };
    PrintBatch(const FormTemplate &form, QList<Prepared> sheets) : m_form(form), m_sheets(std::move(sheets))
    {}

    FormTemplate m_form;
    QList<Prepared> m_sheets;
};

} // namespace hotich::printing
