#pragma once

#include "TextFitter.h"

namespace hotich::printing {

/// A form with every text set into its box: what the renderer draws, the same for preview, PDF
/// and paper. Made only when every text fits and every character has a glyph.
struct FittedForm
{
    QString formId;
    QString title;
    PaperSpec paper;
    FormMode mode = FormMode::Plain;
    QList<FittedText> texts;
    QList<StaticLine> printedLines;   ///< plain forms: printed
    QList<StaticLine> blankFormLines; ///< preprinted forms: preview only

    /// Fits the bound texts of `form` (FormBinding); the first text that fails gives the error.
    static Result<FittedForm> fit(const FormTemplate &form, const QList<BoundText> &bound,
                                  const BundledFont &font);
    const FittedText *text(const QString &field) const;
};

} // namespace hotich::printing
