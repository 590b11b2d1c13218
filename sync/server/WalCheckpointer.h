#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace hotich::server {

/// Copies the server's SQLite write-ahead log back into the database file on a thread of its own,
/// with a connection of its own, so that a push's commit does not also pay for the checkpoint
/// (SQLite's automatic one runs inside the commit that crosses 1,000 pages: at every batch of a
/// backlog, 8 % of the push). A PASSIVE checkpoint never blocks the writer. Pages a backlog writes
/// again and again are copied once per checkpoint instead of once per batch.
class WalCheckpointer
{
public:
    /// Takes over the checkpoints of `writer`, the server's connection to the file at `path`.
    WalCheckpointer(sqlite3 *writer, const QString &path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// A checkpoint is asked for once the log holds this many pages (16 MiB of 4 KiB pages).
    static constexpr int kPages = 4096;
    /// Past this many, the writer checkpoints itself, as SQLite would (the thread cannot keep up).
    static constexpr int kWriterPages = 16 * kPages;

private:
    static int walCommitted(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    sqlite3 *m_writer;
    sqlite3 *m_own = nullptr; ///< the thread's connection
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace hotich::server
