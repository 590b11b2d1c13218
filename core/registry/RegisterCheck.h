#pragma once

#include "store/IntegrityCheck.h"

namespace hotich {

/// The whole register's integrity check: the store's own tables, and the accounts of `auth`.
Result<IntegrityReport> verifyRegister(Database &db);

/// Restores a backup (store/Backup.h) after the same whole check of the backup.
Result<QString> restoreRegister(Database &db, const QString &source, qint64 nowMs);

} // namespace hotich
