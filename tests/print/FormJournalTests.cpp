// The blank-form journal in the library: stock, serials reserved before sending and never freed,
// the report's arithmetic, and verify over the journal's chain.
#include "PrintFixtures.h"

#include "printing/SheetLedger.h"
#include "registry/RegisterCheck.h"
#include "support/TestRegister.h"

#include <QSqlQuery>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace hotich;
using namespace hotich::printing;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

Serial serial(const QString &text)
{
    auto s = Serial::parse(text);
    REQUIRE(s.ok());
    return s.value();
}

/// A fresh register with blank birth certificates KS-000101 … KS-000110 received.
struct StockedRegister
{
    StockedRegister()
    {
        Transaction tx(reg.db());
        REQUIRE(tx.begin().ok());
        auto r = BlankFormStock(reg.db(), reg.clock())
                     .receive(form, u"KS"_s, u"000101"_s, u"000110"_s, reg.officer.login);
        INFO((r ? std::string() : r.error().en.toStdString()));
        REQUIRE(r.ok());
        REQUIRE(tx.commit().ok());
    }

    /// The state of one serial as the journal says (unused → "unused").
    QString stateOf(const QString &text)
    {
        auto state = BlankFormStock(reg.db(), reg.clock()).state(serial(text));
        REQUIRE(state.ok());
        return state->unused() ? u"unused"_s : outcomeCode(state->outcome());
    }

    qint64 journalRows()
    {
        QSqlQuery q(reg.db().connection());
        REQUIRE(q.exec(u"SELECT (SELECT count(*) FROM form_journal) * 1000 + (SELECT count(*) FROM "
                       u"blank_form_stock)"_s));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    Result<QStringList> print(int copies, std::optional<Serial> first = {}, const SendSheet &send = {})
    {
        BlankPrintRequest request;
        request.firstSerial = first;
        request.copies = copies;
        request.use = {QUuid::createUuid(), form.edition, u"Máy in tầng 1"_s, u"front-desk"_s};
        request.actor = reg.officer.login;
        return printOnBlanks(
            reg.db(), reg.clock(), form, request,
            send ? send : [](const QString &, int) { return Result<void>(); });
    }

    TestRegister reg;
    FormTemplate form = mustLoad(u"birth-certificate"_s);
};

QStringList problemCodes(Database &db)
{
    auto report = verifyRegister(db);
    REQUIRE(report.ok());
    QStringList codes;
    for (const IntegrityProblem &p : report->problems)
        codes << p.code;
    return codes;
}

} // namespace

TEST_CASE("a serial is written SERIES-NUMBER and split at the last hyphen")
{
    CHECK(serial(u"KS-000101"_s) == Serial{u"KS"_s, 101});
    CHECK(serial(u"GKS-2020-000101"_s) == Serial{u"GKS-2020"_s, 101});
    CHECK(Serial{u"KS"_s, 7}.text(6) == u"KS-000007");
    for (const QString &bad :
         {u""_s, u"KS"_s, u"KS-"_s, u"-000101"_s, u"KS-12a"_s, u"KS 1-01"_s, u"KS-1234567890123"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(Serial::parse(bad).ok());
    }
}

TEST_CASE("printing reserves each serial before sending and marks it printed after")
{
    StockedRegister s;
    QStringList seenWhileSending;
    auto printed = s.print(2, {}, [&](const QString &serialText, int) {
        // While the sheet is being sent, its reservation is already committed.
        seenWhileSending << serialText + u' ' + s.stateOf(serialText);
        return Result<void>();
    });
    REQUIRE(printed.ok());
    CHECK(*printed == QStringList{u"KS-000101"_s, u"KS-000102"_s});
    CHECK(seenWhileSending == QStringList{u"KS-000101 pending"_s, u"KS-000102 pending"_s});
    CHECK(s.stateOf(u"KS-000101"_s) == u"printed");
    CHECK(s.stateOf(u"KS-000102"_s) == u"printed");
    CHECK(s.stateOf(u"KS-000103"_s) == u"unused");

    auto entries = FormJournal(s.reg.db()).entriesOf(u"KS"_s, 101);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).outcome == SheetOutcome::Pending);
    CHECK(entries->at(1).outcome == SheetOutcome::Printed);
    CHECK(entries->at(1).printer == u"Máy in tầng 1");
    CHECK(entries->at(1).calibration == u"front-desk");
    CHECK(entries->at(1).edition == s.form.edition);
    CHECK(entries->at(1).actor == s.reg.officer.login);
    CHECK_FALSE(entries->at(1).record.isNull());

    SECTION("a reprint takes a new serial; a used one is never taken again")
    {
        auto again = s.print(1);
        REQUIRE(again.ok());
        CHECK(*again == QStringList{u"KS-000103"_s});
        auto reused = s.print(1, serial(u"KS-000101"_s));
        REQUIRE_FALSE(reused.ok());
        CHECK(reused.error().code == u"serial.used");
        CHECK(s.stateOf(u"KS-000101"_s) == u"printed");
    }
    SECTION("a given serial and the ones after it")
    {
        auto given = s.print(2, serial(u"KS-108"_s));
        REQUIRE(given.ok());
        CHECK(*given == QStringList{u"KS-000108"_s, u"KS-000109"_s});
        // KS-000110 is the last sheet: two from it would leave the stock.
        const qint64 before = s.journalRows();
        auto beyond = s.print(2, serial(u"KS-000110"_s));
        REQUIRE_FALSE(beyond.ok());
        CHECK(beyond.error().code == u"serial.outsideStock");
        CHECK(s.journalRows() == before);
        CHECK(s.stateOf(u"KS-000110"_s) == u"unused");
    }
}

TEST_CASE("a failed send leaves the serial pending until the officer confirms or spoils it")
{
    StockedRegister s;
    auto failed = s.print(1, {}, [](const QString &, int) {
        return Result<void>(
            Error::make(ErrorKind::Storage, u"print.device"_s, u"kẹt giấy"_s, u"paper jam"_s));
    });
    REQUIRE_FALSE(failed.ok());
    REQUIRE(failed.error().details.size() == 1);
    CHECK(failed.error().details[0].code == u"serial.pending");
    CHECK(failed.error().details[0].en.contains(u"KS-000101"_s));
    CHECK(s.stateOf(u"KS-000101"_s) == u"pending");

    // Not free: the next print takes the next serial.
    auto next = s.print(1);
    REQUIRE(next.ok());
    CHECK(*next == QStringList{u"KS-000102"_s});

    SheetLedger ledger(s.reg.db(), s.reg.clock());
    SECTION("confirmed")
    {
        REQUIRE(ledger.confirm(serial(u"KS-000101"_s), s.reg.officer.login).ok());
        CHECK(s.stateOf(u"KS-000101"_s) == u"printed");
        auto twice = ledger.confirm(serial(u"KS-000101"_s), s.reg.officer.login);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().code == u"serial.state");
        SECTION("then voided")
        {
            REQUIRE(ledger.voidSheet(serial(u"KS-000101"_s), u"Giấy cấp sai, thu hồi"_s, s.reg.officer.login)
                        .ok());
            CHECK(s.stateOf(u"KS-000101"_s) == u"voided");
        }
    }
    SECTION("spoiled")
    {
        auto noReason = ledger.spoil(serial(u"KS-000101"_s), u"  "_s, s.reg.officer.login);
        REQUIRE_FALSE(noReason.ok());
        CHECK(noReason.error().code == u"serial.reason");
        CHECK(s.stateOf(u"KS-000101"_s) == u"pending");
        auto spoiled = ledger.spoil(serial(u"KS-000101"_s), u"Kẹt giấy"_s, s.reg.officer.login);
        REQUIRE(spoiled.ok());
        CHECK(spoiled->reason == u"Kẹt giấy");
        CHECK(s.stateOf(u"KS-000101"_s) == u"spoiled");
        CHECK_FALSE(ledger.confirm(serial(u"KS-000101"_s), s.reg.officer.login).ok());
        CHECK_FALSE(ledger.spoil(serial(u"KS-000101"_s), u"lần nữa"_s, s.reg.officer.login).ok());
    }
    // Whatever happened to it, the journal is still one intact chain.
    CHECK(problemCodes(s.reg.db()).isEmpty());
}

TEST_CASE("a process killed after reserving a serial leaves it pending, never free")
{
    StockedRegister s;
    const QString path = s.reg.path();
    const FormTemplate form = s.form;
    s.reg.close();

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child prints through the library on its own connection and dies while sending:
        // after the reservation's commit, before "printed" is written.
        auto db = Database::open(path, Database::OpenMode::Existing);
        if (!db)
            ::_exit(3);
        FixedClock clock(QDateTime::currentDateTimeUtc());
        BlankPrintRequest request;
        request.use.record = QUuid::createUuid();
        request.actor = u"canbo"_s;
        (void)printOnBlanks(**db, clock, form, request, [](const QString &, int) {
            ::raise(SIGKILL);
            return Result<void>();
        });
        ::_exit(4); // not reached
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    s.reg.reopen();
    CHECK(s.stateOf(u"KS-000101"_s) == u"pending");
    auto next = s.print(1);
    REQUIRE(next.ok());
    CHECK(*next == QStringList{u"KS-000102"_s});
    auto report = BlankFormStock(s.reg.db(), s.reg.clock()).report(20);
    REQUIRE(report.ok());
    REQUIRE(report->lines.size() == 1);
    CHECK(report->lines[0].pending == 1);
    CHECK(report->lines[0].printed == 1);
    CHECK(report->lines[0].remaining == 8);
}

TEST_CASE("the stock report reconciles received, used, spoiled, pending and remaining")
{
    StockedRegister s;
    {
        Transaction tx(s.reg.db());
        REQUIRE(tx.begin().ok());
        BlankFormStock stock(s.reg.db(), s.reg.clock());
        REQUIRE(stock.receive(s.form, u"KS"_s, u"000201"_s, u"000250"_s, s.reg.officer.login).ok());
        REQUIRE(
            stock.receive(mustLoad(u"marriage-certificate"_s), u"KH"_s, u"1"_s, u"5"_s, s.reg.officer.login)
                .ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(s.print(4).ok()); // KS-000101 … KS-000104 printed
    REQUIRE_FALSE(s.print(1, {}, [](const QString &, int) {
                       return Result<void>(Error::make(ErrorKind::Storage, {}, u"lỗi"_s, u"failed"_s));
                   }).ok()); // KS-000105 pending
    {
        Transaction tx(s.reg.db());
        REQUIRE(tx.begin().ok());
        SheetLedger ledger(s.reg.db(), s.reg.clock());
        REQUIRE(ledger.spoil(serial(u"KS-000106"_s), u"Rách khi nhận"_s, s.reg.officer.login).ok());
        REQUIRE(ledger.spoil(serial(u"KS-000201"_s), u"Ố nước"_s, s.reg.officer.login).ok());
        REQUIRE(ledger.voidSheet(serial(u"KS-000101"_s), u"Cấp sai"_s, s.reg.officer.login).ok());
        REQUIRE(tx.commit().ok());
    }
    auto report = BlankFormStock(s.reg.db(), s.reg.clock()).report(60);
    REQUIRE(report.ok());
    REQUIRE(report->lines.size() == 2);
    const StockLine &ks = report->lines[0].series == u"KS" ? report->lines[0] : report->lines[1];
    const StockLine &kh = report->lines[0].series == u"KS" ? report->lines[1] : report->lines[0];
    CHECK(ks.form == u"birth-certificate");
    CHECK(ks.received == 60);
    CHECK(ks.printed == 3);
    CHECK(ks.voided == 1);
    CHECK(ks.used() == 4);
    CHECK(ks.spoiled == 2);
    CHECK(ks.pending == 1);
    CHECK(ks.remaining == 53);
    CHECK(kh.form == u"marriage-certificate");
    CHECK(kh.received == 5);
    CHECK(kh.remaining == 5);
    // Both forms are below 60 sheets left; at 10 only the marriage certificates are.
    CHECK(report->low.size() == 2);
    auto at10 = BlankFormStock(s.reg.db(), s.reg.clock()).report(10);
    REQUIRE(at10.ok());
    REQUIRE(at10->low.size() == 1);
    CHECK(at10->low[0] == qMakePair(u"marriage-certificate"_s, qint64(5)));
}

TEST_CASE("stock receipts refuse bad ranges and change nothing")
{
    StockedRegister s;
    const qint64 before = s.journalRows();
    BlankFormStock stock(s.reg.db(), s.reg.clock());
    struct Case
    {
        const char *what;
        QString form, series, from, to, code;
    };
    const QList<Case> cases = {
        {"from > to", u"birth-certificate"_s, u"KT"_s, u"20"_s, u"10"_s, u"stock.range"_s},
        {"an overlapping range", u"birth-certificate"_s, u"KS"_s, u"000110"_s, u"000120"_s,
         u"stock.overlap"_s},
        {"an overlap inside", u"birth-certificate"_s, u"KS"_s, u"000102"_s, u"000103"_s, u"stock.overlap"_s},
        {"a number with letters", u"birth-certificate"_s, u"KT"_s, u"1a"_s, u"10"_s, u"stock.number"_s},
        {"a bad series", u"birth-certificate"_s, u"K S"_s, u"1"_s, u"10"_s, u"stock.series"_s},
        {"a plain form", u"death-extract"_s, u"TL"_s, u"1"_s, u"10"_s, u"stock.plainForm"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        auto r = stock.receive(mustLoad(c.form), c.series, c.from, c.to, s.reg.officer.login);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == c.code);
        CHECK(s.journalRows() == before);
    }
}

TEST_CASE("verify reports a tampered, deleted or forged blank-form journal row")
{
    StockedRegister s;
    REQUIRE(s.print(3).ok());
    CHECK(problemCodes(s.reg.db()).isEmpty());
    s.reg.close();

    auto tamper = [&](const QString &sql) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(s.reg.path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            for (const QString &table : {u"form_journal"_s, u"blank_form_stock"_s}) {
                REQUIRE(q.exec(u"DROP TRIGGER %1_no_update"_s.arg(table)));
                REQUIRE(q.exec(u"DROP TRIGGER %1_no_delete"_s.arg(table)));
            }
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        s.reg.reopen();
    };
    SECTION("a printed sheet turned back into a spoiled one")
    {
        tamper(u"UPDATE form_journal SET outcome = 'spoiled', reason = 'x' WHERE seq = 4"_s);
        CHECK(problemCodes(s.reg.db()) == QStringList{u"form_journal.tampered"_s});
    }
    SECTION("the printer of an entry changed")
    {
        tamper(u"UPDATE form_journal SET printer = 'khác' WHERE seq = 1"_s);
        CHECK(problemCodes(s.reg.db()) == QStringList{u"form_journal.tampered"_s});
    }
    SECTION("an entry deleted")
    {
        tamper(u"DELETE FROM form_journal WHERE seq = 2"_s);
        CHECK(problemCodes(s.reg.db()).contains(u"form_journal.gap"_s));
    }
    SECTION("a stock range widened")
    {
        tamper(u"UPDATE blank_form_stock SET last_number = 999"_s);
        CHECK(problemCodes(s.reg.db()) == QStringList{u"blank_form_stock.tampered"_s});
    }
}
