#pragma once

#include "IssueContext.h"
#include "registry/RecordView.h"

#include <QHash>
#include <QString>

#include <optional>

namespace hotich::printing {

/// The registration a paper is printed for and, for a copy or an amendment, the record it copies
/// or amends (its values are named "related.…").
struct PrintSubject
{
    RecordView record;
    std::optional<RecordView> related;
};

/// Loads a record and the record it copies (extractCopy), amends (correction, ethnicity,
/// guardianship end and change) or concerns (a recording's relatedRecord).
Result<PrintSubject> loadPrintSubject(RecordStore &store, const QUuid &id);

/// Value name → the text printed ("subject.name" → "NGUYỄN VĂN AN").
using FormValues = QHash<QString, QString>;

/// Every value a record of its kind provides, named as templates name them
/// (docs/form-templates.md, "Values"). Absent data gives an empty value, never a missing name.
FormValues recordValues(const PrintSubject &subject, const IssueContext &context);

/// The values of the paper itself, without a record: the issuing office, the date of issue and the
/// office's signer (what a register book's pages print around their entries).
FormValues issueValues(const IssueContext &context);

/// Whether a record of `kind` (with a related record of `relatedKind`, when known) provides the value.
bool isKnownValueName(EventKind kind, std::optional<EventKind> relatedKind, const QString &name);

} // namespace hotich::printing
