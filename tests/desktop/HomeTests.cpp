// The home screen: the day's work as the register holds it — files by where they stand with their
// due dates, ID numbers, sync, blank forms — and Enter on a file opens its record.
#include "DesktopFixtures.h"
#include "HomeScreen.h"
#include "Labels.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"
#include "printing/BlankFormStock.h"
#include "printing/TemplateLoader.h"
#include "registry/PulledChanges.h"
#include "registry/Workflow.h"
#include "store/SyncState.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

QUuid birthOf(TestRegister &reg, const QString &given)
{
    QJsonObject b = with(example(u"birth"_s), u"subject.givenName"_s, given);
    return reg.mustAdd(with(b, u"subject.idNumber"_s, QJsonValue()));
}

/// Reads the home screen again and waits until it shows the answer.
void refreshed(HomeScreen *home)
{
    QSignalSpy shown(home, &HomeScreen::refreshed);
    home->refresh();
    REQUIRE(shown.wait(kAnswerWaitMs));
}

} // namespace

TEST_CASE("home: the day's files by where they stand, ID numbers, sync and low stock, and Enter opens a file")
{
    useVietnamese();
    TestRegister reg;
    const QDateTime today = reg.clock().now();
    Workflow workflow(reg.db(), reg.clock());
    // A death file received a week ago and never entered: overdue.
    reg.clock().set(today.addDays(-7));
    REQUIRE(workflow.receive(EventKind::Death, u"Lê Văn Tư"_s, reg.officer));
    reg.clock().set(today);
    const QUuid toPrint = birthOf(reg, u"An"_s);
    REQUIRE(workflow.receiveEntered(toPrint, u"Trần Thị Bình"_s, reg.officer));
    const QUuid toSign = birthOf(reg, u"Bảo"_s);
    auto signFile = workflow.receiveEntered(toSign, u"Trần Thị Bình"_s, reg.officer);
    REQUIRE(signFile);
    REQUIRE(workflow.markPrinted(signFile.value(), reg.officer));

    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    HomeScreen *home = window.homeScreen();
    REQUIRE(tabs->currentWidget() == home); // the window opens on the day's work
    refreshed(home);

    CHECK(
        home->filesSummary() ==
        u"Chờ in: 1 · Chờ ký: 1 · Đã tiếp nhận, chờ vào sổ: 1 · 1 hồ sơ quá hạn · 2 hồ sơ đến hạn hôm nay"_s);
    const QStringList rows = treeTexts(home->files());
    REQUIRE(rows.size() == 7); // four groups, three files
    CHECK(rows.at(0).startsWith(u"Chờ in (1) | "_s));
    CHECK(rows.at(1).startsWith(Labels::date(today.date()) + u" (hôm nay) | Khai sinh | 1/2026 | "_s));
    CHECK(rows.at(1).endsWith(u" | Trần Thị Bình"_s));
    CHECK(rows.at(2).startsWith(u"Chờ ký (1) | "_s));
    CHECK(rows.at(4).startsWith(u"Đã ký, chờ trả kết quả (0) | "_s));
    CHECK(rows.at(5).startsWith(u"Đã tiếp nhận, chờ vào sổ (1) | "_s));
    CHECK(rows.at(6).startsWith(Labels::date(today.date().addDays(-7)) + u" (quá hạn) | Khai tử | "_s));

    CHECK(home->idNumbersText() == u"0 đang chờ Trung tâm · 0 đã về trong 7 ngày qua · 0 có vướng mắc"_s);
    CHECK(home->syncText() == u"Văn phòng chưa đăng ký với máy chủ của Bộ: đề nghị cán bộ tin học cấp mã "
                              u"đăng ký. Còn 2 mục đăng ký chờ gửi."_s);
    CHECK(home->stockText() == u"Đủ phôi (không mẫu nào dưới 50 tờ)."_s);

    // The centre answers, the office syncs once and fails once, ten blanks arrive.
    PulledPage page;
    page.idNumbers << IdNumberResult{toPrint, IdNumberResult::State::Assigned, u"001226000777"_s, {}, {}}
                   << IdNumberResult{toSign,
                                     IdNumberResult::State::NeedsVerification,
                                     {},
                                     u"Cần xác minh nơi sinh"_s,
                                     u"The place of birth needs verifying"_s};
    page.cursor = "c1";
    REQUIRE(PulledChanges(reg.db(), reg.clock()).apply(page, reg.officer));
    REQUIRE(SyncState::saveEnrolment(reg.db(), u"https://127.0.0.1:1"_s, u"office-1"_s, "secret", {}));
    REQUIRE(SyncState::saveSuccess(reg.db(), today.addSecs(-3600).toMSecsSinceEpoch()));
    REQUIRE(SyncState::saveFailure(reg.db(), today.toMSecsSinceEpoch(),
                                   Error::invalid(u"sync.offline"_s, {}, u"Không kết nối được máy chủ"_s,
                                                  u"The server cannot be reached"_s)));
    auto form = printing::TemplateLoader::fromIdOrFile(u"birth-certificate"_s);
    REQUIRE(form);
    REQUIRE(printing::BlankFormStock(reg.db(), reg.clock())
                .receive(form.value(), u"KS"_s, u"000001"_s, u"000010"_s, reg.officer.login));
    refreshed(home);

    CHECK(home->idNumbersText() == u"0 đang chờ Trung tâm · 1 đã về trong 7 ngày qua · 1 có vướng mắc"_s);
    const QStringList problems = treeTexts(home->findChild<QTreeWidget *>(u"homeIdProblems"_s));
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().startsWith(u"Khai sinh 2/2026 — "_s));
    CHECK(problems.front().endsWith(u" | Cần xác minh nơi sinh"_s));
    const QString sync = home->syncText();
    CHECK(sync.startsWith(u"Lần đồng bộ thành công gần nhất: "_s));
    CHECK(sync.contains(u"Lần gần nhất không thành công: Không kết nối được máy chủ"_s));
    CHECK(sync.endsWith(u"Còn 3 mục chờ gửi."_s)); // two registrations and the ID number's amendment
    CHECK(home->stockText() == u"Sắp hết phôi: birth-certificate: chỉ còn 10 tờ."_s);

    // Keyboard only: the first file is current in the list; Enter opens its record.
    home->files()->setFocus();
    QTest::keyClick(home->files(), Qt::Key_Return);
    auto *record = qobject_cast<RecordScreen *>(tabs->currentWidget());
    REQUIRE(record);
    CHECK(record->title() == u"Khai sinh 1/2026"_s);
}

TEST_CASE("home: a register with no work says so")
{
    useVietnamese();
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.show();
    refreshed(window.homeScreen());
    CHECK(window.homeScreen()->filesSummary() == u"Không có hồ sơ nào đang giải quyết."_s);
    CHECK(window.homeScreen()->syncText().endsWith(u"Còn 0 mục đăng ký chờ gửi."_s));
}
