// Faults: a process killed in the middle of a bulk registration, a disk that fills up.
#include <catch2/catch.hpp>

#include "registry/RegisterCheck.h"
#include "support/AdminProcess.h"
#include "support/TempDir.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kAdminPassword = "quan-tri-2026";
const QByteArray kOfficerPassword = "can-bo-2026";

QString makeRegister(const TempDir &dir)
{
    const QString db = dir.path(u"so.db"_s);
    REQUIRE(runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"00004"_s, u"--admin"_s, u"admin"_s},
                     kAdminPassword + '\n')
                .exitCode == 0);
    REQUIRE(runAdmin({u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"canbo"_s, u"--role"_s,
                      u"officer"_s, u"--full-name"_s, u"Lê Thị Hoa"_s},
                     kOfficerPassword + '\n', kAdminPassword)
                .exitCode == 0);
    return db;
}

/// A distinct letters-only word for each number (names may hold no digits).
QString letters(int n)
{
    QString word;
    do {
        word += QChar(u'a' + n % 26);
        n /= 26;
    } while (n > 0);
    return word;
}

/// `count` distinct births as JSON lines.
QString writeBirths(const TempDir &dir, int count)
{
    const QJsonObject birth = QJsonDocument::fromJson(readTestData(u"records/birth.json"_s)).object();
    const QStringList given = {u"An"_s,    u"Bình"_s, u"Chi"_s,  u"Dũng"_s,
                               u"Giang"_s, u"Hà"_s,   u"Khoa"_s, u"Lan"_s};
    const QString path = dir.path(u"births.jsonl"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < count; ++i) {
        QJsonObject b = birth;
        QJsonObject subject = b.value(u"subject"_s).toObject();
        subject.remove(u"idNumber"_s);
        subject.insert(u"middleName"_s, u"Văn Số"_s);
        subject.insert(u"givenName"_s, QString(given[i % given.size()] + letters(i)));
        b.insert(u"subject"_s, subject);
        QJsonObject mother = b.value(u"mother"_s).toObject();
        mother.remove(u"idNumber"_s);
        mother.insert(u"fullName"_s, QString(u"Trần Thị "_s + letters(i)));
        b.insert(u"mother"_s, mother);
        file.write(QJsonDocument(b).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

struct Census
{
    qint64 records = 0;
    qint64 maxNumber = 0;
    qint64 outbox = 0;
    bool intact = false;
};

Census census(const QString &db)
{
    Census c;
    auto opened = Database::open(db, Database::OpenMode::Existing);
    REQUIRE(opened.ok());
    QSqlQuery q(opened.value()->connection());
    REQUIRE(q.exec(u"SELECT count(*), coalesce(max(number), 0) FROM records"_s));
    REQUIRE(q.next());
    c.records = q.value(0).toLongLong();
    c.maxNumber = q.value(1).toLongLong();
    REQUIRE(q.exec(u"SELECT count(*) FROM outbox"_s));
    REQUIRE(q.next());
    c.outbox = q.value(0).toLongLong();
    q.finish();
    auto report = verifyRegister(*opened.value());
    REQUIRE(report.ok());
    for (const IntegrityProblem &p : report->problems)
        UNSCOPED_INFO(p.en.toStdString());
    c.intact = report->ok();
    return c;
}

} // namespace

TEST_CASE("a bulk registration killed with SIGKILL leaves a consistent register with gapless numbers")
{
    TempDir dir;
    const QString db = makeRegister(dir);
    const QString births = writeBirths(dir, 4000);
    // Kill after different numbers of committed batches (the output line of a record comes after its commit).
    qint64 before = 0; // records committed by the runs before
    for (const int killAfterLines : {1, 350, 1250}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOTICH_PASSWORD"_s, QString::fromUtf8(kOfficerPassword));
        process.setProcessEnvironment(env);
        process.start(adminPath(),
                      {u"--db"_s, db, u"--user"_s, u"canbo"_s, u"register"_s, births, u"--batch"_s, u"50"_s});
        REQUIRE(process.waitForStarted(30000));
        QByteArray printed;
        QElapsedTimer timer;
        timer.start();
        while (printed.count('\n') < killAfterLines && process.state() == QProcess::Running &&
               timer.elapsed() < 120000) {
            process.waitForReadyRead(1000);
            printed += process.readAllStandardOutput();
        }
        printed.truncate(printed.lastIndexOf('\n') + 1); // whole lines only
        const QList<QByteArray> lines = printed.split('\n').mid(0, printed.count('\n'));
        REQUIRE(lines.size() >= killAfterLines);
        ::kill(pid_t(process.processId()), SIGKILL);
        REQUIRE(process.waitForFinished(30000));
        CHECK(process.exitStatus() == QProcess::CrashExit);

        const Census c = census(db);
        const qint64 added = c.records - before;
        INFO("killed after " << lines.size() << " lines: " << added << " records added, " << c.records
                             << " in all");
        CHECK(c.intact);
        // Each printed line is a committed record, numbered on from the runs before, one by one.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            INFO("line " << i + 1);
            CHECK(QJsonDocument::fromJson(lines[i]).object().value(u"number"_s).toInteger() ==
                  before + i + 1);
        }
        // Whole batches only: at least the batches whose lines were read, at most the whole file.
        CHECK(added % 50 == 0);
        CHECK(added >= (lines.size() + 49) / 50 * 50);
        CHECK(added <= 4000);
        CHECK(c.maxNumber == c.records); // numbers 1..N, no gap
        CHECK(c.outbox == c.records);    // every registration has its outbox entry
        before = c.records;
    }
}

TEST_CASE("a bulk registration in one transaction killed midway leaves nothing")
{
    TempDir dir;
    const QString db = makeRegister(dir);
    // Big enough that SQLite spills pages of the open transaction into the write-ahead log
    // (the page cache is 32 MiB): a growing log with nothing printed yet means "mid-transaction".
    constexpr int count = 40000;
    const QString births = writeBirths(dir, count);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOTICH_PASSWORD"_s, QString::fromUtf8(kOfficerPassword));
    process.setProcessEnvironment(env);
    process.start(adminPath(), {u"--db"_s, db, u"--user"_s, u"canbo"_s, u"register"_s, births});
    REQUIRE(process.waitForStarted(30000));
    QByteArray printed;
    QElapsedTimer timer;
    timer.start();
    while (QFile(db + u"-wal"_s).size() < 8 * 1024 * 1024 && process.state() == QProcess::Running &&
           timer.elapsed() < 300000) {
        process.waitForReadyRead(20);
        printed += process.readAllStandardOutput();
    }
    REQUIRE(process.state() == QProcess::Running);
    REQUIRE(printed.isEmpty()); // nothing committed yet
    ::kill(pid_t(process.processId()), SIGKILL);
    REQUIRE(process.waitForFinished(30000));
    const Census c = census(db);
    CHECK(c.intact);
    // All or nothing; the kill came before the commit unless the commit won a race of microseconds.
    CHECK((c.records == 0 || c.records == count));
    CHECK(c.outbox == c.records);
    CHECK(c.maxNumber == c.records);
}

TEST_CASE("a full disk fails the registration with a clear message and changes nothing")
{
    TempDir dir;
    const QString db = makeRegister(dir);
    REQUIRE(runAdmin({u"--db"_s, db, u"--user"_s, u"canbo"_s, u"register"_s, writeBirths(dir, 10)}, {},
                     kOfficerPassword)
                .exitCode == 0);
    const QString births = writeBirths(dir, 3000);
    // RLIMIT_FSIZE makes every file this process writes stop growing at 1 MiB: the disk is "full".
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOTICH_PASSWORD"_s, QString::fromUtf8(kOfficerPassword));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1 << 20, 1 << 20};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(adminPath(), {u"--db"_s, db, u"--user"_s, u"canbo"_s, u"register"_s, births});
    REQUIRE(process.waitForFinished(300000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK((err.contains(u"Ổ đĩa đã đầy"_s) || err.contains(u"Lỗi đọc/ghi ổ đĩa"_s)));
    const Census c = census(db);
    CHECK(c.intact);
    CHECK(c.records == 10);
}
