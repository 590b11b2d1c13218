#pragma once

#include "model/Person.h"
#include "store/RecordSearch.h"

#include <QList>

namespace hotich {

/// A person found in the register, to be copied into a new record (a parent, a spouse, the
/// deceased): where they come from, and their fields as the record holds them now.
struct FoundPerson
{
    SearchHit record;   ///< the record naming them (kind, number, year)
    NamedPerson person; ///< as the record's current content holds them (corrections applied)
};

/// The persons whose name holds every word of `query.text` (with or without diacritics) in the
/// records RecordSearch finds: every person a record names whose name matches, not only its
/// subject (a birth offers its mother when her name is searched). In the search's order, each
/// record's persons in its own order; at most query.limit records are read. A query without
/// words (a register number) offers every person of the records it finds.
Result<QList<FoundPerson>> findPersons(Database &db, const SearchQuery &query);

/// Whether a name holds every word of a searched text, folded as the search folds them.
bool nameMatches(const QString &name, const QString &text);

} // namespace hotich
