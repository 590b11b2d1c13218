#pragma once

#include "IntegrityCheck.h"

#include <functional>

namespace hotich {

/// Online backup and restore with SQLite's backup API: the copy is a consistent snapshot taken
/// while the register stays in use, written to a temporary name and renamed when complete.
namespace backup {

/// How far a backup is: pages copied of the total. Returning false cancels it (nothing is left
/// behind: the partial copy is removed, the destination never appears).
using Progress = std::function<bool(qint64 pagesDone, qint64 pagesTotal)>;

/// Copies the open register to `destination` (which must not exist) and checks the copy. With
/// `progress`, the copy goes in steps and reports after each one.
Result<qint64> create(Database &db, const QString &destination, const Progress &progress = {});

/// Replaces the register's content with the backup at `source`, after checking that the backup is
/// a sound hotich register (header, schema version, journal). The register as it was is first kept
/// beside it as "<path>.before-restore-<time>", so a restore never loses anything.
/// `otherTables` are checked in the backup too (registry/RegisterCheck.h passes the accounts).
/// `markCopy` runs on a copy of the backup before that copy replaces the register, so what the
/// register becomes already says it was restored (a crash right after leaves no unmarked restore).
/// Returns the path of that safety copy.
Result<QString> restore(Database &db, const QString &source, qint64 nowMs,
                        const QList<VouchedTable> &otherTables,
                        const std::function<Result<void>(Database &copy)> &markCopy);

} // namespace backup

} // namespace hotich
