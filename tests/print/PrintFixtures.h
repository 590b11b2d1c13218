#pragma once

#include "printing/FormBinding.h"
#include "printing/TemplateLoader.h"

namespace hotich::test {

/// A template of resources/forms by its id; fails the test when it does not load.
printing::FormTemplate mustLoad(const QString &id);
/// Phường Ba Đình issuing on 26/11/2026, signed by its chair.
printing::IssueContext issueContext();

/// A sample record of tests/data/records registered in a fresh register and bound to a form.
struct BoundSample
{
    printing::FormTemplate form;
    QList<printing::BoundText> texts;
    QUuid recordId;

    /// Replaces the text of one field (a value too long, a character the font lacks).
    void setText(const QString &field, const QString &text);
};
/// With `related`: that example is registered first and the record refers to it (its "source",
/// "amends" or "relatedRecord" placeholder replaced by the new id).
BoundSample boundSample(const QString &formId, const QString &example, const QString &related = {});

} // namespace hotich::test
