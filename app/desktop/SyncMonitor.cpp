#include "SyncMonitor.h"

#include "Language.h"
#include "store/Outbox.h"
#include "store/RecordStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

/// Keeps the first error of an overview; the parts after it are still read.
template <typename T>
bool take(Result<T> result, T &into, std::optional<Error> &error)
{
    if (!result) {
        if (!error)
            error = result.error();
        return false;
    }
    into = std::move(result.value());
    return true;
}

} // namespace

SyncMonitor::SyncMonitor(Session &session, RegisterJobs &jobs, QObject *parent)
    : QObject(parent), m_session(session), m_jobs(jobs)
{}

// Waits for the pass in flight (the engine's thread ends after it): a pass is never cut by the
// window closing, and its results are committed.
SyncMonitor::~SyncMonitor() = default;

SyncOverview SyncMonitor::read(Database &db)
{
    SyncOverview o;
    o.read = true;
    if (take(SyncState::read(db), o.state, o.error)) {
        qint64 last = 0;
        if (take(Outbox(db).lastSeq(), last, o.error))
            o.waiting = std::max<qint64>(0, last - o.state.pushedThrough);
    }
    if (!take(readSyncReport(db), o.report, o.error))
        return o;
    QList<QUuid> named;
    for (const SyncFinding &f : std::as_const(o.report.findings))
        named << f.record;
    for (const IdNumberResult &r : std::as_const(o.report.idNumbers))
        named << r.record;
    RecordStore store(db);
    for (const QUuid &id : std::as_const(named)) {
        if (id.isNull() || o.records.contains(id))
            continue;
        std::optional<StoredRecord> stored;
        if (take(store.find(id), stored, o.error) && stored)
            o.records.insert(id, {stored->kind, stored->number, stored->year});
    }
    return o;
}

void SyncMonitor::readThen(std::function<void()> then)
{
    QPointer<SyncMonitor> self(this);
    // Jobs run in order on one thread and answer in order: the last answer is the newest read.
    m_jobs.run([self, then = std::move(then)](Result<Database *> db) {
        SyncOverview overview;
        if (db) {
            overview = read(*db.value());
        } else {
            overview.read = true;
            overview.error = db.error();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, overview, then] {
                if (!self)
                    return;
                self->m_overview = overview;
                // Before the engine runs, the register alone says where sync stands.
                if (!self->m_engine && overview.error) {
                    self->m_state = State::Error;
                    self->m_reasonVi = overview.error->vi;
                    self->m_reasonEn = overview.error->en;
                } else if (!self->m_engine && !overview.state.enrolled()) {
                    self->m_state = State::NotEnrolled;
                }
                Q_EMIT self->changed();
                if (then)
                    then();
            },
            Qt::QueuedConnection);
    });
}

void SyncMonitor::start()
{
    readThen([this] {
        if (m_overview.state.enrolled())
            startEngine();
    });
}

void SyncMonitor::refresh()
{
    readThen({});
}

void SyncMonitor::startEngine()
{
    if (m_engine)
        return;
    m_engine = std::make_unique<sync::SyncEngine>(m_session.db.path(), m_session.account, kIntervalMs);
    connect(m_engine.get(), &sync::SyncEngine::stateChanged, this, &SyncMonitor::engineStateChanged);
    connect(m_engine.get(), &sync::SyncEngine::synced, this,
            [this](const QJsonObject &summary) { m_stopped = summary.value(u"stopped"_s).toBool(); });
    connect(m_engine.get(), &sync::SyncEngine::progress, this, [this](qint64 entries, qint64 bytes) {
        m_entries = entries;
        m_bytes = bytes;
        Q_EMIT changed();
    });
    // The state shows a pass as soon as one is asked for, so that it cannot be asked twice.
    m_state = State::Syncing;
    m_entries = m_bytes = 0;
    Q_EMIT changed();
    m_engine->start(); // its first pass runs at once
}

void SyncMonitor::stopPass()
{
    if (!m_engine)
        return;
    m_engine->stopPass();
    if (passRunning()) {
        m_stopping = true;
        Q_EMIT changed();
    }
}

void SyncMonitor::syncNow()
{
    if (passRunning())
        return;
    if (m_engine) {
        m_state = State::Syncing;
        m_entries = m_bytes = 0;
        Q_EMIT changed();
        m_engine->syncNow();
        return;
    }
    // Not enrolled when last read: IT staff may have enrolled the office since.
    readThen([this] {
        if (m_overview.state.enrolled())
            startEngine();
        else
            Q_EMIT notEnrolled();
    });
}

void SyncMonitor::engineStateChanged(sync::SyncEngine::State state, const QString &reasonVi,
                                     const QString &reasonEn)
{
    using Engine = sync::SyncEngine::State;
    m_reasonVi = reasonVi;
    m_reasonEn = reasonEn;
    if (state != sync::SyncEngine::State::Syncing)
        m_stopping = false;
    else
        m_stopped = false;
    switch (state) {
    case Engine::Syncing:
        m_state = State::Syncing;
        m_entries = m_bytes = 0;
        Q_EMIT changed();
        return; // the register is read when the pass ends
    case Engine::Idle:
        m_state = State::Idle;
        break;
    case Engine::Offline:
        m_state = State::Offline;
        break;
    case Engine::Error:
        m_state = State::Error;
        break;
    }
    Q_EMIT changed();
    readThen([this] { Q_EMIT passFinished(); });
}

QString SyncMonitor::reason() const
{
    return Language::english() ? m_reasonEn : m_reasonVi;
}

QString SyncMonitor::timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"HH:mm dd/MM/yyyy"_s);
}

QString SyncMonitor::statusText() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Sync: reading the state…");
    case State::NotEnrolled:
        return tr("Sync: this office is not enrolled with the ministry's server");
    case State::Syncing: {
        if (m_stopping)
            return tr("Syncing… stopping after the round in flight");
        if (!m_entries && !m_bytes)
            return tr("Syncing…");
        const QLocale locale(Language::english() ? QLocale::English : QLocale::Vietnamese);
        return tr("Syncing… %n entry(ies), %1", nullptr, int(m_entries))
            .arg(locale.formattedDataSize(m_bytes, 1, QLocale::DataSizeTraditionalFormat));
    }
    case State::Idle:
        if (m_stopped)
            return tr("Sync stopped as asked: %n entry(ies) still wait to be sent", nullptr,
                      int(m_overview.waiting));
        return m_overview.state.lastSuccessAtMs
                   ? tr("Synced: last success %1").arg(timeText(m_overview.state.lastSuccessAtMs))
                   : tr("Sync: no successful sync yet");
    case State::Offline:
        return tr("Offline, trying again by itself: %1").arg(reason());
    case State::Error:
        return tr("Sync error: %1").arg(reason());
    }
    return {};
}

} // namespace hotich::desktop
