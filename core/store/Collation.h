#pragma once

struct sqlite3;

namespace hotich {

/// Registers the collation "vi" (QCollator with vi_VN, i.e. ICU's Vietnamese order) on a
/// connection, so that SQL can say ORDER BY name COLLATE vi.
bool registerVietnameseCollation(sqlite3 *db);

} // namespace hotich
