#pragma once

#include "FormTemplate.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hotich::printing {

/// Reads one form template (docs/form-templates.md) and checks it whole: unknown members, missing
/// members, boxes off the paper, font sizes, duplicate field names and value names the record kind
/// does not provide are all errors. Every message names the file and the member.
class TemplateLoader
{
public:
    static Result<FormTemplate> fromFile(const QString &path);
    /// A built-in template by its id ("birth-certificate"), or a template file when `form` ends
    /// in ".json" (an office's adjusted copy); an unknown id names the ones there are.
    static Result<FormTemplate> fromIdOrFile(const QString &form);
    /// The ids of the built-in templates (resources/forms), sorted.
    static QStringList builtInIds();
    /// `fileName` only names the source in messages.
    static Result<FormTemplate> fromJson(const QByteArray &json, const QString &fileName);
};

} // namespace hotich::printing
