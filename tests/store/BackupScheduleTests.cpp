// The scheduled backup's policy: when the next one is due, which files are its own, which go
// beyond the count kept, who may choose the schedule; the core's backup when due and the
// restore's refusal of another office's register.
#include "registry/BackupSchedule.h"
#include "registry/RegisterMaintenance.h"
#include "support/TestRegister.h"

#include "support/CatchQt.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::test;

namespace {

QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::LocalTime);
}

BackupSchedule every(BackupSchedule::Frequency frequency, int keep = BackupSchedule::kDefaultKeep)
{
    BackupSchedule schedule;
    schedule.frequency = frequency;
    schedule.folder = u"/media/usb"_s;
    schedule.keep = keep;
    return schedule;
}

} // namespace

TEST_CASE("backup schedule: a daily backup is due from the next day's start, a weekly one a week later")
{
    const auto daily = every(BackupSchedule::Frequency::Daily);
    CHECK(daily.isDue({}, local(26, 9)));                          // never made: due at once
    CHECK_FALSE(daily.isDue(local(26, 8, 30), local(26, 23, 59))); // the same day
    CHECK(daily.isDue(local(26, 8, 30), local(27, 7, 30)));        // the next morning, before 8:30
    CHECK(daily.nextDue(local(26, 8, 30)) == local(27, 0));

    const auto weekly = every(BackupSchedule::Frequency::Weekly);
    CHECK_FALSE(weekly.isDue(local(20, 17), local(26, 23)));
    CHECK(weekly.isDue(local(20, 17), local(27, 7)));
    CHECK(weekly.isDue({}, local(26, 9)));

    const auto off = every(BackupSchedule::Frequency::Off);
    CHECK_FALSE(off.isDue({}, local(26, 9)));
    CHECK_FALSE(off.nextDue(local(1, 9)).isValid());
}

TEST_CASE("backup schedule: its file names carry the office and the time, and only they are its own")
{
    const QString name = BackupSchedule::fileName(u"00004"_s, local(26, 8, 30));
    CHECK(name == u"hotich-00004-dinhky-20261126-083000.db"_s);
    CHECK(BackupSchedule::madeAt(name, u"00004"_s) == local(26, 8, 30));
    CHECK_FALSE(BackupSchedule::madeAt(name, u"00007"_s).isValid());   // another office's
    for (const QString &other : {u"hotich-00004-20261126-083000.db"_s, // made by hand
                                 u"hotich-00004-dinhky-20261126-083000.db.partial"_s, u"ghi-chu.txt"_s,
                                 u"hotich-00004-dinhky-2026-11-26.db"_s})
        CHECK_FALSE(BackupSchedule::madeAt(other, u"00004"_s).isValid());
}

TEST_CASE("backup schedule: beyond the count kept go its own oldest files, and nothing else")
{
    QStringList names{u"hotich-00004-20261101-080000.db"_s, u"hotich-00007-dinhky-20261101-080000.db"_s,
                      u"ghi-chu.txt"_s};
    for (int day = 20; day <= 26; ++day) // written in no order: the names sort by time
        names.prepend(BackupSchedule::fileName(u"00004"_s, local(day, 8)));

    CHECK(every(BackupSchedule::Frequency::Daily, 7).beyondKept(names, u"00004"_s).isEmpty());
    CHECK(every(BackupSchedule::Frequency::Daily, 5).beyondKept(names, u"00004"_s) ==
          QStringList{u"hotich-00004-dinhky-20261120-080000.db"_s,
                      u"hotich-00004-dinhky-20261121-080000.db"_s});
    CHECK(BackupSchedule::lastMade(names, u"00004"_s) == local(26, 8));
    CHECK_FALSE(BackupSchedule::lastMade({u"ghi-chu.txt"_s}, u"00004"_s).isValid());
}

TEST_CASE("backup schedule: kept in the register by an administrator, refused to an officer and when unsound")
{
    TestRegister reg;
    CHECK(readBackupSchedule(reg.db()).value().frequency == BackupSchedule::Frequency::Off);

    const auto weekly = every(BackupSchedule::Frequency::Weekly, 4);
    auto refused = saveBackupSchedule(reg.db(), reg.clock(), weekly, reg.officer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"role.required"_s);
    CHECK(readBackupSchedule(reg.db()).value().frequency == BackupSchedule::Frequency::Off);

    auto none = every(BackupSchedule::Frequency::Daily, 0);
    CHECK(saveBackupSchedule(reg.db(), reg.clock(), none, reg.admin).error().code == u"backup.keep"_s);
    auto nowhere = every(BackupSchedule::Frequency::Daily);
    nowhere.folder = u"  "_s;
    CHECK(saveBackupSchedule(reg.db(), reg.clock(), nowhere, reg.admin).error().code == u"backup.folder"_s);

    REQUIRE(saveBackupSchedule(reg.db(), reg.clock(), weekly, reg.admin).ok());
    reg.reopen();
    const auto read = readBackupSchedule(reg.db());
    REQUIRE(read.ok());
    CHECK(read->frequency == BackupSchedule::Frequency::Weekly);
    CHECK(read->folder == u"/media/usb"_s);
    CHECK(read->keep == 4);
}

TEST_CASE(
    "backup schedule: the core's backup when due is journaled as scheduled under the account logged in, "
    "and a restore refuses another office's register")
{
    TestRegister reg;
    TempDir drive;
    auto daily = every(BackupSchedule::Frequency::Daily);
    daily.folder = drive.root();
    REQUIRE(saveBackupSchedule(reg.db(), reg.clock(), daily, reg.admin).ok());

    RegisterMaintenance maintenance(reg.db(), reg.clock());
    auto run = maintenance.backUpIfDue(reg.officer);
    REQUIRE(run.ok());
    CHECK(run->made);
    CHECK(run->file == drive.path(BackupSchedule::fileName(u"00004"_s, reg.clock().now())));
    CHECK(run->nextDue == daily.nextDue(reg.clock().now()));
    QSqlQuery q(reg.db().connection());
    REQUIRE(q.exec(u"SELECT actor, detail FROM journal WHERE action = 'register.backup.scheduled'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"canbo"_s);
    CHECK(q.value(1).toString() == run->file);
    q.finish();
    CHECK_FALSE(maintenance.backUpIfDue(reg.officer)->made); // once a day

    TestRegister other(QDate(2026, 11, 26), 0, u"00008"_s);
    const QString foreign = drive.path(u"xa-khac.db"_s);
    REQUIRE(RegisterMaintenance(other.db(), other.clock()).backup(foreign, other.admin).ok());
    auto refused = maintenance.restore(foreign, reg.admin);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"restore.otherOffice"_s);
    CHECK_FALSE(refused.error().vi.isEmpty());
    CHECK_FALSE(refused.error().en.isEmpty());
}
