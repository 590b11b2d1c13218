// The hotich-admin contract, through the real binary: commands, JSON output, exit codes, messages.
#include <catch2/catch.hpp>

#include "registry/Workflow.h"
#include "support/AdminProcess.h"
#include "support/TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kAdminPassword = "quan-tri-2026";
const QByteArray kOfficerPassword = "can-bo-2026";

/// A register initialised through the CLI, with an officer "canbo".
class CliRegister
{
public:
    CliRegister() : db(dir.path(u"so.db"_s))
    {
        const AdminRun init =
            runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"00004"_s, u"--admin"_s, u"admin"_s},
                     kAdminPassword + '\n');
        REQUIRE(init.exitCode == 0);
        const AdminRun user = admin(
            {u"user"_s, u"add"_s, u"canbo"_s, u"--role"_s, u"officer"_s, u"--full-name"_s, u"Lê Thị Hoa"_s},
            kOfficerPassword + '\n');
        REQUIRE(user.exitCode == 0);
    }
    AdminRun admin(const QStringList &args, const QByteArray &input = {}) const
    {
        return runAdmin(QStringList{u"--db"_s, db, u"--user"_s, u"admin"_s} + args, input, kAdminPassword);
    }
    AdminRun officer(const QStringList &args, const QByteArray &input = {}) const
    {
        return runAdmin(QStringList{u"--db"_s, db, u"--user"_s, u"canbo"_s} + args, input, kOfficerPassword);
    }
    QString file(const QString &name, const QByteArray &content) const
    {
        const QString path = dir.path(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    TempDir dir;
    QString db;
};

QByteArray exampleBytes(const QString &name)
{
    return readTestData(u"records/"_s + name + u".json"_s);
}

/// The example birth as one JSON line, for a child of the Lê family with its own given name and
/// dates, and no ID number of its own.
QByteArray birthLine(const QString &middle, const QString &given, const QString &registrationDate,
                     const QString &birthDate)
{
    QJsonObject birth = QJsonDocument::fromJson(exampleBytes(u"birth"_s)).object();
    QJsonObject subject = birth.value(u"subject"_s).toObject();
    subject.remove(u"idNumber"_s);
    subject.insert(u"familyName"_s, u"Lê"_s);
    subject.insert(u"middleName"_s, middle);
    subject.insert(u"givenName"_s, given);
    subject.insert(u"birthDate"_s, birthDate);
    birth.insert(u"subject"_s, subject);
    birth.insert(u"registrationDate"_s, registrationDate);
    return QJsonDocument(birth).toJson(QJsonDocument::Compact) + '\n';
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// The names of the search hits, sorted (their order is tested elsewhere).
QStringList hitNames(const AdminRun &run)
{
    QStringList names;
    for (const QJsonObject &hit : run.json())
        names << hit.value(u"names"_s).toString();
    return sorted(names);
}

} // namespace

TEST_CASE("cli: init checks the commune code and never overwrites a register")
{
    TempDir dir;
    const QString db = dir.path(u"so.db"_s);
    AdminRun bad = runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"99999"_s, u"--admin"_s, u"admin"_s},
                            "mat-khau-dai\n");
    CHECK(bad.exitCode == 2);
    CHECK(bad.errText().contains(u"99999"_s));
    CHECK_FALSE(QFile::exists(db));

    // A district code from before the merger is no commune of today's list.
    CHECK(runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"001"_s, u"--admin"_s, u"admin"_s},
                   "mat-khau-dai\n")
              .exitCode == 2);
    CHECK(runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"00004"_s, u"--admin"_s, u"admin"_s}, "short\n")
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(db));

    AdminRun ok = runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"00004"_s, u"--name"_s,
                            u"UBND phường Ba Đình"_s, u"--admin"_s, u"admin"_s},
                           "mat-khau-dai\n");
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.first().value(u"office"_s).toObject().value(u"name"_s).toString() == u"UBND phường Ba Đình"_s);
    CHECK(ok.first().value(u"office"_s).toObject().value(u"fullPath"_s).toString() ==
          u"Phường Ba Đình, Thành phố Hà Nội"_s);

    AdminRun again = runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"00004"_s, u"--admin"_s, u"x"_s},
                              "mat-khau-dai\n");
    CHECK(again.exitCode == 2);
    CHECK(again.errText().contains(u"đã tồn tại"_s));
}

TEST_CASE("cli: every command needs a signed-in account with the right role")
{
    CliRegister reg;
    const QString birth = reg.file(u"birth.json"_s, exampleBytes(u"birth"_s));
    AdminRun noUser = runAdmin({u"--db"_s, reg.db, u"register"_s, birth}, {}, kOfficerPassword);
    CHECK(noUser.exitCode == 2);
    CHECK(noUser.errText().contains(u"--user"_s));
    AdminRun noPassword = runAdmin({u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"register"_s, birth});
    CHECK(noPassword.exitCode == 2);
    CHECK(noPassword.errText().contains(u"HOTICH_PASSWORD"_s));
    AdminRun wrong =
        runAdmin({u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"register"_s, birth}, {}, "wrong-password");
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.errText().contains(u"Sai tên đăng nhập hoặc mật khẩu"_s));
    AdminRun admin = reg.admin({u"register"_s, birth});
    CHECK(admin.exitCode == 2);
    CHECK(admin.errText().contains(u"công chức"_s));
    AdminRun officerAddsUser =
        reg.officer({u"user"_s, u"add"_s, u"x"_s, u"--role"_s, u"admin"_s, u"--full-name"_s, u"Ai Đó"_s},
                    "mat-khau-dai\n");
    CHECK(officerAddsUser.exitCode == 2);
    CHECK(reg.officer({u"register"_s, birth}).exitCode == 0);
}

TEST_CASE("cli: five wrong passwords lock the account")
{
    CliRegister reg;
    for (int i = 0; i < 5; ++i)
        CHECK(runAdmin({u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"verify"_s}, {}, "wrong-password")
                  .exitCode == 2);
    AdminRun locked = reg.officer({u"verify"_s});
    CHECK(locked.exitCode == 2);
    CHECK(locked.errText().contains(u"khóa"_s));
    REQUIRE(reg.admin({u"user"_s, u"unlock"_s, u"canbo"_s}).exitCode == 0);
    CHECK(reg.officer({u"verify"_s}).exitCode == 0);

    SECTION("or an administrator sets a new password")
    {
        for (int i = 0; i < 5; ++i)
            (void)runAdmin({u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"verify"_s}, {}, "wrong-password");
        CHECK(reg.admin({u"user"_s, u"password"_s, u"canbo"_s}, "short\n").exitCode == 2);
        REQUIRE(reg.admin({u"user"_s, u"password"_s, u"canbo"_s}, "mat-khau-moi-2026\n").exitCode == 0);
        CHECK(runAdmin({u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"verify"_s}, {}, "mat-khau-moi-2026")
                  .exitCode == 0);
        CHECK(reg.officer({u"verify"_s}).exitCode == 2); // the old password no longer works
        CHECK(reg.admin({u"user"_s, u"password"_s, u"nobody"_s}, "mat-khau-moi-2026\n").exitCode == 2);
    }
}

TEST_CASE("cli: register prints number and book - a rejected record writes nothing and exits 2")
{
    CliRegister reg;
    AdminRun first = reg.officer({u"register"_s, reg.file(u"b.json"_s, exampleBytes(u"birth"_s))});
    REQUIRE(first.exitCode == 0);
    const QJsonObject out = first.first();
    CHECK(out.value(u"kind"_s).toString() == u"birth"_s);
    CHECK(out.value(u"year"_s).toInt() == 2026);
    CHECK(out.value(u"number"_s).toInt() == 1);
    CHECK(out.value(u"book"_s).toInt() == 1);
    CHECK(out.value(u"warnings"_s).toArray().isEmpty());
    CHECK(out.value(u"id"_s).toString().size() == 36);

    AdminRun duplicate = reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"birth"_s));
    REQUIRE(duplicate.exitCode == 0);
    const QJsonObject warning = duplicate.first().value(u"warnings"_s).toArray().first().toObject();
    CHECK(warning.value(u"code"_s).toString() == u"birth.possibleDuplicate"_s);
    CHECK(warning.value(u"severity"_s).toString() == u"warning"_s);
    CHECK(warning.value(u"message"_s).toString().contains(u"Có thể trùng"_s));
    CHECK(warning.value(u"messageEn"_s).toString().contains(u"Possible duplicate"_s));

    QByteArray bad = exampleBytes(u"marriage"_s).replace("2002-05-17", "2008-11-21");
    AdminRun rejected = reg.officer({u"register"_s, u"-"_s}, bad);
    CHECK(rejected.exitCode == 2);
    CHECK(rejected.out.isEmpty());
    CHECK(rejected.errText().contains(u"chưa đủ 18 tuổi"_s));
    CHECK(rejected.errText().contains(u"[wife.birthDate]"_s));
    AdminRun english =
        runAdmin({u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"--lang"_s, u"en"_s, u"register"_s, u"-"_s},
                 bad, kOfficerPassword);
    CHECK(english.errText().contains(u"is not fully 18"_s));
    CHECK(reg.officer({u"export"_s}).json().size() == 2);
}

TEST_CASE("cli: malformed input files are rejected with the place of the problem")
{
    CliRegister reg;
    AdminRun truncated = reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"birth"_s).left(200));
    CHECK(truncated.exitCode == 2);
    CHECK(truncated.errText().contains(u"không phải JSON hợp lệ"_s));
    AdminRun missing = reg.officer({u"register"_s, reg.dir.path(u"nope.json"_s)});
    CHECK(missing.exitCode == 2);
    CHECK(missing.errText().contains(u"nope.json"_s));
    AdminRun array = reg.officer({u"register"_s, u"-"_s}, "[1, 2]");
    CHECK(array.exitCode == 2);
    AdminRun empty = reg.officer({u"register"_s, u"-"_s}, "  \n");
    CHECK(empty.exitCode == 2);
    QByteArray lines =
        QJsonDocument::fromJson(exampleBytes(u"birth"_s)).toJson(QJsonDocument::Compact) + "\n{\"kind\":";
    AdminRun badLine = reg.officer({u"register"_s, u"-"_s}, lines);
    CHECK(badLine.exitCode == 2);
    CHECK(badLine.errText().contains(u"2:"_s)); // line 2
    AdminRun typo = reg.officer({u"register"_s, u"-"_s},
                                exampleBytes(u"birth"_s).replace("\"birthPlace\"", "\"birthplace\""));
    CHECK(typo.exitCode == 2);
    CHECK(typo.errText().contains(u"subject.birthplace"_s));
    AdminRun unknownOption =
        reg.officer({u"register"_s, u"-"_s, u"--bogus"_s, u"1"_s}, exampleBytes(u"birth"_s));
    CHECK(unknownOption.exitCode == 2);
    CHECK(reg.officer({u"export"_s}).out.isEmpty());
}

TEST_CASE("cli: JSON lines register in bulk and come out of export in the same format")
{
    CliRegister reg;
    QByteArray lines;
    for (const QString &name :
         {u"birth"_s, u"death"_s, u"marriage"_s, u"guardianship"_s, u"maritalStatusCertificate"_s,
          u"parentChildRecognition"_s, u"birth-historical"_s})
        lines += QJsonDocument::fromJson(exampleBytes(name)).toJson(QJsonDocument::Compact) + '\n';
    AdminRun bulk = reg.officer({u"register"_s, u"-"_s}, lines);
    REQUIRE(bulk.exitCode == 0);
    REQUIRE(bulk.json().size() == 7);
    CHECK(bulk.json().last().value(u"number"_s).isNull()); // the digitised record keeps its paper number

    AdminRun exported = reg.officer({u"export"_s});
    REQUIRE(exported.exitCode == 0);
    REQUIRE(exported.json().size() == 7);
    const QJsonObject birth = exported.json().first();
    CHECK(birth.value(u"id"_s).toString() == bulk.json().first().value(u"id"_s).toString());
    CHECK(birth.value(u"number"_s).toInt() == 1);
    CHECK(birth.value(u"subject"_s).toObject().value(u"familyName"_s).toString() == u"Nguyễn"_s);
    CHECK(reg.officer({u"export"_s, u"--kind"_s, u"death"_s}).json().size() == 1);

    CliRegister other;
    AdminRun imported = other.officer({u"register"_s, u"-"_s}, exported.out);
    REQUIRE(imported.exitCode == 0);
    CHECK(other.officer({u"export"_s}).json().size() == 7);
}

TEST_CASE("cli: show history correct and search")
{
    CliRegister reg;
    const QString id =
        reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"birth"_s)).first().value(u"id"_s).toString();
    AdminRun corrected = reg.officer(
        {u"correct"_s, id, u"-"_s},
        R"({"type":"correction","reason":"Ghi sai tên","changes":{"subject":{"givenName":"Ân"}}})");
    REQUIRE(corrected.exitCode == 0);
    CHECK(corrected.first().value(u"kind"_s).toString() == u"correction"_s);

    const QJsonObject shown = reg.officer({u"show"_s, id}).first();
    CHECK(shown.value(u"subject"_s).toObject().value(u"givenName"_s).toString() == u"Ân"_s);
    CHECK(shown.value(u"recordStatus"_s).toString() == u"active"_s);

    const QJsonObject history = reg.officer({u"history"_s, id}).first();
    const QJsonArray events = history.value(u"events"_s).toArray();
    REQUIRE(events.size() == 2);
    CHECK(events[0]
              .toObject()
              .value(u"content"_s)
              .toObject()
              .value(u"subject"_s)
              .toObject()
              .value(u"givenName"_s)
              .toString() == u"An"_s);
    CHECK(events[1].toObject().value(u"type"_s).toString() == u"correction"_s);
    CHECK(events[1].toObject().value(u"by"_s).toString() == u"canbo"_s);

    const auto hits =
        reg.officer({u"search"_s, u"nguyen"_s, u"van"_s, u"an"_s, u"--kind"_s, u"birth"_s}).json();
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().value(u"names"_s).toString() == u"Nguyễn Văn Ân"_s);
    CHECK(reg.officer({u"search"_s, u"Nguyễn Văn Ân"_s, u"--kind"_s, u"birth"_s}).json().size() == 1);
    CHECK(reg.officer({u"search"_s, u"x"_s, u"--kind"_s, u"wedding"_s}).exitCode == 2);
    CHECK(reg.officer({u"show"_s, u"not-a-uuid"_s}).exitCode == 2);
    CHECK(reg.officer({u"show"_s, u"01a219e5-0000-7000-8000-000000000000"_s}).exitCode == 2);
}

TEST_CASE("cli: verify reindex backup and restore")
{
    CliRegister reg;
    REQUIRE(reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"birth"_s)).exitCode == 0);
    AdminRun verified = reg.officer({u"verify"_s});
    REQUIRE(verified.exitCode == 0);
    CHECK(verified.first().value(u"ok"_s).toBool());
    CHECK(verified.first().value(u"checked"_s).toObject().value(u"records"_s).toInt() == 1);

    CHECK(reg.officer({u"reindex"_s}).exitCode == 2); // administrators only
    AdminRun reindexed = reg.admin({u"reindex"_s});
    REQUIRE(reindexed.exitCode == 0);
    CHECK(reindexed.first().value(u"indexed"_s).toInt() == 1);
    CHECK(reg.officer({u"search"_s, u"nguyen"_s}).json().size() == 1);

    const QString backup = reg.dir.path(u"backup.db"_s);
    CHECK(reg.officer({u"backup"_s, backup}).exitCode == 2); // administrators only
    REQUIRE(reg.admin({u"backup"_s, backup}).exitCode == 0);
    REQUIRE(reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"death"_s)).exitCode == 0);
    AdminRun restored = reg.admin({u"restore"_s, backup});
    REQUIRE(restored.exitCode == 0);
    CHECK(QFile::exists(restored.first().value(u"previousKeptAs"_s).toString()));
    CHECK(reg.officer({u"export"_s}).json().size() == 1);
    CHECK(reg.officer({u"verify"_s}).exitCode == 0);

    // Tampering makes verify fail with exit 1 and a report.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(reg.db);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"DROP TRIGGER records_no_update"_s));
        REQUIRE(q.exec(u"UPDATE records SET registration_date = '2026-11-19'"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    AdminRun tampered = reg.officer({u"verify"_s});
    CHECK(tampered.exitCode == 1);
    CHECK_FALSE(tampered.first().value(u"ok"_s).toBool());
    CHECK(tampered.first().value(u"problems"_s).toArray().first().toObject().value(u"code"_s).toString() ==
          u"records.tampered"_s);
}

TEST_CASE("cli: a damaged register file exits 1 with a clear message")
{
    CliRegister reg;
    REQUIRE(reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"birth"_s)).exitCode == 0);
    QFile file(reg.db);
    REQUIRE(file.resize(file.size() / 2));
    AdminRun damaged = reg.officer({u"export"_s});
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.errText().contains(u"bị hỏng"_s));
    CHECK(damaged.errText().contains(u"restore"_s));
    AdminRun missing = runAdmin({u"--db"_s, reg.dir.path(u"none.db"_s), u"--user"_s, u"canbo"_s, u"export"_s},
                                {}, kOfficerPassword);
    CHECK(missing.exitCode == 2);
    CHECK(missing.errText().contains(u"init"_s));
}

TEST_CASE("cli: void and assign-id")
{
    CliRegister reg;
    // A birth registered before the child had an ID number: assign-id records the one issued later.
    QByteArray birth = exampleBytes(u"birth"_s);
    REQUIRE(birth.count("\"idNumber\":\"001226001234\"") == 1);
    birth.replace(",\"idNumber\":\"001226001234\"", "");
    const QString id = reg.officer({u"register"_s, u"-"_s}, birth).first().value(u"id"_s).toString();
    REQUIRE_FALSE(id.isEmpty());
    CHECK_FALSE(reg.officer({u"show"_s, id}).first().value(u"subject"_s).toObject().contains(u"idNumber"_s));
    AdminRun assigned = reg.officer({u"assign-id"_s, id, u"001226007777"_s});
    REQUIRE(assigned.exitCode == 0);
    CHECK(
        reg.officer({u"show"_s, id}).first().value(u"subject"_s).toObject().value(u"idNumber"_s).toString() ==
        u"001226007777"_s);
    CHECK(reg.officer({u"assign-id"_s, id, u"12345"_s}).exitCode == 2);
    auto eventCount = [&] {
        return reg.officer({u"history"_s, id}).first().value(u"events"_s).toArray().size();
    };
    REQUIRE(eventCount() == 2); // registered, ID number

    // Each refused void is wrong for one reason only, and writes nothing.
    AdminRun noReason = reg.officer(
        {u"void"_s, id, u"-"_s},
        R"({"number":"7/QĐ-UBND","issuer":"Chủ tịch UBND Thành phố Hà Nội","date":"2026-11-25"})");
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.out.isEmpty());
    CHECK(noReason.errText().trimmed() == u"lỗi: Thiếu reason của quyết định thu hồi"_s);
    CHECK(reg.officer({u"show"_s, id}).first().value(u"recordStatus"_s).toString() == u"active"_s);
    CHECK(eventCount() == 2);

    AdminRun voided = reg.officer(
        {u"void"_s, id, u"-"_s},
        R"({"number":"7/QĐ-UBND","issuer":"Chủ tịch UBND Thành phố Hà Nội","date":"2026-11-25","reason":"Trái thẩm quyền"})");
    REQUIRE(voided.exitCode == 0);
    const QJsonObject shown = reg.officer({u"show"_s, id}).first();
    CHECK(shown.value(u"recordStatus"_s).toString() == u"voided"_s);
    CHECK(shown.value(u"recordStatusDetail"_s).toObject().value(u"reason"_s).toString() ==
          u"Trái thẩm quyền"_s);
    CHECK(eventCount() == 3);

    AdminRun again = reg.officer(
        {u"void"_s, id, u"-"_s},
        R"({"number":"9/QĐ-UBND","issuer":"Chủ tịch UBND Thành phố Hà Nội","date":"2026-11-26","reason":"Lần nữa"})");
    CHECK(again.exitCode == 2);
    CHECK(again.out.isEmpty());
    CHECK(again.errText().trimmed() == u"lỗi: Hồ sơ đã bị thu hồi, hủy bỏ trước đó"_s);
    const QJsonObject unchanged = reg.officer({u"show"_s, id}).first();
    CHECK(unchanged.value(u"recordStatusDetail"_s).toObject().value(u"number"_s).toString() ==
          u"7/QĐ-UBND"_s);
    CHECK(unchanged.value(u"recordStatusDetail"_s).toObject().value(u"reason"_s).toString() ==
          u"Trái thẩm quyền"_s);
    CHECK(eventCount() == 3);
}

TEST_CASE("cli: user list shows every account with its role and whether it is locked")
{
    CliRegister reg;
    REQUIRE(reg.admin({u"user"_s, u"add"_s, u"kyso"_s, u"--role"_s, u"signer"_s, u"--full-name"_s,
                       u"Phạm Văn Ký"_s},
                      "mat-khau-ky-so\n")
                .exitCode == 0);
    for (int i = 0; i < 5; ++i)
        REQUIRE(runAdmin({u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"verify"_s}, {}, "wrong-password")
                    .exitCode == 2);
    REQUIRE(
        runAdmin({u"--db"_s, reg.db, u"--user"_s, u"kyso"_s, u"verify"_s}, {}, "wrong-password").exitCode ==
        2);

    AdminRun list = reg.admin({u"user"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    const QList<QJsonObject> accounts = list.json();
    REQUIRE(accounts.size() == 3);
    CHECK(accounts[0] == QJsonObject{{u"login"_s, u"admin"_s},
                                     {u"fullName"_s, u"Quản trị viên"_s},
                                     {u"role"_s, u"admin"_s},
                                     {u"locked"_s, false},
                                     {u"failedLogins"_s, 0}});
    CHECK(accounts[1] == QJsonObject{{u"login"_s, u"canbo"_s},
                                     {u"fullName"_s, u"Lê Thị Hoa"_s},
                                     {u"role"_s, u"officer"_s},
                                     {u"locked"_s, true},
                                     {u"failedLogins"_s, 5}});
    CHECK(accounts[2] == QJsonObject{{u"login"_s, u"kyso"_s},
                                     {u"fullName"_s, u"Phạm Văn Ký"_s},
                                     {u"role"_s, u"signer"_s},
                                     {u"locked"_s, false},
                                     {u"failedLogins"_s, 1}});

    REQUIRE(reg.admin({u"user"_s, u"unlock"_s, u"canbo"_s}).exitCode == 0);
    const QJsonObject unlocked = reg.admin({u"user"_s, u"list"_s}).json().value(1);
    CHECK(unlocked.value(u"login"_s).toString() == u"canbo"_s);
    CHECK(unlocked.value(u"locked"_s) == QJsonValue(false));
    CHECK(unlocked.value(u"failedLogins"_s) == QJsonValue(0));

    AdminRun byOfficer = reg.officer({u"user"_s, u"list"_s});
    CHECK(byOfficer.exitCode == 2);
    CHECK(byOfficer.out.isEmpty());
    CHECK(byOfficer.errText().contains(u"cần vai trò"_s));
}

TEST_CASE("cli: book close ends the current book - the numbering goes on in the next book")
{
    CliRegister reg;
    const QJsonObject first = reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"birth"_s)).first();
    REQUIRE(first.value(u"number"_s).toInt() == 1);
    REQUIRE(first.value(u"book"_s).toInt() == 1);

    AdminRun closed = reg.officer({u"book"_s, u"close"_s, u"birth"_s, u"--year"_s, u"2026"_s});
    REQUIRE(closed.exitCode == 0);
    CHECK(closed.json() ==
          QList<QJsonObject>{QJsonObject{{u"kind"_s, u"birth"_s}, {u"year"_s, 2026}, {u"closedBook"_s, 1}}});
    AdminRun closedAgain = reg.officer({u"book"_s, u"close"_s, u"birth"_s, u"--year"_s, u"2026"_s});
    CHECK(closedAgain.exitCode == 2);
    CHECK(closedAgain.out.isEmpty());
    CHECK(closedAgain.errText().contains(u"không có quyển nào đang mở"_s));

    // The next birth opens book 2 with the next number; the death register keeps its own book 1.
    const QJsonObject second =
        reg.officer({u"register"_s, u"-"_s}, birthLine(u"Văn"_s, u"Bình"_s, u"2026-11-21"_s, u"2026-11-03"_s))
            .first();
    CHECK(second.value(u"number"_s).toInt() == 2);
    CHECK(second.value(u"book"_s).toInt() == 2);
    const QJsonObject death = reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"death"_s)).first();
    CHECK(death.value(u"number"_s).toInt() == 1);
    CHECK(death.value(u"book"_s).toInt() == 1);
    CHECK(reg.officer({u"book"_s, u"close"_s, u"birth"_s, u"--year"_s, u"2026"_s})
              .first()
              .value(u"closedBook"_s) == QJsonValue(2));

    AdminRun noBook = reg.officer({u"book"_s, u"close"_s, u"death"_s, u"--year"_s, u"2025"_s});
    CHECK(noBook.exitCode == 2);
    CHECK(noBook.errText().contains(u"năm 2025 không có quyển nào đang mở"_s));
    AdminRun badKind = reg.officer({u"book"_s, u"close"_s, u"wedding"_s, u"--year"_s, u"2026"_s});
    CHECK(badKind.exitCode == 2);
    CHECK(badKind.out.isEmpty());
    CHECK(badKind.errText().contains(u"Loại việc \"wedding\" không có"_s));
    AdminRun noKind = reg.officer({u"book"_s, u"close"_s});
    CHECK(noKind.exitCode == 2);
    CHECK(noKind.errText().contains(u"Thiếu loại sổ"_s));
    // Books are an officer's work, not an administrator's.
    CHECK(reg.admin({u"book"_s, u"close"_s, u"death"_s, u"--year"_s, u"2026"_s}).exitCode == 2);
    // The refusals closed nothing: the death register's book 1 is still open.
    CHECK(reg.officer({u"book"_s, u"close"_s, u"death"_s, u"--year"_s, u"2026"_s})
              .first()
              .value(u"closedBook"_s) == QJsonValue(1));
}

TEST_CASE("cli: search filters by registration date register year and number")
{
    CliRegister reg;
    AdminRun registered =
        reg.officer({u"register"_s, u"-"_s},
                    birthLine(u"Văn"_s, u"An"_s, u"2025-12-30"_s, u"2025-12-01"_s) +       // birth 1/2025
                        birthLine(u"Thị"_s, u"Bình"_s, u"2026-11-10"_s, u"2026-11-02"_s) + // birth 1/2026
                        birthLine(u"Văn"_s, u"Chi"_s, u"2026-11-15"_s, u"2026-11-02"_s) +  // birth 2/2026
                        birthLine(u"Thị"_s, u"Dung"_s, u"2026-11-20"_s, u"2026-11-02"_s) + // birth 3/2026
                        QJsonDocument::fromJson(exampleBytes(u"death"_s).replace("\"Phạm\"", "\"Lê\""))
                            .toJson(QJsonDocument::Compact)); // death 1/2026, 05/11/2026
    INFO(registered.errText().toStdString());
    REQUIRE(registered.exitCode == 0);
    REQUIRE(registered.json().size() == 5);
    CHECK(registered.json().value(0).value(u"year"_s).toInt() == 2025);
    CHECK(registered.json().value(4).value(u"kind"_s).toString() == u"death"_s);
    const QString an = u"Lê Văn An"_s, binh = u"Lê Thị Bình"_s, chi = u"Lê Văn Chi"_s,
                  dung = u"Lê Thị Dung"_s, duc = u"Lê Văn Đức"_s;
    auto search = [&](const QStringList &args) {
        AdminRun run = reg.officer(QStringList{u"search"_s} + args);
        INFO(run.errText().toStdString());
        REQUIRE(run.exitCode == 0);
        return hitNames(run);
    };
    REQUIRE(search({u"le"_s}) == sorted({binh, chi, dung, an, duc}));

    // --from and --to: registration dates, both bounds included.
    CHECK(search({u"le"_s, u"--from"_s, u"2026-11-10"_s}) == sorted({binh, chi, dung}));
    CHECK(search({u"le"_s, u"--to"_s, u"2026-11-10"_s}) == sorted({binh, an, duc}));
    CHECK(search({u"le"_s, u"--from"_s, u"2026-11-11"_s, u"--to"_s, u"2026-11-15"_s}) == sorted({chi}));
    CHECK(search({u"le"_s, u"--from"_s, u"2026-11-21"_s}).isEmpty());
    // --year: the register's year, not the date of birth.
    CHECK(search({u"le"_s, u"--year"_s, u"2025"_s}) == sorted({an}));
    CHECK(search({u"le"_s, u"--year"_s, u"2026"_s}) == sorted({binh, chi, dung, duc}));
    // --number: numbers start at 1 in each register (kind and year).
    CHECK(search({u"le"_s, u"--number"_s, u"1"_s}) == sorted({binh, an, duc}));
    CHECK(search({u"--year"_s, u"2026"_s, u"--number"_s, u"1"_s}) == sorted({binh, duc}));
    AdminRun second = reg.officer({u"search"_s, u"--year"_s, u"2026"_s, u"--number"_s, u"2"_s});
    REQUIRE(second.exitCode == 0);
    REQUIRE(second.json().size() == 1);
    CHECK(second.first().value(u"names"_s).toString() == chi);
    CHECK(second.first().value(u"kind"_s).toString() == u"birth"_s);
    CHECK(second.first().value(u"registrationDate"_s).toString() == u"2026-11-15"_s);
    CHECK(second.first().value(u"book"_s).toInt() == 1);
    CHECK(search({u"le"_s, u"--number"_s, u"4"_s}).isEmpty());
}

TEST_CASE("cli: search refuses an option value that is not a number and names the option")
{
    CliRegister reg;
    REQUIRE(reg.officer({u"register"_s, u"-"_s}, exampleBytes(u"birth"_s)).exitCode == 0);
    for (const QString &option : {u"--year"_s, u"--number"_s, u"--limit"_s}) {
        INFO(option.toStdString());
        // Refused before anything is searched, in either language, the option named in the message.
        AdminRun refused = reg.officer({u"search"_s, u"nguyen"_s, option, u"abc"_s});
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(refused.errText().contains(option));
        AdminRun english = runAdmin({u"--db"_s, reg.db, u"--user"_s, u"canbo"_s, u"--lang"_s, u"en"_s,
                                     u"search"_s, u"nguyen"_s, option, u"abc"_s},
                                    {}, kOfficerPassword);
        CHECK(english.exitCode == 2);
        CHECK(english.errText().contains(option));
    }
}

TEST_CASE("cli: a file goes received entered printed signed issued - only a signer signs")
{
    CliRegister reg;
    REQUIRE(reg.admin({u"user"_s, u"add"_s, u"chutich"_s, u"--role"_s, u"signer"_s, u"--full-name"_s,
                       u"Phạm Văn Nam"_s},
                      "chu-tich-2026\n")
                .exitCode == 0);
    const auto signer = [&](const QStringList &args) {
        return runAdmin(QStringList{u"--db"_s, reg.db, u"--user"_s, u"chutich"_s} + args, {},
                        "chu-tich-2026");
    };

    // A birth is due the working day it is received, the next one after 15:00 (legalDueDate): the
    // day the test runs decides which, so the expected day is the law's for the moments around it.
    const QDate dueBefore = hotich::legalDueDate(hotich::EventKind::Birth, QDateTime::currentDateTime());
    const AdminRun received =
        reg.officer({u"file"_s, u"receive"_s, u"birth"_s, u"--applicant"_s, u"Nguyễn Văn Cường"_s});
    const QDate dueAfter = hotich::legalDueDate(hotich::EventKind::Birth, QDateTime::currentDateTime());
    REQUIRE(received.exitCode == 0);
    const QString file = received.first()[u"file"_s].toString();
    CHECK(received.first()[u"state"_s] == u"received"_s);
    const QString dueOn = received.first()[u"dueOn"_s].toString();
    CHECK((dueOn == dueBefore.toString(Qt::ISODate) || dueOn == dueAfter.toString(Qt::ISODate)));
    CHECK(reg.officer({u"file"_s, u"receive"_s, u"birth"_s}).exitCode == 2); // who hands it in

    const AdminRun registered = reg.officer({u"register"_s, reg.file(u"b.json"_s, exampleBytes(u"birth"_s))});
    REQUIRE(registered.exitCode == 0);
    const QString record = registered.first()[u"id"_s].toString();
    CHECK(reg.officer({u"file"_s, u"sign"_s, file}).exitCode == 2); // not entered, and not a signer
    REQUIRE(reg.officer({u"file"_s, u"enter"_s, file, record}).exitCode == 0);
    REQUIRE(reg.officer({u"file"_s, u"print"_s, file}).exitCode == 0);

    const AdminRun queue = reg.officer({u"file"_s, u"queue"_s});
    REQUIRE(queue.exitCode == 0);
    REQUIRE(queue.first()[u"files"_s].toArray().size() == 1);
    CHECK(queue.first()[u"files"_s].toArray()[0].toObject()[u"names"_s] == u"Nguyễn Văn An"_s);

    // The officer is refused by the core, with its message; the signer signs.
    const AdminRun refused = reg.officer({u"file"_s, u"sign"_s, file});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(u"cần vai trò người ký"_s));
    const AdminRun signedFile = signer({u"file"_s, u"sign"_s, file});
    REQUIRE(signedFile.exitCode == 0);
    CHECK(signedFile.first()[u"state"_s] == u"signed"_s);
    CHECK(signer({u"file"_s, u"issue"_s, file}).exitCode == 2); // the officer issues
    REQUIRE(reg.officer({u"file"_s, u"issue"_s, file}).exitCode == 0);

    const AdminRun shown = reg.officer({u"file"_s, u"show"_s, file});
    REQUIRE(shown.exitCode == 0);
    QStringList states;
    for (const QJsonValue &step : shown.first()[u"steps"_s].toArray())
        states << step[u"state"_s].toString() + u':' + step[u"by"_s].toString();
    CHECK(states == QStringList{u"received:canbo"_s, u"entered:canbo"_s, u"printed:canbo"_s,
                                u"signed:chutich"_s, u"issued:canbo"_s});
    CHECK(reg.officer({u"file"_s, u"list"_s}).first()[u"files"_s].toArray().isEmpty());
    CHECK(reg.admin({u"verify"_s}).exitCode == 0);
}
