#pragma once

#include <cstdint>

struct sqlite3;

namespace hotich {

/// Write-ahead-log frames written with one system call per commit.
///
/// SQLite writes each WAL frame of a commit with two pwrite() calls (header, page) before the one
/// fdatasync(); a registration commits about ten pages, and on a virtual machine those twenty
/// system calls cost more than the pages themselves. This VFS, installed as the process's default
/// over SQLite's own, gathers the appends to a WAL file in memory and hands them to the file in one
/// write before anything can see them:
/// - before the WAL is synced (with synchronous=FULL every commit syncs before it is published),
/// - before the WAL is read, sized, truncated or closed, or written anywhere but at its end,
/// - when the database publishes a new WAL index header (its shared-memory barrier), and
/// - when 1 MiB is gathered (a bulk transaction).
/// Durability is unchanged: nothing was durable before the sync, and a crash before it loses only
/// frames of an uncommitted transaction, which WAL recovery ignores (checksums, salts).
///
/// Files are passed through untouched unless their connection opts in with enableWalWriteBatching(),
/// which Database does after setting synchronous=FULL.
void installWalWriteBatching();

/// Gathers the WAL writes of this connection's main database ("main"). False if the connection's
/// files were not opened through the batching VFS.
bool enableWalWriteBatching(sqlite3 *db);

/// Counts for tests and benchmarks (all connections of the process).
struct WalWriteStats
{
    std::uint64_t gatheredWrites = 0; ///< appends held in memory
    std::uint64_t flushes = 0;        ///< writes handed to the file
};
WalWriteStats walWriteStats();

} // namespace hotich
