#pragma once

#include "PulledChanges.h"
#include "store/Database.h"

#include <QList>

namespace hotich {

/// What the ministry said about the register's records: its findings and rejections, and where
/// each personal ID number request stands. What the officer acts on (`hotich-admin sync
/// --findings`, the app's sync screen).
struct SyncReport
{
    QList<SyncFinding> findings; ///< oldest first
    QList<IdNumberResult> idNumbers;
};

Result<SyncReport> readSyncReport(Database &db);

/// What the ministry said about one record (its findings, its ID number's state), as its record
/// screen shows it: read by the record's indexes, at any register size.
Result<SyncReport> readSyncReportOf(Database &db, const QUuid &record);

} // namespace hotich
