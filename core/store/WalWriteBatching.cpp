#include "WalWriteBatching.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <new>
#include <vector>

namespace hotich {

namespace {

/// The file-control opcode by which a connection opts in (not one of SQLite's own).
constexpr int kFcntlBatchWalWrites = 0x484F5457;
/// A bulk transaction's frames are handed over when this much is gathered,
constexpr std::size_t kFlushAt = std::size_t(1) << 20;
/// in writes of at most this size (the unix VFS takes less than 128 KiB at a time).
constexpr std::size_t kWriteLimit = std::size_t(64) << 10;

std::atomic<std::uint64_t> gatheredWrites{0};
std::atomic<std::uint64_t> flushes{0};

/// Appends to a WAL file not yet handed to it: bytes for the file from offset `start`.
struct PendingAppends
{
    std::vector<char> bytes;
    sqlite3_int64 start = 0;
};

/// What SQLite holds for a main database or WAL file opened through this VFS. SQLite allocates
/// szOsFile bytes for it (8-byte aligned): this header, then the parent VFS's own file object.
struct File
{
    sqlite3_file base; ///< first, as SQLite requires
    sqlite3_file *real;
    File *database;          ///< of a WAL file: its main database file
    File *wal;               ///< of a main database file: its open WAL file
    PendingAppends *appends; ///< of a WAL file
    bool batching;           ///< of a main database file: its connection opted in
};

static_assert(sizeof(File) % alignof(std::int64_t) == 0, "the parent's file object follows, aligned");

sqlite3_vfs *parent = nullptr;
sqlite3_vfs vfs;
sqlite3_io_methods methods;

File *asFile(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file);
}

const sqlite3_io_methods &real(const File *f)
{
    return *f->real->pMethods;
}

int flush(File *f)
{
    if (!f->appends || f->appends->bytes.empty())
        return SQLITE_OK;
    PendingAppends &p = *f->appends;
    int rc = SQLITE_OK;
    for (std::size_t done = 0; done < p.bytes.size() && rc == SQLITE_OK; done += kWriteLimit) {
        const std::size_t n = std::min(kWriteLimit, p.bytes.size() - done);
        rc = real(f).xWrite(f->real, p.bytes.data() + done, int(n), p.start + sqlite3_int64(done));
    }
    p.bytes.clear(); // on failure SQLite rolls the transaction back: its frames are not wanted
    flushes.fetch_add(1, std::memory_order_relaxed);
    return rc;
}

bool gathering(const File *f)
{
    return f->appends && f->database && f->database->batching;
}

int fileClose(sqlite3_file *file)
{
    File *f = asFile(file);
    const int flushed = flush(f);
    if (f->database && f->database->wal == f)
        f->database->wal = nullptr;
    if (f->wal && f->wal->database == f)
        f->wal->database = nullptr;
    delete f->appends;
    f->appends = nullptr;
    const int closed = real(f).xClose(f->real);
    return flushed != SQLITE_OK ? flushed : closed;
}

int fileRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    File *f = asFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return real(f).xRead(f->real, data, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    File *f = asFile(file);
    if (!gathering(f)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
        return real(f).xWrite(f->real, data, amount, offset);
    }
    PendingAppends &p = *f->appends;
    if (!p.bytes.empty() && offset != p.start + sqlite3_int64(p.bytes.size())) {
        // Not an append (SQLite rewrites a frame of the open transaction): keep the order of writes.
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (p.bytes.empty())
        p.start = offset;
    const auto *bytes = static_cast<const char *>(data);
    p.bytes.insert(p.bytes.end(), bytes, bytes + amount);
    gatheredWrites.fetch_add(1, std::memory_order_relaxed);
    return p.bytes.size() >= kFlushAt ? flush(f) : SQLITE_OK;
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    File *f = asFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return real(f).xTruncate(f->real, size);
}

int fileSync(sqlite3_file *file, int flags)
{
    File *f = asFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return real(f).xSync(f->real, flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    File *f = asFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return real(f).xFileSize(f->real, size);
}

int fileLock(sqlite3_file *file, int level)
{
    return real(asFile(file)).xLock(asFile(file)->real, level);
}

int fileUnlock(sqlite3_file *file, int level)
{
    return real(asFile(file)).xUnlock(asFile(file)->real, level);
}

int fileCheckReservedLock(sqlite3_file *file, int *reserved)
{
    return real(asFile(file)).xCheckReservedLock(asFile(file)->real, reserved);
}

int fileControl(sqlite3_file *file, int op, void *arg)
{
    File *f = asFile(file);
    if (op == kFcntlBatchWalWrites) {
        if (f->appends)
            return SQLITE_NOTFOUND; // asked of a main database file only
        f->batching = *static_cast<int *>(arg) != 0;
        if (!f->batching && f->wal)
            return flush(f->wal);
        return SQLITE_OK;
    }
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return real(f).xFileControl(f->real, op, arg);
}

int fileSectorSize(sqlite3_file *file)
{
    return real(asFile(file)).xSectorSize(asFile(file)->real);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    return real(asFile(file)).xDeviceCharacteristics(asFile(file)->real);
}

int fileShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **memory)
{
    const File *f = asFile(file);
    return real(f).iVersion >= 2 ? real(f).xShmMap(f->real, page, pageSize, extend, memory) : SQLITE_IOERR;
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    const File *f = asFile(file);
    return real(f).iVersion >= 2 ? real(f).xShmLock(f->real, offset, n, flags) : SQLITE_IOERR;
}

void fileShmBarrier(sqlite3_file *file)
{
    File *f = asFile(file);
    // SQLite is about to publish frames in the WAL index: they must be in the file by then. With
    // synchronous=FULL they already are (the commit's sync came first), so this finds nothing.
    if (f->wal)
        (void)flush(f->wal);
    if (real(f).iVersion >= 2)
        real(f).xShmBarrier(f->real);
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    const File *f = asFile(file);
    return real(f).iVersion >= 2 ? real(f).xShmUnmap(f->real, deleteFlag) : SQLITE_OK;
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    const File *f = asFile(file);
    if (real(f).iVersion < 3) {
        *pointer = nullptr;
        return SQLITE_OK;
    }
    return real(f).xFetch(f->real, offset, amount, pointer);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    const File *f = asFile(file);
    return real(f).iVersion >= 3 ? real(f).xUnfetch(f->real, offset, pointer) : SQLITE_OK;
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    // Only main databases and their WALs are wrapped; other files are the parent's own.
    if (!(flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)))
        return parent->xOpen(parent, name, file, flags, outFlags);
    File *f = new (file) File{};
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = parent->xOpen(parent, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        f->base.pMethods = nullptr; // nothing for SQLite to close
        return rc != SQLITE_OK ? rc : SQLITE_CANTOPEN;
    }
    if (flags & SQLITE_OPEN_WAL) {
        f->appends = new PendingAppends;
        sqlite3_file *database = sqlite3_database_file_object(name);
        if (database && database->pMethods == &methods) {
            f->database = asFile(database);
            f->database->wal = f;
        }
    }
    f->base.pMethods = &methods;
    return SQLITE_OK;
}

} // namespace

void installWalWriteBatching()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_initialize();
        parent = sqlite3_vfs_find(nullptr);
        if (!parent)
            return;
        // Everything but xOpen goes to the parent, with the parent as its VFS.
        vfs = *parent;
        vfs.pNext = nullptr;
        vfs.zName = "hotich";
        vfs.szOsFile = int(sizeof(File)) + parent->szOsFile;
        vfs.xOpen = vfsOpen;
        vfs.xDelete = [](sqlite3_vfs *, const char *name, int syncDir) {
            return parent->xDelete(parent, name, syncDir);
        };
        vfs.xAccess = [](sqlite3_vfs *, const char *name, int flags, int *result) {
            return parent->xAccess(parent, name, flags, result);
        };
        vfs.xFullPathname = [](sqlite3_vfs *, const char *name, int size, char *out) {
            return parent->xFullPathname(parent, name, size, out);
        };
        vfs.xDlOpen = [](sqlite3_vfs *, const char *name) {
            return parent->xDlOpen(parent, name);
        };
        vfs.xDlError = [](sqlite3_vfs *, int size, char *message) {
            parent->xDlError(parent, size, message);
        };
        vfs.xDlSym = [](sqlite3_vfs *, void *handle, const char *symbol) {
            return parent->xDlSym(parent, handle, symbol);
        };
        vfs.xDlClose = [](sqlite3_vfs *, void *handle) {
            parent->xDlClose(parent, handle);
        };
        vfs.xRandomness = [](sqlite3_vfs *, int size, char *out) {
            return parent->xRandomness(parent, size, out);
        };
        vfs.xSleep = [](sqlite3_vfs *, int microseconds) {
            return parent->xSleep(parent, microseconds);
        };
        vfs.xCurrentTime = [](sqlite3_vfs *, double *now) {
            return parent->xCurrentTime(parent, now);
        };
        vfs.xGetLastError = [](sqlite3_vfs *, int size, char *out) {
            return parent->xGetLastError(parent, size, out);
        };
        if (parent->iVersion >= 2 && parent->xCurrentTimeInt64) {
            vfs.xCurrentTimeInt64 = [](sqlite3_vfs *, sqlite3_int64 *now) {
                return parent->xCurrentTimeInt64(parent, now);
            };
        }
        if (parent->iVersion >= 3) {
            vfs.xSetSystemCall = [](sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call) {
                return parent->xSetSystemCall(parent, name, call);
            };
            vfs.xGetSystemCall = [](sqlite3_vfs *, const char *name) {
                return parent->xGetSystemCall(parent, name);
            };
            vfs.xNextSystemCall = [](sqlite3_vfs *, const char *name) {
                return parent->xNextSystemCall(parent, name);
            };
        }
        methods = {};
        methods.iVersion = 3;
        methods.xClose = fileClose;
        methods.xRead = fileRead;
        methods.xWrite = fileWrite;
        methods.xTruncate = fileTruncate;
        methods.xSync = fileSync;
        methods.xFileSize = fileSize;
        methods.xLock = fileLock;
        methods.xUnlock = fileUnlock;
        methods.xCheckReservedLock = fileCheckReservedLock;
        methods.xFileControl = fileControl;
        methods.xSectorSize = fileSectorSize;
        methods.xDeviceCharacteristics = fileDeviceCharacteristics;
        methods.xShmMap = fileShmMap;
        methods.xShmLock = fileShmLock;
        methods.xShmBarrier = fileShmBarrier;
        methods.xShmUnmap = fileShmUnmap;
        methods.xFetch = fileFetch;
        methods.xUnfetch = fileUnfetch;
        sqlite3_vfs_register(&vfs, 1);
    });
}

bool enableWalWriteBatching(sqlite3 *db)
{
    int on = 1;
    return db && sqlite3_file_control(db, "main", kFcntlBatchWalWrites, &on) == SQLITE_OK;
}

WalWriteStats walWriteStats()
{
    return {gatheredWrites.load(std::memory_order_relaxed), flushes.load(std::memory_order_relaxed)};
}

} // namespace hotich
