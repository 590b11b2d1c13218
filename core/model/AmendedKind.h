#pragma once

#include "EventKind.h"

#include <optional>

namespace hotich {

/// The kind of record an amending kind amends (a guardianship for its end or change, a birth for
/// the ethnicity re-determined); none for a kind that amends any (a correction) or none at all.
std::optional<EventKind> amendedKind(EventKind kind);

} // namespace hotich
