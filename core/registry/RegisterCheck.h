#pragma once

#include "store/IntegrityCheck.h"

#include <functional>

namespace hotich {

/// The whole register's integrity check: the store's own tables, and the accounts of `auth`.
Result<IntegrityReport> verifyRegister(Database &db);

/// Restores a backup (store/Backup.h) after the same whole check of the backup; `markCopy` (if
/// given) changes the copy before it becomes the register.
Result<QString> restoreRegister(Database &db, const QString &source, qint64 nowMs,
                                const std::function<Result<void>(Database &copy)> &markCopy = {});

} // namespace hotich
