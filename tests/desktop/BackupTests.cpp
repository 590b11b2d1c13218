// The scheduled backup as the window runs it (a set clock, no waiting for its timer), and the
// restore of a backup from Settings: the register becomes the backup, a safety copy keeps what it
// was, and anything that is not this office's sound register changes nothing.
#include "BackupPanel.h"
#include "BackupScheduler.h"
#include "DesktopFixtures.h"
#include "MainWindow.h"
#include "RegisterJobs.h"
#include "Session.h"
#include "SettingsScreen.h"
#include "registry/BackupSchedule.h"
#include "registry/RegisterCheck.h"
#include "registry/RegisterMaintenance.h"
#include "store/RegisterIdentity.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

void schedule(TestRegister &reg, const QString &folder, int keep = BackupSchedule::kDefaultKeep)
{
    BackupSchedule daily;
    daily.frequency = BackupSchedule::Frequency::Daily;
    daily.folder = folder;
    daily.keep = keep;
    REQUIRE(saveBackupSchedule(reg.db(), reg.clock(), daily, reg.admin).ok());
}

/// One look at the schedule, to its end.
void look(BackupScheduler &scheduler)
{
    QSignalSpy checked(&scheduler, &BackupScheduler::scheduleChecked);
    scheduler.check();
    REQUIRE(checked.wait(kAnswerWaitMs));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

qint64 recordCount(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM records"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 recordCountIn(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::Existing);
    REQUIRE(db.ok());
    return recordCount(**db);
}

/// The scheduler on the register's thread, as the window has it, without the window.
struct SchedulerFixture
{
    SchedulerFixture() { useVietnamese(); }

    TestRegister reg;
    TempDir drive;
    Session session{reg.db(), reg.clock(), reg.officer};
    RegisterJobs jobs{reg.path()};
    BackupScheduler scheduler{session, jobs};
};

/// Settings open in the window, on the backup panel.
struct RestoreFixture
{
    explicit RestoreFixture(bool asAdmin = true)
        : session{reg.db(), reg.clock(), asAdmin ? reg.admin : reg.officer}
    {
        useVietnamese();
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.openSettings();
        REQUIRE(window.settingsScreen());
        panel = window.settingsScreen()->backups();
        // The window's first look at the schedule (off here) is over before anything starts.
        REQUIRE(eventually([this] { return !window.backups().running(); }));
    }

    /// Types `file`, asks for the restore and answers the question with Restore; how it ended.
    bool restore(const QString &file)
    {
        auto *line = panel->findChild<QLineEdit *>(u"restoreFile"_s);
        REQUIRE(line);
        line->setText(file);
        QSignalSpy finished(panel, &BackupPanel::restoreFinished);
        panel->restore();
        QMessageBox *box = nullptr;
        REQUIRE(eventually(
            [&] { return (box = panel->findChild<QMessageBox *>(u"restoreQuestion"_s)) != nullptr; }));
        CHECK(box->text().contains(u"bản sao an toàn"_s));
        CHECK(box->text().contains(u"máy chủ của Bộ"_s));
        QTest::keyClick(box->button(QMessageBox::Yes), Qt::Key_Space);
        REQUIRE((finished.size() == 1 || finished.wait(kAnswerWaitMs)));
        QPointer<QMessageBox> question(box);
        REQUIRE(eventually([&] { return question.isNull(); })); // answered, the question is gone
        return finished.constFirst().constFirst().toBool();
    }

    /// The register's files beside it that a restore leaves (its safety copies).
    QStringList safetyCopies() const
    {
        return QDir(reg.dir().root()).entryList({u"*.before-restore-*"_s}, QDir::Files);
    }

    TestRegister reg;
    Session session;
    MainWindow window{session};
    BackupPanel *panel = nullptr;
};

} // namespace

TEST_CASE("scheduled backup: made when due with the set clock, a sound register, the oldest beyond the "
          "count let go and no other file")
{
    SchedulerFixture f;
    schedule(f.reg, f.drive.root(), 2);
    // Files the schedule did not make stay, however old.
    const QStringList others{u"hotich-00004-20261101-080000.db"_s,
                             u"hotich-00007-dinhky-20261101-080000.db"_s, u"ghi-chu.txt"_s};
    for (const QString &name : others) {
        QFile file(f.drive.path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("không phải của lịch sao lưu");
    }

    look(f.scheduler);
    const QString first = BackupSchedule::fileName(u"00004"_s, f.reg.clock().now());
    CHECK_FALSE(f.scheduler.lastFailed());
    CHECK(f.scheduler.lastResult().startsWith(u"Đã sao lưu định kỳ lúc "_s));
    REQUIRE(filesIn(f.drive.root()).contains(first));
    {
        auto copy = Database::open(f.drive.path(first), Database::OpenMode::Existing);
        REQUIRE(copy.ok());
        auto report = verifyRegister(**copy);
        REQUIRE(report.ok());
        CHECK(report->ok());
    }

    // The same day: not due again.
    f.reg.clock().set(f.reg.clock().now().addSecs(3600));
    look(f.scheduler);
    CHECK(f.scheduler.lastResult().startsWith(u"Lần sao lưu định kỳ gần nhất: "_s));
    CHECK(filesIn(f.drive.root()).size() == others.size() + 1);

    // Two days on: one each day, and the first goes (two are kept).
    QStringList made{first};
    for (int day = 1; day <= 2; ++day) {
        f.reg.clock().set(f.reg.clock().now().addDays(1));
        look(f.scheduler);
        made.append(BackupSchedule::fileName(u"00004"_s, f.reg.clock().now()));
    }
    QStringList expected = others + made.mid(1);
    expected.sort();
    CHECK(filesIn(f.drive.root()) == expected);
}

TEST_CASE("scheduled backup: a folder that is not there is a message and makes nothing, and the next look "
          "backs up once it is")
{
    SchedulerFixture f;
    const QString usb = f.drive.path(u"usb"_s);
    schedule(f.reg, usb);

    look(f.scheduler);
    CHECK(f.scheduler.lastFailed());
    CHECK(f.scheduler.lastResult().contains(u"Không thấy thư mục sao lưu"_s));
    CHECK(f.scheduler.statusText() == u"Sao lưu định kỳ không thành công: xem Cài đặt"_s);
    CHECK(QDir(f.drive.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    REQUIRE(QDir().mkpath(usb)); // the drive is plugged in
    look(f.scheduler);
    CHECK_FALSE(f.scheduler.lastFailed());
    CHECK(filesIn(usb) == QStringList{BackupSchedule::fileName(u"00004"_s, f.reg.clock().now())});
}

TEST_CASE("scheduled backup: never two backups at once, the one asked for now and the scheduled one")
{
    SchedulerFixture f;
    schedule(f.reg, f.drive.root());
    // An administrator's backup now, held on the register's thread while the schedule looks.
    Session adminSession{f.reg.db(), f.reg.clock(), f.reg.admin};
    BackupScheduler scheduler{adminSession, f.jobs};
    QSemaphore held;
    f.jobs.run([&held](Result<Database *>) { held.acquire(); });
    QSignalSpy finished(&scheduler, &BackupScheduler::finished);
    QSignalSpy checked(&scheduler, &BackupScheduler::scheduleChecked);
    REQUIRE(scheduler.backUpNow(f.drive.root()));
    CHECK(scheduler.running());
    CHECK_FALSE(scheduler.backUpNow(f.drive.root()));
    scheduler.check(); // ignored: the next look comes with the timer
    held.release();
    REQUIRE(finished.wait(kAnswerWaitMs));
    CHECK(finished.constFirst().constFirst().toBool());
    // Whatever else was queued on the register's thread has run and answered too.
    std::atomic<bool> idle = false;
    f.jobs.run([&idle](Result<Database *>) { idle = true; });
    REQUIRE(eventually([&] { return idle.load(); }));
    QCoreApplication::processEvents();
    CHECK(checked.isEmpty());
    const QStringList files = filesIn(f.drive.root());
    REQUIRE(files.size() == 1);
    CHECK_FALSE(BackupSchedule::madeAt(files.front(), u"00004"_s).isValid()); // the one made by hand
}

TEST_CASE("scheduled backup: an overdue one is made when the window opens, and the status bar says when")
{
    TestRegister reg;
    TempDir drive;
    useVietnamese();
    schedule(reg, drive.root());
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    REQUIRE(eventually([&] { return !window.backupStatusText().isEmpty(); }));
    CHECK(window.backupStatusText() ==
          u"Đã sao lưu %1"_s.arg(reg.clock().now().toLocalTime().toString(u"HH:mm dd/MM/yyyy"_s)));
    CHECK(filesIn(drive.root()) == QStringList{BackupSchedule::fileName(u"00004"_s, reg.clock().now())});
}

TEST_CASE("settings: the schedule is chosen with the keyboard, each field named, and kept for the office")
{
    RestoreFixture f;
    TempDir drive;
    auto *folder = f.panel->findChild<QLineEdit *>(u"backupFolder"_s);
    REQUIRE(folder);
    folder->setText(drive.root());
    folder->setFocus();
    // Tab goes through the backup's fields, the schedule's and the restore's, in that order.
    QStringList reached;
    for (int step = 0; step < 12 && !reached.contains(u"restore"_s); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        REQUIRE(focused);
        reached.append(focused->objectName());
        if (qobject_cast<QLineEdit *>(focused) || qobject_cast<QComboBox *>(focused) ||
            qobject_cast<QSpinBox *>(focused))
            CHECK_FALSE(focused->accessibleName().isEmpty());
    }
    const QStringList fields{u"backupFrequency"_s, u"backupKeep"_s,    u"saveSchedule"_s,
                             u"restoreFile"_s,     u"browseRestore"_s, u"restore"_s};
    qsizetype at = -1;
    for (const QString &field : fields) {
        const qsizetype next = reached.indexOf(field);
        CHECK(next > at);
        at = next;
    }

    auto *frequency = f.panel->findChild<QComboBox *>(u"backupFrequency"_s);
    frequency->setFocus();
    QTest::keyClick(frequency, Qt::Key_Down); // off → every day
    auto *keep = f.panel->findChild<QSpinBox *>(u"backupKeep"_s);
    keep->setFocus();
    keep->selectAll();
    QTest::keyClicks(keep, u"3"_s);
    QSignalSpy saved(f.panel, &BackupPanel::scheduleSaved);
    QSignalSpy checked(&f.window.backups(), &BackupScheduler::scheduleChecked);
    auto *save = f.panel->findChild<QPushButton *>(u"saveSchedule"_s);
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Return);
    REQUIRE(saved.wait(kAnswerWaitMs));
    CHECK(saved.constFirst().constFirst().toBool());
    CHECK(f.panel->scheduleText() == u"Đã lưu lịch sao lưu cho cơ quan."_s);
    const auto read = readBackupSchedule(f.reg.db());
    REQUIRE(read.ok());
    CHECK(read->frequency == BackupSchedule::Frequency::Daily);
    CHECK(read->keep == 3);
    CHECK(QDir(read->folder) == QDir(drive.root()));
    // Saved, the schedule is looked at at once: never made, so due now.
    REQUIRE(eventually([&] { return !checked.isEmpty(); }));
    CHECK(filesIn(drive.root()).size() == 1);
}

TEST_CASE("settings: restoring a good backup brings the register back to it, the safety copy keeps what "
          "came after, and the window asks to log in again")
{
    RestoreFixture f;
    const qint64 before = recordCount(f.reg.db());
    const QString backup = f.reg.dir().path(u"sao-luu.db"_s);
    REQUIRE(RegisterMaintenance(f.reg.db(), f.reg.clock()).backup(backup, f.reg.admin).ok());
    f.reg.mustAdd(example(u"birth"_s)); // after the backup
    REQUIRE(recordCount(f.reg.db()) == before + 1);

    REQUIRE(f.restore(QDir::toNativeSeparators(backup)));
    CHECK(recordCountIn(f.reg.path()) == before);
    const QStringList copies = f.safetyCopies();
    REQUIRE(copies.size() == 1);
    CHECK(recordCountIn(f.reg.dir().path(copies.front())) == before + 1);
    CHECK(f.panel->restoreText().contains(copies.front()));
    {
        auto reopened = Database::open(f.reg.path(), Database::OpenMode::Existing);
        REQUIRE(reopened.ok());
        auto identity = RegisterIdentity::read(**reopened);
        REQUIRE(identity.ok());
        CHECK(identity->catchUp); // it catches up with the server before it registers again
    }
    CHECK(f.window.isRestored());
    CHECK_FALSE(f.window.findChild<QAction *>(u"registerBirth"_s)->isEnabled());
    QSignalSpy reopen(&f.window, &MainWindow::reopenRequested);
    auto *logInAgain = f.window.findChild<QPushButton *>(u"logInAgain"_s);
    REQUIRE(logInAgain);
    // The offscreen platform does not give the window back its activation after the question.
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    CHECK(QApplication::focusWidget() == logInAgain); // the one thing left to do
    QTest::keyClick(logInAgain, Qt::Key_Space);
    CHECK(reopen.size() == 1);
}

TEST_CASE("settings: a broken file, a file that is no register, another office's register are not restored "
          "and change nothing")
{
    RestoreFixture f;
    f.reg.mustAdd(example(u"birth"_s));
    const qint64 before = recordCount(f.reg.db());
    QString file;
    QString says;

    SECTION("a broken file")
    {
        file = f.reg.dir().path(u"hong.db"_s);
        QFile broken(file);
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(8192, 'x'));
    }
    SECTION("an SQLite file that is no hotich register")
    {
        file = f.reg.dir().path(u"khac.sqlite"_s);
        {
            auto other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"notARegister"_s);
            other.setDatabaseName(file);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(u"CREATE TABLE notes (text TEXT)"_s));
            REQUIRE(q.exec(u"INSERT INTO notes VALUES ('ghi chú')"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"notARegister"_s);
    }
    SECTION("another office's register")
    {
        TestRegister other(QDate(2026, 11, 26), 0, u"00008"_s);
        file = f.reg.dir().path(u"xa-khac.db"_s);
        REQUIRE(RegisterMaintenance(other.db(), other.clock()).backup(file, other.admin).ok());
        says = u"cơ quan khác"_s;
    }

    CHECK_FALSE(f.restore(file));
    CHECK(f.panel->restoreText().startsWith(u"Không khôi phục gì, sổ hộ tịch giữ nguyên: "_s));
    if (!says.isEmpty())
        CHECK(f.panel->restoreText().contains(says));
    CHECK(recordCount(f.reg.db()) == before);
    CHECK(f.safetyCopies().isEmpty());
    CHECK_FALSE(f.window.isRestored());
}

TEST_CASE("settings: an officer who is no administrator cannot restore, and the core refuses")
{
    RestoreFixture f(false);
    const QString backup = f.reg.dir().path(u"sao-luu.db"_s);
    REQUIRE(RegisterMaintenance(f.reg.db(), f.reg.clock()).backup(backup, f.reg.admin).ok());
    f.reg.mustAdd(example(u"birth"_s));
    const qint64 before = recordCount(f.reg.db());
    CHECK_FALSE(f.panel->findChild<QPushButton *>(u"restore"_s)->isEnabled());
    CHECK(f.panel->restoreText() == u"Chỉ quản trị viên được khôi phục bản sao lưu."_s);

    CHECK_FALSE(f.restore(backup)); // past the screen, the core says no
    CHECK(f.panel->restoreText().contains(u"không có quyền"_s));
    CHECK(recordCount(f.reg.db()) == before);
    CHECK(f.safetyCopies().isEmpty());
}
