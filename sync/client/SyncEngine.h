#pragma once

#include "SyncClient.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace hotich::sync {

class SyncWorker;

/// The background sync of a register: its own thread and its own connection to the register file,
/// so a sync never blocks a registration (SQLite's WAL lets both go on). It syncs every
/// `intervalMs` and when asked; a transient failure (no network, a busy server) is retried with
/// exponential backoff and jitter, not left until the next registration. State and progress come
/// as signals, in Vietnamese and English, on the thread that made the engine.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Syncing,
        Offline, ///< the server could not be reached; retrying
        Error    ///< the server or the register refused; the reason says what to do
    };
    Q_ENUM(State)

    SyncEngine(QString databasePath, Account actor, int intervalMs = 60'000, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    /// Asks the pass running (or the next one, if none runs) to stop after the round in flight:
    /// what that round sent and received is committed, the rest waits for the next pass. Safe from
    /// any thread.
    void stopPass() { m_stopPass->store(true); }

public Q_SLOTS:
    void syncNow();

Q_SIGNALS:
    void stateChanged(hotich::sync::SyncEngine::State state, const QString &reasonVi,
                      const QString &reasonEn);
    void progress(qint64 entries, qint64 bytes);
    void synced(const QJsonObject &summary);

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr; ///< lives on m_thread
    std::shared_ptr<std::atomic<bool>> m_stopPass = std::make_shared<std::atomic<bool>>(false);
};

/// Whether an error is worth retrying by itself (the network, a busy server) or needs a person.
bool isTransient(const Error &error);

} // namespace hotich::sync
