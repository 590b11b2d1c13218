#include "BackupScheduler.h"

#include "Language.h"
#include "registry/RegisterSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

QString shownTime(const QDateTime &at)
{
    return at.toLocalTime().toString(u"HH:mm dd/MM/yyyy"_s);
}

} // namespace

BackupScheduler::BackupScheduler(Session &session, RegisterJobs &jobs, QObject *parent)
    : QObject(parent), m_session(session), m_jobs(jobs), m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::check);
}

void BackupScheduler::start()
{
    m_timer->start();
    check();
}

std::function<bool(qint64, qint64)> BackupScheduler::reporter()
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<BackupScheduler> self(this);
    return [self, cancel = m_cancel](qint64 done, qint64 total) {
        if (total > 0) {
            const int percent = int(done * 100 / total);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, percent] {
                    if (self)
                        Q_EMIT self->progress(percent);
                },
                Qt::QueuedConnection);
        }
        return !cancel->load();
    };
}

void BackupScheduler::check()
{
    if (m_running)
        return; // the next look comes with the timer
    m_running = true;
    QPointer<BackupScheduler> self(this);
    const Clock *clock = &m_session.clock;
    const Account actor = m_session.account;
    // No progress: the scheduled backup runs unseen, in one step.
    m_jobs.run([self, clock, actor](Result<Database *> db) {
        Result<ScheduledBackup> run = db ? RegisterMaintenance(*db.value(), *clock).backUpIfDue(actor)
                                         : Result<ScheduledBackup>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, run] {
                if (self)
                    self->finishScheduled(run);
            },
            Qt::QueuedConnection);
    });
}

void BackupScheduler::finishScheduled(const Result<ScheduledBackup> &run)
{
    m_running = false;
    m_lastFailed = !run;
    if (run)
        m_lastMade = run->nextDue.isValid() ? run->lastMade : QDateTime();
    if (!run) {
        m_lastResult = tr("The scheduled backup failed at %1: %2")
                           .arg(shownTime(m_session.clock.now()), Language::message(run.error()));
    } else if (!run->nextDue.isValid()) {
        m_lastResult.clear(); // the schedule is off
    } else if (run->made) {
        m_lastResult =
            tr("Scheduled backup made at %1: %2. The next one is due from %3.")
                .arg(shownTime(run->lastMade), QDir::toNativeSeparators(run->file), shownTime(run->nextDue));
    } else {
        m_lastResult = tr("Last scheduled backup: %1. The next one is due from %2.")
                           .arg(shownTime(run->lastMade), shownTime(run->nextDue));
    }
    Q_EMIT scheduleChecked();
}

QString BackupScheduler::statusText() const
{
    if (m_lastFailed)
        return tr("Scheduled backup failed: see Settings");
    return m_lastMade.isValid() ? tr("Backed up %1").arg(shownTime(m_lastMade)) : QString();
}

bool BackupScheduler::backUpNow(const QString &folder)
{
    if (m_running)
        return false;
    if (folder.isEmpty() || !QDir(folder).exists()) {
        Q_EMIT finished(false, tr("The folder %1 does not exist: choose a folder or plug the USB drive in.")
                                   .arg(QDir::toNativeSeparators(folder)));
        return true;
    }
    const auto office = readOffice(m_session.db);
    const QString file = QDir(folder).filePath(
        u"hotich-%1-%2.db"_s.arg(office ? office->code : u"register"_s,
                                 m_session.clock.now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s)));
    m_running = true;
    Q_EMIT started(file);
    QPointer<BackupScheduler> self(this);
    const Clock *clock = &m_session.clock;
    const Account actor = m_session.account;
    m_jobs.run([self, clock, actor, file, report = reporter()](Result<Database *> db) {
        Result<qint64> size = db ? RegisterMaintenance(*db.value(), *clock).backup(file, actor, report)
                                 : Result<qint64>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, size, file] {
                if (self)
                    self->finishNow(size, file);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void BackupScheduler::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackupScheduler::finishNow(const Result<qint64> &size, const QString &file)
{
    m_running = false;
    m_cancel.reset();
    if (!size) {
        Q_EMIT finished(false, size.error().code == u"backup.cancelled"_s
                                   ? tr("The backup was cancelled: no file was written.")
                                   : tr("The backup failed: %1").arg(Language::message(size.error())));
        return;
    }
    Q_EMIT finished(true, tr("Backed up to %1 (%2 MB). Keep the drive in a safe place.")
                              .arg(QDir::toNativeSeparators(file))
                              .arg(double(*size) / (1024.0 * 1024.0), 0, 'f', 1));
}

} // namespace hotich::desktop
