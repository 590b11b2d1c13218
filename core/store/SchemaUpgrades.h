#pragma once

#include "util/Result.h"

namespace hotich {
class Database;
}

namespace hotich::schema {

/// Schema 6 on an existing register: its identity and first epoch, a UUID for every amendment, and
/// the outbox rewritten as portable entries (nothing has been synced before schema 6, so no server
/// holds the old entries). Runs inside the migration's transaction.
Result<void> upgradeTo6(Database &db);

/// Schema 9 on an existing register: every search row also names the persons of the record who
/// are not its principal persons (parents, declarant, requester, …), read from the record's current
/// view; then the FTS5 index is rebuilt over the rows. Runs inside the migration's transaction.
Result<void> upgradeTo9(Database &db);

/// Schema 11 on an existing register: each principal person of a search row a part of its own
/// (a marriage's spouses were one), then the FTS5 index of persons built from every search row.
/// Runs inside the migration's transaction.
Result<void> upgradeTo11(Database &db);

} // namespace hotich::schema
