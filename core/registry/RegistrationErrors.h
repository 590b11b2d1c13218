#pragma once

#include "model/Finding.h"

namespace hotich::registration_errors {

/// A record the rules refused: one detail per error finding (warnings are not reasons).
Error rejected(const Findings &findings);

/// The error of the `index`-th record (from 0) of a many-record input, numbered for the officer.
Error atRecord(Error e, qsizetype index);

/// Says how many records of the input were registered before it stopped.
Error afterCommitted(Error e, qsizetype committed);

/// Every schema error of a many-record input at once (`errors` holds them as details).
Error schemaErrors(Error errors, bool single, qsizetype committed);

} // namespace hotich::registration_errors
