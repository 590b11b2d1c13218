#pragma once

#include <QString>

namespace hotich::bench {

/// `hotich-bench --sections sync-load`: the sync of issue 9 through real parts (docs/benchmarks.md):
/// a register filled by the Registrar, SyncClient with HttpTransport, a hotich-server process on
/// 127.0.0.1, and PouchDB's replication of the same number of records in the same run when given.
struct SyncLoadOptions
{
    QString dir;                  ///< register files, the server's SQLite file, the logs
    QString serverDb;             ///< empty: sqlite in `dir`; else a URL to an empty database
    qint64 pushRecords = 100'000; ///< pushed, then pulled back into a restored register
    qint64 noopRecords = 100'000; ///< register size for the no-op syncs (≥ pushRecords)
    int noopSamples = 50;
    int offices = 3000;
    int concurrency = 32;        ///< client threads the simulated offices share
    double officePeriod = 60;    ///< seconds in which every office syncs once
    int officeEntries = 10;      ///< each simulated office's push
    qint64 slowRecords = 10'000; ///< over the emulated slow link (0: skip)
    QString pouchScript;         ///< pouch_bench.js; empty: no PouchDB figures
    QString pouchData;           ///< the JSON lines it reads
};

void benchSyncLoad(const SyncLoadOptions &options);

} // namespace hotich::bench
