#pragma once

#include "auth/Accounts.h"
#include "store/Database.h"

#include <QDateTime>
#include <QStringList>

namespace hotich {

/// Sao lưu định kỳ — the office's scheduled backup: into which folder (a USB drive is a folder),
/// how often, and how many of its backups the folder keeps. The office's choice, kept in the
/// register's settings ("backupSchedule") like its number words, so that every officer's session
/// on this register backs it up, whoever logged in to Windows.
///
/// The policy is pure: when the next backup is due, and which files are the schedule's own. The
/// last success is not kept anywhere but read from the folder itself (the newest file of the
/// schedule's name), so two USB drives used in turn each get their backups.
struct BackupSchedule
{
    enum class Frequency
    {
        Off,
        Daily,
        Weekly
    };

    static constexpr int kDefaultKeep = 7;
    static constexpr int kMaxKeep = 365;

    Frequency frequency = Frequency::Off;
    QString folder;
    int keep = kDefaultKeep;

    /// When the backup after `lastMade` is due: at the start of the next day (daily) or of the
    /// same weekday a week later (weekly), in local time; at once when there was none. Off: never
    /// (an invalid time).
    QDateTime nextDue(const QDateTime &lastMade) const;
    bool isDue(const QDateTime &lastMade, const QDateTime &now) const;

    /// The name of the schedule's backup of `office` made at `at`: hotich-<office>-dinhky-
    /// <yyyyMMdd-HHmmss>.db in local time, so that the names sort as the times do. A backup made
    /// by hand ("hotich-<office>-<time>.db") is never taken for one of these.
    static QString fileName(const QString &office, const QDateTime &at);
    /// When the schedule made the file `name` of `office`; an invalid time when the name is not one
    /// of its own (another office's, one made by hand, a partial copy, anything else).
    static QDateTime madeAt(const QString &name, const QString &office);
    /// The newest of the schedule's own files among `names`, when it was made (invalid: none).
    static QDateTime lastMade(const QStringList &names, const QString &office);
    /// The schedule's own files among `names` beyond the newest `keep`, oldest first: those a
    /// backup just made lets go. Files of any other name are never among them.
    QStringList beyondKept(const QStringList &names, const QString &office) const;

    static QString frequencyCode(Frequency frequency);
};

/// The schedule the register holds; off, with the default count kept, until an administrator
/// chooses one.
Result<BackupSchedule> readBackupSchedule(Database &db);

/// Keeps `schedule` in the register (administrators only). A count kept outside 1 to kMaxKeep, or
/// no folder for a schedule that is on, is refused; the folder need not be there now (a USB drive
/// is plugged in at backup time).
Result<void> saveBackupSchedule(Database &db, const Clock &clock, const BackupSchedule &schedule,
                                const Account &actor);

} // namespace hotich
