#include "BackupSchedule.h"

#include "RegisterSetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

constexpr auto kScheduleKey = "backupSchedule";
const QString kStampFormat = u"yyyyMMdd-HHmmss"_s;

std::optional<BackupSchedule::Frequency> frequencyFromCode(const QString &code)
{
    for (auto f : {BackupSchedule::Frequency::Off, BackupSchedule::Frequency::Daily,
                   BackupSchedule::Frequency::Weekly}) {
        if (BackupSchedule::frequencyCode(f) == code)
            return f;
    }
    return std::nullopt;
}

/// The schedule's own files among `names` with when each was made, oldest first.
QList<std::pair<QDateTime, QString>> ownFiles(const QStringList &names, const QString &office)
{
    QList<std::pair<QDateTime, QString>> own;
    for (const QString &name : names) {
        if (const QDateTime at = BackupSchedule::madeAt(name, office); at.isValid())
            own.append({at, name});
    }
    std::sort(own.begin(), own.end());
    return own;
}

} // namespace

QString BackupSchedule::frequencyCode(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily:
        return u"daily"_s;
    case Frequency::Weekly:
        return u"weekly"_s;
    case Frequency::Off:
        break;
    }
    return u"off"_s;
}

QDateTime BackupSchedule::nextDue(const QDateTime &lastMade) const
{
    if (frequency == Frequency::Off)
        return {};
    if (!lastMade.isValid())
        return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    // By the calendar, not by 24 hours: an office that opens at 7:30 backs up when it opens.
    const QDate day = lastMade.toLocalTime().date().addDays(frequency == Frequency::Daily ? 1 : 7);
    return day.startOfDay(Qt::LocalTime);
}

bool BackupSchedule::isDue(const QDateTime &lastMade, const QDateTime &now) const
{
    const QDateTime due = nextDue(lastMade);
    return due.isValid() && now >= due;
}

QString BackupSchedule::fileName(const QString &office, const QDateTime &at)
{
    return u"hotich-%1-dinhky-%2.db"_s.arg(office, at.toLocalTime().toString(kStampFormat));
}

QDateTime BackupSchedule::madeAt(const QString &name, const QString &office)
{
    static const QRegularExpression pattern(u"^hotich-(\\d{5})-dinhky-(\\d{8}-\\d{6})\\.db$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch() || match.captured(1) != office)
        return {};
    return QDateTime::fromString(match.captured(2), kStampFormat); // local time, as written
}

QDateTime BackupSchedule::lastMade(const QStringList &names, const QString &office)
{
    const auto own = ownFiles(names, office);
    return own.isEmpty() ? QDateTime() : own.constLast().first;
}

QStringList BackupSchedule::beyondKept(const QStringList &names, const QString &office) const
{
    const auto own = ownFiles(names, office);
    QStringList beyond;
    for (qsizetype i = 0; i + keep < own.size(); ++i)
        beyond.append(own[i].second);
    return beyond;
}

Result<BackupSchedule> readBackupSchedule(Database &db)
{
    Reader setting(db.statement(u"SELECT value FROM settings WHERE key = ?"_s));
    setting->bindValue(0, QString::fromLatin1(kScheduleKey));
    if (auto r = db.run(*setting, u"đọc lịch sao lưu của cơ quan"_s); !r)
        return r.error();
    BackupSchedule schedule;
    if (!setting->next())
        return schedule;
    const QJsonObject json = QJsonDocument::fromJson(setting->value(0).toString().toUtf8()).object();
    schedule.frequency =
        frequencyFromCode(json.value(u"frequency"_s).toString()).value_or(schedule.frequency);
    schedule.folder = json.value(u"folder"_s).toString();
    schedule.keep = std::clamp(json.value(u"keep"_s).toInt(schedule.keep), 1, BackupSchedule::kMaxKeep);
    return schedule;
}

Result<void> saveBackupSchedule(Database &db, const Clock &clock, const BackupSchedule &schedule,
                                const Account &actor)
{
    if (auto allowed = requireRole(actor, Role::Admin); !allowed)
        return allowed.error();
    if (schedule.keep < 1 || schedule.keep > BackupSchedule::kMaxKeep) {
        return Error::invalid(u"backup.keep"_s, u"keep"_s,
                              u"Số bản sao lưu giữ lại phải từ 1 đến %1"_s.arg(BackupSchedule::kMaxKeep),
                              u"The backups kept must be 1 to %1"_s.arg(BackupSchedule::kMaxKeep));
    }
    if (schedule.frequency != BackupSchedule::Frequency::Off && schedule.folder.trimmed().isEmpty()) {
        return Error::invalid(u"backup.folder"_s, u"folder"_s,
                              u"Hãy chọn thư mục (hoặc ổ USB) để sao lưu định kỳ"_s,
                              u"Choose the folder (or USB drive) for the scheduled backup"_s);
    }
    const QJsonObject json{{u"frequency"_s, BackupSchedule::frequencyCode(schedule.frequency)},
                           {u"folder"_s, schedule.folder.trimmed()},
                           {u"keep"_s, schedule.keep}};
    return saveOfficeSetting(db, clock, actor, QString::fromLatin1(kScheduleKey), json);
}

} // namespace hotich
