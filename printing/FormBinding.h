#pragma once

#include "FormTemplate.h"
#include "RecordValues.h"

namespace hotich::printing {

/// A text ready to be fitted: a field with its value, or a static text of the form.
struct BoundText
{
    QString field; ///< the field's name; "printed.texts[3]" or "blankForm.texts[0]" for static texts
    QString text;
    TextBox box;
    bool isField = true;
    bool blankFormOnly = false; ///< the drawing of a preprinted form: preview only
};

/// Binds a record to a form: refuses a record of another kind (or a copy of another kind) and a
/// voided record, then gives every field its text and lists the form's static texts.
class FormBinding
{
public:
    static Result<QList<BoundText>> bind(const FormTemplate &form, const PrintSubject &subject,
                                         const IssueContext &context);
    /// The same from values already made (tests, previews of sample data).
    static QList<BoundText> bindValues(const FormTemplate &form, const FormValues &values);
    static Result<void> checkKind(const FormTemplate &form, const PrintSubject &subject);
};

} // namespace hotich::printing
