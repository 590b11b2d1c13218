#pragma once

#include "EventKind.h"
#include "Finding.h"
#include "RecordSchema.h"

#include <QJsonObject>

#include <optional>

namespace hotich {

/// A record as checked against its kind's schema.
struct CanonicalRecord
{
    std::optional<EventKind> kind;
    QJsonObject json; ///< canonical form: NFC text, matched codes, ISO dates; valid only without errors
    Findings errors;  ///< every problem found, each naming its field

    bool ok() const { return kind.has_value() && errors.isEmpty(); }
};

/// Checks a record's JSON against the schema of its "kind" and brings it to canonical form: every
/// text NFC with single spaces, names checked, dates parsed (impossible dates only on historical
/// records, keeping the text as written in "<field>AsWritten"), ethnicity, nationality and religion
/// matched to the code lists, a full name split into its parts. Unknown fields are errors, so a
/// typo never silently drops data.
CanonicalRecord canonicalizeRecord(const QJsonObject &input);

/// Applies an RFC 7386 JSON merge patch: null removes a member, an object merges, anything else replaces.
QJsonObject applyMergePatch(const QJsonObject &target, const QJsonObject &patch);

/// The merge patch that turns `from` into `to` (empty when they are equal).
QJsonObject createMergePatch(const QJsonObject &from, const QJsonObject &to);

} // namespace hotich
