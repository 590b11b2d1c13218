#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "model/EventKind.h"
#include "registry/SyncReport.h"
#include "store/SyncState.h"
#include "sync/client/SyncEngine.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <memory>
#include <optional>

namespace hotich::desktop {

/// A record the sync report names, as lists name it (kind and register number).
struct SyncRecordRef
{
    EventKind kind = EventKind::Birth;
    int number = 0;
    int year = 0;
};

/// What the register says about sync, read in one job off the GUI thread after every pass.
struct SyncOverview
{
    bool read = false; ///< false until the first read arrives
    SyncState state;
    qint64 waiting = 0;                  ///< outbox entries the server does not hold yet
    SyncReport report;                   ///< findings, rejections, ID-number results
    QHash<QUuid, SyncRecordRef> records; ///< each record the report names that the register holds
    std::optional<Error> error;          ///< the first part that could not be read
};

/// The office's sync as the window presents it: owns the background SyncEngine (its own thread,
/// its timer and backoff) once the office is enrolled, follows its signals, and reads the register's
/// sync state again when a pass ends. The status bar, the tray and the sync screen show what it
/// holds; none of them reads the register in a loop.
class SyncMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown,     ///< not read yet
        NotEnrolled, ///< IT staff enrol the office with hotich-admin; nothing is sent before
        Idle,
        Syncing,
        Offline, ///< the server cannot be reached; the engine tries again by itself
        Error    ///< the server or the register refused; the reason says what to do
    };
    Q_ENUM(State)

    /// Between two passes when nothing goes wrong (the engine's own timer).
    static constexpr int kIntervalMs = 60'000;

    SyncMonitor(Session &session, RegisterJobs &jobs, QObject *parent = nullptr);
    ~SyncMonitor() override;

    /// Reads whether the office is enrolled, and starts the engine when it is (its first pass
    /// runs at once).
    void start();
    /// One pass now, on the engine's thread; ignored while one runs. Not enrolled: notEnrolled().
    void syncNow();
    /// Asks the pass running to stop after the round in flight (the long first sync of a big
    /// register): what it sent and received is kept, the rest waits for the next pass. With no
    /// pass running, the next one stops after its first round.
    void stopPass();
    /// Reads the register's sync state and findings again (off the GUI thread).
    void refresh();

    State state() const { return m_state; }
    bool passRunning() const { return m_state == State::Syncing; }
    /// A Stop was asked and the pass has not ended yet.
    bool stopping() const { return m_stopping; }
    /// The reason of an offline or error state, in the interface language.
    QString reason() const;
    qint64 progressEntries() const { return m_entries; }
    qint64 progressBytes() const { return m_bytes; }
    /// The last read of the register; empty until the first read arrives.
    const SyncOverview &overview() const { return m_overview; }

    /// One line for the status bar and the tray: the state, with progress, the last success or
    /// the reason.
    QString statusText() const;
    /// A time of the sync state (ms since 1970) as the officer reads it.
    static QString timeText(qint64 ms);

    /// Reads the overview on a connection (the job's).
    static SyncOverview read(Database &db);

Q_SIGNALS:
    /// The state, the progress or the overview changed.
    void changed();
    /// A pass ended (idle, offline or error) and the overview was read again.
    void passFinished();
    /// Sync now was asked on a register that is not enrolled.
    void notEnrolled();

private:
    void engineStateChanged(sync::SyncEngine::State state, const QString &reasonVi, const QString &reasonEn);
    /// Reads the overview; `then` runs on the GUI thread once it is shown.
    void readThen(std::function<void()> then);
    void startEngine();

    Session &m_session;
    RegisterJobs &m_jobs;
    std::unique_ptr<sync::SyncEngine> m_engine;
    State m_state = State::Unknown;
    QString m_reasonVi;
    QString m_reasonEn;
    qint64 m_entries = 0;
    qint64 m_bytes = 0;
    bool m_stopping = false;
    bool m_stopped = false; ///< the last pass ended on a Stop, with more to send or receive
    SyncOverview m_overview;
};

} // namespace hotich::desktop
