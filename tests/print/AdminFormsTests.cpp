// hotich-admin forms through the real binary: stock receipts, the report, confirm, spoil and void,
// every bad input refused with nothing changed, and verify over the blank-form journal.
#include "AdminRegister.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject stockLine(const PrintRegister &reg, const QString &series)
{
    for (const QJsonValue &v : reg.formsState().value(u"stock"_s).toArray()) {
        if (v.toObject().value(u"series"_s).toString() == series)
            return v.toObject();
    }
    FAIL("no stock line for the series " << series.toStdString());
    return {};
}

/// Leaves a sheet pending, as a failure after its serial was reserved does (the library's tests
/// also kill a process there): the PDF cannot be written, a folder stands at its path. Returns the
/// serial hotich-admin said it used.
QString leavePending(const PrintRegister &reg)
{
    const QString blocked = reg.dir.path(u"blocked.pdf"_s);
    REQUIRE(QDir().mkpath(blocked)); // a folder where the PDF should go: writing it fails
    const AdminRun run =
        reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s, blocked});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 1);
    REQUIRE(run.errText().contains(u"is pending: check the sheet, then run forms confirm"_s));
    const qsizetype at = run.errText().indexOf(u"Using blank "_s);
    REQUIRE(at >= 0);
    return run.errText().mid(at + 12, 9);
}

} // namespace

TEST_CASE("hotich-admin forms receives stock, reports it and follows each sheet")
{
    PrintRegister reg; // KS-000101 … KS-000150 received
    const AdminRun received =
        reg.officerVi({u"forms"_s, u"stock"_s, u"receive"_s, u"--form"_s, u"marriage-certificate"_s,
                       u"--series"_s, u"KH-2026"_s, u"--from"_s, u"0001"_s, u"--to"_s, u"0010"_s});
    INFO(received.errText().toStdString());
    REQUIRE(received.exitCode == 0);
    CHECK(received.first().value(u"from"_s).toString() == u"KH-2026-0001");
    CHECK(received.first().value(u"received"_s).toInt() == 10);

    REQUIRE(reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s,
                         reg.dir.path(u"a.pdf"_s)})
                .exitCode == 0); // KS-000101 printed
    const QString pending = leavePending(reg);
    CHECK(pending == u"KS-000102");
    const AdminRun spoiled =
        reg.officer({u"forms"_s, u"spoil"_s, u"KS-000110"_s, u"--reason"_s, u"Rách khi mở hộp"_s});
    INFO(spoiled.errText().toStdString());
    REQUIRE(spoiled.exitCode == 0);
    CHECK(spoiled.first().value(u"outcome"_s).toString() == u"spoiled");
    CHECK(spoiled.first().value(u"reason"_s).toString() == u"Rách khi mở hộp");

    QJsonObject ks = stockLine(reg, u"KS"_s);
    CHECK(ks.value(u"received"_s).toInt() == 50);
    CHECK(ks.value(u"used"_s).toInt() == 1);
    CHECK(ks.value(u"pending"_s).toInt() == 1);
    CHECK(ks.value(u"spoiled"_s).toInt() == 1);
    CHECK(ks.value(u"remaining"_s).toInt() == 47);

    SECTION("the report warns when a form runs low, and names pending sheets")
    {
        const AdminRun report = reg.officerVi({u"forms"_s, u"stock"_s, u"report"_s});
        REQUIRE(report.exitCode == 0);
        CHECK(report.first().value(u"lowThreshold"_s).toInt() == 20);
        CHECK(report.first().value(u"low"_s).toArray() ==
              QJsonArray{QJsonObject{{u"form"_s, u"marriage-certificate"_s}, {u"remaining"_s, 10}}});
        CHECK(report.errText().contains(
            u"Cảnh báo: mẫu marriage-certificate chỉ còn 10 tờ phôi (ngưỡng 20)"_s));
        CHECK(report.errText().contains(u"1 tờ phôi đang chờ xác nhận"_s));
        const AdminRun higher = reg.officer({u"forms"_s, u"stock"_s, u"report"_s, u"--low"_s, u"48"_s});
        CHECK(higher.first().value(u"low"_s).toArray().size() == 2);
    }
    SECTION("a pending sheet confirmed is printed; then it can be voided")
    {
        const AdminRun confirmed = reg.officer({u"forms"_s, u"confirm"_s, pending});
        INFO(confirmed.errText().toStdString());
        REQUIRE(confirmed.exitCode == 0);
        CHECK(confirmed.first().value(u"outcome"_s).toString() == u"printed");
        CHECK(confirmed.first().value(u"record"_s).toString() == reg.birth);
        ks = stockLine(reg, u"KS"_s);
        CHECK(ks.value(u"used"_s).toInt() == 2);
        CHECK(ks.value(u"pending"_s).toInt() == 0);
        const AdminRun voided =
            reg.officer({u"forms"_s, u"void"_s, pending, u"--reason"_s, u"Cấp nhầm người"_s});
        REQUIRE(voided.exitCode == 0);
        ks = stockLine(reg, u"KS"_s);
        CHECK(ks.value(u"used"_s).toInt() == 2);
        CHECK(ks.value(u"voided"_s).toInt() == 1);
    }
    SECTION("a pending sheet spoiled is not used again")
    {
        REQUIRE(reg.officer({u"forms"_s, u"spoil"_s, pending, u"--reason"_s, u"Kẹt giấy"_s}).exitCode == 0);
        const AdminRun next = reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s,
                                           u"--pdf"_s, reg.dir.path(u"b.pdf"_s)});
        REQUIRE(next.exitCode == 0);
        CHECK(next.first().value(u"serials"_s).toArray() == QJsonArray{u"KS-000103"_s});
    }
}

TEST_CASE("hotich-admin forms refuses every bad input, exits 2 and changes nothing")
{
    PrintRegister reg;
    REQUIRE(reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s,
                         reg.dir.path(u"a.pdf"_s)})
                .exitCode == 0);               // KS-000101 printed
    const QString pending = leavePending(reg); // KS-000102
    struct Case
    {
        const char *what;
        QStringList args;
        QString says;
    };
    const QStringList receive = {u"forms"_s,    u"stock"_s, u"receive"_s, u"--form"_s, u"birth-certificate"_s,
                                 u"--series"_s, u"KS"_s};
    const QList<Case> cases = {
        {"from > to", receive + QStringList{u"--from"_s, u"300"_s, u"--to"_s, u"200"_s},
         u"--from (300) is greater than --to (200)"_s},
        {"an overlapping range", receive + QStringList{u"--from"_s, u"000150"_s, u"--to"_s, u"000160"_s},
         u"The range KS-000150 … KS-000160 overlaps the stock already received KS-000101 … KS-000150"_s},
        {"a number that is not one", receive + QStringList{u"--from"_s, u"1e3"_s, u"--to"_s, u"2000"_s},
         u"--from must be a serial number"_s},
        {"a missing --to", receive + QStringList{u"--from"_s, u"200"_s}, u"--to M are required"_s},
        {"an unknown form",
         {u"forms"_s, u"stock"_s, u"receive"_s, u"--form"_s, u"birth"_s, u"--series"_s, u"KS"_s, u"--from"_s,
          u"1"_s, u"--to"_s, u"2"_s},
         u"There is no form \"birth\""_s},
        {"a plain form",
         {u"forms"_s, u"stock"_s, u"receive"_s, u"--form"_s, u"death-extract"_s, u"--series"_s, u"TL"_s,
          u"--from"_s, u"1"_s, u"--to"_s, u"2"_s},
         u"is printed on plain paper and has no blank forms"_s},
        {"spoil without a reason", {u"forms"_s, u"spoil"_s, u"KS-000103"_s}, u"--reason TEXT is required"_s},
        {"spoil with an empty reason",
         {u"forms"_s, u"spoil"_s, u"KS-000103"_s, u"--reason"_s, u"  "_s},
         u"--reason TEXT is required"_s},
        {"spoil an unknown serial",
         {u"forms"_s, u"spoil"_s, u"KT-000103"_s, u"--reason"_s, u"x"_s},
         u"The serial KT-000103 is not in any blank-form stock received"_s},
        {"spoil a serial outside the stock",
         {u"forms"_s, u"spoil"_s, u"KS-000151"_s, u"--reason"_s, u"x"_s},
         u"is not in any blank-form stock received"_s},
        {"spoil a printed sheet",
         {u"forms"_s, u"spoil"_s, u"KS-000101"_s, u"--reason"_s, u"x"_s},
         u"The blank KS-000101 is already used (printed)"_s},
        {"confirm an unused sheet",
         {u"forms"_s, u"confirm"_s, u"KS-000103"_s},
         u"Cannot confirm the blank KS-000103: it is unused, not pending"_s},
        {"confirm a printed sheet",
         {u"forms"_s, u"confirm"_s, u"KS-000101"_s},
         u"Cannot confirm the blank KS-000101: it is printed, not pending"_s},
        {"confirm a malformed serial",
         {u"forms"_s, u"confirm"_s, u"KS000101"_s},
         u"The serial \"KS000101\" is not valid"_s},
        {"confirm nothing", {u"forms"_s, u"confirm"_s}, u"Missing the serial"_s},
        {"void a pending sheet",
         {u"forms"_s, u"void"_s, pending, u"--reason"_s, u"x"_s},
         u"it is pending, not printed"_s},
        {"an unknown option",
         {u"forms"_s, u"confirm"_s, pending, u"--force"_s, u"1"_s},
         u"Option not valid for forms confirm: --force"_s},
    };
    const QJsonObject before = reg.formsState();
    for (const Case &c : cases) {
        INFO(c.what);
        const AdminRun run = reg.officer(c.args);
        INFO(run.errText().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errText().contains(c.says));
        CHECK(run.out.isEmpty());
    }
    CHECK(reg.formsState() == before);
    // In Vietnamese by default.
    CHECK(reg.officerVi({u"forms"_s, u"spoil"_s, u"KS-000101"_s, u"--reason"_s, u"x"_s})
              .errText()
              .contains(u"lỗi: Phôi KS-000101 đã dùng (đã in)"_s));
    CHECK(
        reg.officerVi({u"forms"_s, u"confirm"_s, u"KS-000103"_s})
            .errText()
            .contains(u"Không thể xác nhận phôi KS-000103: phôi chưa dùng, không phải đang chờ xác nhận"_s));
}

TEST_CASE("hotich-admin verify reports a tampered blank-form journal row")
{
    PrintRegister reg;
    REQUIRE(reg.officer({u"print"_s, reg.birth, u"--form"_s, u"birth-certificate"_s, u"--pdf"_s,
                         reg.dir.path(u"a.pdf"_s), u"--copies"_s, u"2"_s})
                .exitCode == 0);
    REQUIRE(reg.officer({u"verify"_s}).exitCode == 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(reg.db);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"DROP TRIGGER form_journal_no_update"_s));
        // Someone hides a printed sheet by calling it spoiled.
        REQUIRE(q.exec(u"UPDATE form_journal SET outcome = 'spoiled', reason = 'kẹt giấy' WHERE seq = 4"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const AdminRun verify = reg.officerVi({u"verify"_s});
    CHECK(verify.exitCode == 1);
    const QJsonArray problems = verify.first().value(u"problems"_s).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toObject().value(u"code"_s).toString() == u"form_journal.tampered");
    CHECK(problems[0].toObject().value(u"id"_s).toInt() == 4);
    CHECK(problems[0].toObject().value(u"message"_s).toString() ==
          u"Mục 4 của sổ theo dõi phôi đã bị sửa hoặc đảo thứ tự");
    CHECK(verify.errText().contains(u"Sổ hộ tịch KHÔNG toàn vẹn: 1 vấn đề"_s));
}
