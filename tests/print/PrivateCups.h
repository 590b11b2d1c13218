#pragma once

#include "support/TempDir.h"

#include <QStringList>

namespace hotich::test {

/// A cupsd of the test's own with one cups-pdf queue and one queue whose backend fails every job
/// (tests/print/private-cups), reached through CUPS_SERVER, which this process and the hotich-admin
/// processes it starts inherit while it lives.
class PrivateCups
{
public:
    PrivateCups();
    ~PrivateCups();
    PrivateCups(const PrivateCups &) = delete;
    PrivateCups &operator=(const PrivateCups &) = delete;

    const QString &queue() const { return m_queue; }
    /// A queue that takes jobs and aborts each: its backend fails.
    const QString &failingQueue() const { return m_failingQueue; }
    /// The queue's jobs CUPS has not finished yet (queued, held or printing), one line each.
    QStringList unfinishedJobs() const;
    /// The queue rejects new jobs (cupsreject).
    void rejectJobs() const;
    /// The queue's printer is stopped: it takes jobs and keeps them queued (cupsdisable).
    void stopPrinter() const;

    struct Finished
    {
        QStringList pdfs;       ///< what the queue wrote, by name
        QStringList jobOptions; ///< per job, the options CUPS gave its filters ("print-scaling=none …")
    };
    /// Waits until the queue has finished every job submitted (the script bounds the wait).
    Finished waitForJobs() const;

private:
    static QString run(const QStringList &args);

    TempDir m_dir;
    QString m_queue;
    QString m_failingQueue;
};

} // namespace hotich::test
