// The blank-form stock screen: a range received, a sheet left pending by a crash confirmed or
// spoiled, each through the printing library's journal, and bad input refused changing nothing.
#include "DesktopFixtures.h"
#include "MainWindow.h"
#include "Session.h"
#include "StockScreen.h"
#include "printing/BlankFormStock.h"
#include "printing/SheetLedger.h"
#include "printing/TemplateLoader.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

struct StockFixture
{
    StockFixture()
    {
        useVietnamese();
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        stock = window.stockScreen();
        REQUIRE(stock);
        QSignalSpy shown(stock, &StockScreen::refreshed);
        REQUIRE(shown.wait(kAnswerWaitMs));
    }

    template <class T>
    T *child(const QString &name)
    {
        auto *w = stock->findChild<T *>(name);
        REQUIRE(w);
        return w;
    }

    /// Runs a change of the screen and waits for its answer and the refresh after it.
    bool changed(const std::function<void()> &act)
    {
        QSignalSpy done(stock, &StockScreen::changeFinished);
        QSignalSpy shown(stock, &StockScreen::refreshed);
        act();
        REQUIRE((done.size() == 1 || done.wait(kAnswerWaitMs)));
        const bool ok = done.first().first().toBool();
        if (ok)
            REQUIRE((shown.size() == 1 || shown.wait(kAnswerWaitMs)));
        return ok;
    }

    qint64 journalEntries()
    {
        auto entries = FormJournal(reg.db()).entries();
        REQUIRE(entries.ok());
        return entries->size();
    }

    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window{session};
    StockScreen *stock = nullptr;
};

} // namespace

TEST_CASE("stock: blanks received with the keyboard show in the stock, a wrong range is refused")
{
    StockFixture f;
    CHECK(f.stock->stock()->rowCount() == 0);
    auto *form = f.child<QComboBox>(u"receiveForm"_s);
    REQUIRE(form->findData(u"birth-certificate"_s) >= 0);
    form->setCurrentIndex(form->findData(u"birth-certificate"_s));

    auto type = [&](const QString &series, const QString &from, const QString &to) {
        auto *s = f.child<QLineEdit>(u"receiveSeries"_s);
        s->setFocus();
        QTest::keyClicks(s, series);
        QTest::keyClick(s, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), from);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), to);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    };
    REQUIRE(f.changed([&] { type(u"KS"_s, u"000101"_s, u"000130"_s); }));
    CHECK(f.stock->messageText().startsWith(u"Đã nhận 30 phôi: KS-000101 đến KS-000130."_s));
    REQUIRE(f.stock->stock()->rowCount() == 1);
    CHECK(columnTexts(f.stock->stock()->model(), 1) == QStringList{u"KS"_s});
    CHECK(columnTexts(f.stock->stock()->model(), 6) == QStringList{u"30"_s});
    CHECK(f.child<QLineEdit>(u"receiveSeries"_s)->text().isEmpty());
    CHECK(f.child<QLabel>(u"lowStock"_s)->text().startsWith(u"Sắp hết phôi (dưới 50 tờ): "_s));

    // The same numbers again overlap the receipt: refused, the stock unchanged.
    CHECK_FALSE(f.changed([&] { type(u"KS"_s, u"000120"_s, u"000140"_s); }));
    auto report = printing::BlankFormStock(f.reg.db(), f.reg.clock()).report(50);
    REQUIRE(report.ok());
    REQUIRE(report->lines.size() == 1);
    CHECK(report->lines.front().received == 30);
}

TEST_CASE("stock: a sheet a crash left pending is confirmed printed or spoiled with a reason")
{
    StockFixture f;
    auto form = printing::TemplateLoader::fromIdOrFile(u"birth-certificate"_s);
    REQUIRE(form.ok());
    const QList<QUuid> records{f.reg.mustAdd(with(example(u"birth"_s), u"subject.givenName"_s, u"An"_s)),
                               f.reg.mustAdd(with(example(u"birth"_s), u"subject.givenName"_s, u"Bình"_s))};
    {
        // Two sheets reserved and sent, then the power went: never marked printed.
        Transaction tx(f.reg.db());
        REQUIRE(tx.begin().ok());
        REQUIRE(printing::BlankFormStock(f.reg.db(), f.reg.clock())
                    .receive(*form, u"KS"_s, u"000001"_s, u"000100"_s, f.reg.officer.login)
                    .ok());
        printing::SheetLedger ledger(f.reg.db(), f.reg.clock());
        for (int i = 0; i < 2; ++i) {
            const auto serial = printing::Serial::parse(u"KS-00000%1"_s.arg(i + 1));
            REQUIRE(serial.ok());
            REQUIRE(ledger
                        .reserve(*form, *serial, {records[i], form->edition, u"hp-laserjet"_s, {}},
                                 f.reg.officer.login)
                        .ok());
        }
        REQUIRE(tx.commit().ok());
    }
    QSignalSpy shown(f.stock, &StockScreen::refreshed);
    f.stock->refresh();
    REQUIRE(shown.wait(kAnswerWaitMs));
    CHECK(columnTexts(f.stock->pending()->model(), 0) == QStringList{u"KS-000001"_s, u"KS-000002"_s});
    CHECK(f.stock->messageText() ==
          u"Có 2 tờ phôi đã gửi máy in mà chưa xác nhận: hãy cho biết từng tờ in ra thế nào."_s);

    // Spoiled needs a reason: refused without one, nothing journaled.
    const qint64 before = f.journalEntries();
    CHECK_FALSE(f.changed([&] { QTest::mouseClick(f.child<QPushButton>(u"spoilSheet"_s), Qt::LeftButton); }));
    CHECK(f.stock->messageText() == u"Hãy ghi lý do KS-000001 hỏng trước khi ghi nhận."_s);
    CHECK(f.journalEntries() == before);

    REQUIRE(f.changed([&] { QTest::mouseClick(f.child<QPushButton>(u"confirmSheet"_s), Qt::LeftButton); }));
    CHECK(f.stock->messageText().startsWith(u"Đã ghi nhận KS-000001 đã in."_s));
    REQUIRE(columnTexts(f.stock->pending()->model(), 0) == QStringList{u"KS-000002"_s});

    typeText(f.child<QLineEdit>(u"spoilReason"_s), u"Kẹt giấy"_s);
    REQUIRE(f.changed([&] { QTest::mouseClick(f.child<QPushButton>(u"spoilSheet"_s), Qt::LeftButton); }));
    CHECK(f.stock->pending()->rowCount() == 0);
    CHECK(f.stock->messageText() == u"Đã ghi nhận KS-000002 bị hỏng. Không có tờ phôi nào chờ xác nhận."_s);

    auto first = printing::BlankFormStock(f.reg.db(), f.reg.clock())
                     .state(printing::Serial::parse(u"KS-000001"_s).value());
    auto second = printing::BlankFormStock(f.reg.db(), f.reg.clock())
                      .state(printing::Serial::parse(u"KS-000002"_s).value());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->outcome() == SheetOutcome::Printed);
    CHECK(second->outcome() == SheetOutcome::Spoiled);
    CHECK(second->entries.constLast().reason == u"Kẹt giấy"_s);
}
