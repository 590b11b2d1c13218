#include "SyncEngine.h"

#include "Backoff.h"
#include "HttpTransport.h"
#include "store/SyncState.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace hotich::sync {

bool isTransient(const Error &error)
{
    return error.code.startsWith(u"network."_s) || error.code == u"server.busy"_s ||
           error.code == u"database.busy"_s;
}

/// The engine's half on the sync thread: the connection, the timer and the backoff.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString databasePath, Account actor, int intervalMs,
               std::shared_ptr<std::atomic<bool>> stopPass)
        : m_path(std::move(databasePath)), m_actor(std::move(actor)), m_intervalMs(intervalMs),
          m_stopPass(std::move(stopPass))
    {}

public Q_SLOTS:
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncOnce);
        m_timer->start(0);
    }

    void syncOnce()
    {
        m_timer->stop();
        Q_EMIT stateChanged(SyncEngine::State::Syncing, {}, {});
        auto result = attempt();
        m_stopPass->store(false); // a Stop asks for this pass only
        if (result) {
            m_backoff.reset();
            Q_EMIT synced(result->toJson());
            Q_EMIT stateChanged(SyncEngine::State::Idle, {}, {});
            m_timer->start(m_intervalMs);
            return;
        }
        const Error &e = result.error();
        if (isTransient(e)) {
            Q_EMIT stateChanged(SyncEngine::State::Offline, e.vi, e.en);
            m_timer->start(m_backoff.nextDelayMs());
        } else {
            Q_EMIT stateChanged(SyncEngine::State::Error, e.vi, e.en);
            m_timer->start(m_intervalMs);
        }
    }

    void end()
    {
        if (m_timer)
            m_timer->stop();
        m_db.reset();
    }

Q_SIGNALS:
    void stateChanged(hotich::sync::SyncEngine::State state, const QString &reasonVi,
                      const QString &reasonEn);
    void progress(qint64 entries, qint64 bytes);
    void synced(const QJsonObject &summary);

private:
    Result<SyncSummary> attempt()
    {
        if (!m_db) {
            auto opened = Database::open(m_path, Database::OpenMode::Existing);
            if (!opened)
                return opened.error();
            m_db = std::move(*opened);
        }
        auto state = SyncState::read(*m_db);
        if (!state)
            return state.error();
        HttpTransport transport(QUrl(state->serverUrl), state->caCertificate);
        SyncClient client(*m_db, Clock::system(), transport, m_actor);
        client.setProgress([this](const SyncSummary &s) {
            Q_EMIT progress(s.pushed + s.pulled, s.bytesSent + s.bytesReceived);
            return !m_stopPass->load();
        });
        return client.run();
    }

    QString m_path;
    Account m_actor;
    int m_intervalMs;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    Backoff m_backoff;
    std::shared_ptr<std::atomic<bool>> m_stopPass;
};

SyncEngine::SyncEngine(QString databasePath, Account actor, int intervalMs, QObject *parent) : QObject(parent)
{
    m_worker = new SyncWorker(std::move(databasePath), std::move(actor), intervalMs, m_stopPass);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateChanged, this, &SyncEngine::stateChanged);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::synced, this, &SyncEngine::synced);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    m_thread.setObjectName(u"hotich-sync"_s);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::begin, Qt::QueuedConnection);
}

void SyncEngine::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncOnce, Qt::QueuedConnection);
}

} // namespace hotich::sync

#include "SyncEngine.moc"
