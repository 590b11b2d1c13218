#include "sync/server/WalCheckpointer.h"

#include <QDebug>

#include <sqlite3.h>

namespace hotich::server {

WalCheckpointer::WalCheckpointer(sqlite3 *writer, const QString &path) : m_writer(writer)
{
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        // SQLite's automatic checkpoint stays.
        qWarning("hotich-server: the checkpoint thread cannot open %s: %s", file.constData(),
                 m_own ? sqlite3_errmsg(m_own) : "out of memory");
        sqlite3_close(m_own);
        m_own = nullptr;
        return;
    }
    // A connection knows the file is in WAL mode only once it has read it: until then a
    // checkpoint does nothing.
    sqlite3_exec(m_own, "PRAGMA journal_mode", nullptr, nullptr, nullptr);
    // Replaces SQLite's automatic checkpoint (the same hook).
    sqlite3_wal_hook(m_writer, &WalCheckpointer::walCommitted, this);
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    if (m_own)
        sqlite3_wal_hook(m_writer, nullptr, nullptr);
    sqlite3_close(m_own);
    // The writer's connection checkpoints the rest when it closes.
}

int WalCheckpointer::walCommitted(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *me = static_cast<WalCheckpointer *>(self);
    if (pages >= kWriterPages) {
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= kPages) {
        {
            std::lock_guard lock(me->m_mutex);
            me->m_wanted = true;
        }
        me->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_wanted || m_stopping; });
        if (m_stopping)
            break;
        m_wanted = false;
        lock.unlock();
        // First the copy, without blocking the writer. Then, if the writer is between two
        // transactions (this connection has no busy handler: otherwise it gives up at once), the
        // few pages committed meanwhile and a restart of the log, so that the next commits write
        // over it from its start: a log that only grows costs the file system new blocks at every
        // commit. A busy answer (another checkpoint, or the writer at work) waits for the next.
        sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_RESTART, nullptr, nullptr);
        lock.lock();
    }
}

} // namespace hotich::server
