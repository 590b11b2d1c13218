#include "FittedForm.h"

namespace hotich::printing {

Result<FittedForm> FittedForm::fit(const FormTemplate &form, const QList<BoundText> &bound,
                                   const BundledFont &font)
{
    FittedForm out;
    out.formId = form.id;
    out.title = form.title;
    out.paper = form.paper;
    out.mode = form.mode;
    out.printedLines = form.printed.lines;
    out.blankFormLines = form.blankForm.lines;
    const TextFitter fitter(font);
    for (const BoundText &t : bound) {
        auto fitted = fitter.fit(t);
        if (!fitted)
            return fitted.error();
        out.texts.append(std::move(fitted.value()));
    }
    return out;
}

const FittedText *FittedForm::text(const QString &field) const
{
    for (const FittedText &t : texts) {
        if (t.field == field)
            return &t;
    }
    return nullptr;
}

} // namespace hotich::printing
