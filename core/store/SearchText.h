#pragma once

#include "RecordSearch.h"

#include <QStringView>

namespace hotich {

/// What an officer types into one search box, read as a search: a register number "12/2026" (or
/// "12 / 2026") becomes number and year; anything else is names. Filters already in `base` (kind,
/// year, limit) are kept; a year in the text wins over the filter's.
SearchQuery searchQueryFromText(QStringView text, SearchQuery base = {});

/// Whether a query asks for anything: text or at least one filter.
bool asksForSomething(const SearchQuery &query);

} // namespace hotich
