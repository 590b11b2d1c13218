// The window's sync: the status bar and the sync screen follow the background engine against a
// real hotich-server on 127.0.0.1 (the embedded SQLite default), and the ministry's findings show
// with what to do, Enter opening the record.
#include "DesktopFixtures.h"
#include "HomeScreen.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "Session.h"
#include "SyncMonitor.h"
#include "SyncScreen.h"
#include "registry/PulledChanges.h"
#include "store/Outbox.h"
#include "store/SyncState.h"
#include "support/ServerProcess.h"
#include "sync/client/HttpTransport.h"
#include "sync/client/SyncClient.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

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

/// Enrols the test register's office with the server, as `hotich-admin enrol` does.
void enrol(TestRegister &reg, const ServerProcess &server, const QString &serverDb)
{
    sync::HttpTransport transport(QUrl(server.url()), {});
    sync::SyncClient client(reg.db(), reg.clock(), transport, reg.admin);
    auto enrolled = client.enrol(server.url(), enrolCode(serverDb, u"00004"_s), {});
    INFO((enrolled ? std::string() : enrolled.error().en.toStdString()));
    REQUIRE(enrolled);
}

QString statusBarText(const MainWindow &window)
{
    return window.findChild<QLabel *>(u"syncStatus"_s)->text();
}

/// Every end of a pass, with the state it left and the status bar's text then; made before the
/// window's event loop runs, so that no pass ends unseen.
class PassLog
{
public:
    explicit PassLog(MainWindow &window) : m_window(window)
    {
        QObject::connect(&window.sync(), &SyncMonitor::passFinished, &m_context, [this] {
            m_ends.append({m_window.sync().state(), statusBarText(m_window)});
        });
    }

    /// Waits for the next pass to end in `state` (passes ending otherwise are skipped); the
    /// status bar's text then.
    QString next(SyncMonitor::State state)
    {
        qsizetype found = -1;
        const bool ended = eventually([&] {
            for (qsizetype i = m_seen; i < m_ends.size(); ++i) {
                if (m_ends.at(i).first == state) {
                    found = i;
                    return true;
                }
            }
            return false;
        });
        REQUIRE(ended);
        m_seen = found + 1;
        return m_ends.at(found).second;
    }

private:
    MainWindow &m_window;
    QObject m_context;
    QList<QPair<SyncMonitor::State, QString>> m_ends;
    qsizetype m_seen = 0;
};

/// The rows of the findings' table, each row's columns joined by " | ".
QStringList rowTexts(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        rows << cells.join(u" | "_s);
    }
    return rows;
}

qint64 waiting(TestRegister &reg)
{
    auto state = SyncState::read(reg.db());
    REQUIRE(state);
    auto last = Outbox(reg.db()).lastSeq();
    REQUIRE(last);
    return *last - state->pushedThrough;
}

} // namespace

TEST_CASE("sync: Sync now sends a new birth, the status bar goes syncing then idle with the last success")
{
    useVietnamese();
    TestRegister reg;
    const QString serverDb = u"sqlite:"_s + reg.dir().path(u"server.sqlite"_s);
    ServerProcess server(serverDb);
    enrol(reg, server, serverDb);

    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    PassLog passes(window);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    // The engine starts with the window and makes its first pass by itself: nothing to send yet.
    CHECK(passes.next(SyncMonitor::State::Idle).startsWith(u"Đã đồng bộ: lần thành công gần nhất "_s));

    // A birth is registered; the sync screen (Shift+F9) shows it waiting.
    birthOf(reg, u"An"_s);
    QTest::keyClick(&window, Qt::Key_F9, Qt::ShiftModifier);
    SyncScreen *screen = window.syncScreen();
    REQUIRE(screen);
    REQUIRE(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget() == screen);
    REQUIRE(eventually([&] { return screen->detailsText().contains(u"Còn 1 mục chờ gửi."_s); }));
    CHECK(screen->detailsText().contains(u"Lỗi gần nhất: không có."_s));
    CHECK(screen->messageText().isEmpty());

    // Sync now: the pass runs on the engine's thread, the button is off until it ends.
    QStringList shown;
    QObject::connect(&window.sync(), &SyncMonitor::changed, [&] { shown << statusBarText(window); });
    QTest::mouseClick(screen->syncNowButton(), Qt::LeftButton);
    CHECK(!screen->syncNowButton()->isEnabled());
    CHECK(!window.findChild<QAction *>(u"syncNowAction"_s)->isEnabled());
    CHECK(statusBarText(window).startsWith(u"Đang đồng bộ…"_s));
    const QString idle = passes.next(SyncMonitor::State::Idle);
    CHECK(idle.startsWith(u"Đã đồng bộ: lần thành công gần nhất "_s));
    // Progress came on the way: entries and bytes.
    CHECK(std::any_of(shown.begin(), shown.end(), [](const QString &s) {
        return s.startsWith(u"Đang đồng bộ… "_s) && s.contains(u"mục"_s);
    }));
    CHECK(screen->syncNowButton()->isEnabled());
    CHECK(screen->stateText() == idle);
    CHECK(screen->detailsText().contains(u"Không còn mục nào chờ gửi."_s));
    CHECK(screen->detailsText().startsWith(u"Lần thành công gần nhất: "_s));
    CHECK(screen->findings()->rowCount() == 0);
    CHECK(waiting(reg) == 0);
    auto last = Outbox(reg.db()).lastSeq();
    REQUIRE(last);
    CHECK(officeStats(serverDb, u"00004"_s).value(u"head"_s).toInteger() == *last);
    // The home screen reads the day's work again after the pass.
    REQUIRE(eventually([&] { return window.homeScreen()->syncText().endsWith(u"Đã gửi hết."_s); }));
}

TEST_CASE(
    "sync: with the server stopped the status bar says offline with the reason and the birth still waits")
{
    useVietnamese();
    TestRegister reg;
    const QString serverDb = u"sqlite:"_s + reg.dir().path(u"server.sqlite"_s);
    auto server = std::make_unique<ServerProcess>(serverDb);
    enrol(reg, *server, serverDb);
    birthOf(reg, u"Bảo"_s);
    server.reset(); // the link goes

    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    PassLog passes(window);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QString offline = passes.next(SyncMonitor::State::Offline);
    CHECK(offline.startsWith(u"Mất kết nối, sẽ tự thử lại: "_s));
    CHECK(offline.contains(u"máy chủ"_s)); // the engine's reason, in Vietnamese

    // Sync now asks again; the answer is the same, and nothing is lost.
    QTest::keyClick(&window, Qt::Key_F9, Qt::ShiftModifier);
    SyncScreen *screen = window.syncScreen();
    REQUIRE(screen);
    QTest::keyClick(&window, Qt::Key_F9);
    CHECK(passes.next(SyncMonitor::State::Offline).startsWith(u"Mất kết nối, sẽ tự thử lại: "_s));
    CHECK(screen->detailsText().contains(u"Còn 1 mục chờ gửi."_s));
    CHECK(screen->detailsText().contains(u"Lỗi gần nhất ("_s));
    CHECK(screen->detailsText().contains(u"Lần thành công gần nhất: chưa có."_s));
    CHECK(waiting(reg) == 1);
}

TEST_CASE("sync: what the ministry rejected or flagged shows with what to do, and Enter opens the record")
{
    useVietnamese();
    TestRegister reg;
    const QUuid rejected = birthOf(reg, u"An"_s);
    const QUuid flagged = birthOf(reg, u"Bảo"_s);
    const QUuid toVerify = birthOf(reg, u"Cường"_s);
    // As a pull stores them: a rejection of the first entry, a finding about the second, a code
    // this version does not know, and an ID number the centre wants verified.
    PulledChanges pulled(reg.db(), reg.clock());
    REQUIRE(pulled.recordPushed(1, {SyncFinding{rejected,
                                                1,
                                                u"record.numberUsed"_s,
                                                u"Số 1/2026 của sổ Khai sinh đã được dùng cho hồ sơ khác"_s,
                                                u"Number 1/2026 is used by another record"_s,
                                                {},
                                                {}}}));
    PulledPage page;
    page.findings << SyncFinding{flagged,
                                 0,
                                 u"birth.possibleDuplicate"_s,
                                 u"Có thể trùng: UBND xã Hoà Bình đã có bản đăng ký khai sinh"_s,
                                 u"Possible duplicate at another office"_s,
                                 u"00007"_s,
                                 {}}
                  << SyncFinding{flagged,
                                 0,
                                 u"ministry.newCheck"_s,
                                 u"Một kiểm tra mới của Bộ"_s,
                                 u"A new check of the ministry"_s,
                                 {},
                                 {}};
    page.idNumbers << IdNumberResult{toVerify,
                                     IdNumberResult::State::NeedsVerification,
                                     {},
                                     u"Cần xác minh nơi sinh"_s,
                                     u"The place of birth needs verifying"_s};
    page.cursor = "c1";
    REQUIRE(pulled.apply(page, reg.officer));

    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(eventually([&] { return window.sync().state() == SyncMonitor::State::NotEnrolled; }));
    CHECK(statusBarText(window) == u"Đồng bộ: văn phòng chưa đăng ký với máy chủ của Bộ"_s);

    // F9 on an office that is not enrolled: the sync screen says so, and what IT staff do.
    QTest::keyClick(&window, Qt::Key_F9);
    REQUIRE(eventually([&] { return window.syncScreen() != nullptr; }));
    SyncScreen *screen = window.syncScreen();
    CHECK(screen->messageText().startsWith(
        u"Văn phòng chưa đăng ký với máy chủ của Bộ nên chưa gửi được gì."_s));
    CHECK(screen->messageText().contains(u"hotich-admin enrol --server URL --code MÃ"_s));
    CHECK(screen->detailsText().contains(u"Còn 2 mục chờ gửi."_s));

    const QStringList rows = rowTexts(screen->findings());
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) ==
          u"Khai sinh 1/2026 | Bị từ chối: Số 1/2026 của sổ Khai sinh đã được dùng cho hồ sơ khác | "_s +
              SyncScreen::whatToDo(u"record.numberUsed"_s));
    CHECK(rows.at(0).endsWith(u"Không đăng ký lại hồ sơ."_s));
    CHECK(rows.at(1).startsWith(u"Khai sinh 2/2026 | Cần xem lại: Có thể trùng: UBND xã Hoà Bình"_s));
    CHECK(rows.at(1).endsWith(u" | "_s + SyncScreen::whatToDo(u"birth.possibleDuplicate"_s)));
    CHECK(rows.at(1).contains(u"Đối chiếu hồ sơ này với hồ sơ của đơn vị được nêu"_s));
    // A code this version does not know still says what to do.
    CHECK(rows.at(2) == u"Khai sinh 2/2026 | Cần xem lại: Một kiểm tra mới của Bộ | "_s +
                            SyncScreen::whatToDo(u"ministry.newCheck"_s));
    CHECK(rows.at(2).contains(u"hỏi cán bộ tin học"_s));
    CHECK(rows.at(3) == u"Khai sinh 3/2026 | Số định danh: cần xác minh: Cần xác minh nơi sinh | "_s +
                            SyncScreen::whatToDo(u"idNumber.needsVerification"_s));
    for (const QString &code :
         {u"record.numberUsed"_s, u"birth.possibleDuplicate"_s, u"idNumber.needsVerification"_s})
        CHECK(SyncScreen::whatToDo(code) != SyncScreen::whatToDo(u"ministry.newCheck"_s));

    // Keyboard only: the list has the focus, Down to the flagged birth, Enter opens it.
    screen->findings()->setFocus();
    QTest::keyClick(screen->findings(), Qt::Key_Down);
    QTest::keyClick(screen->findings(), Qt::Key_Return);
    auto *record =
        qobject_cast<RecordScreen *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget());
    REQUIRE(record);
    CHECK(record->title() == u"Khai sinh 2/2026"_s);
    CHECK(record->property("recordId").toUuid() == flagged);
    // The record's history ends with what the ministry answered about it, each with what to do.
    const QStringList history = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    const qsizetype answered = history.indexOf(u" | Bộ đã trả lời | "_s);
    REQUIRE(answered > 0);
    CHECK(history.mid(answered + 1) ==
          QStringList{u" | Cần xem lại: Có thể trùng: UBND xã Hoà Bình đã có bản đăng ký khai sinh | "_s,
                      u" | Việc cần làm: "_s + SyncScreen::whatToDo(u"birth.possibleDuplicate"_s) + u" | "_s,
                      u" | Cần xem lại: Một kiểm tra mới của Bộ | "_s,
                      u" | Việc cần làm: "_s + SyncScreen::whatToDo(u"ministry.newCheck"_s) + u" | "_s});

    // The birth whose ID number needs verifying says so in its own history.
    window.openRecord(toVerify);
    record = qobject_cast<RecordScreen *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget());
    REQUIRE(record);
    const QStringList verify = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    CHECK(verify.contains(u" | Số định danh cá nhân: cần xác minh: Cần xác minh nơi sinh | "_s));
    // The rejected one says it was rejected, and only that.
    window.openRecord(rejected);
    record = qobject_cast<RecordScreen *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget());
    REQUIRE(record);
    const QStringList refused = treeTexts(record->findChild<QTreeWidget *>(u"recordHistory"_s));
    const qsizetype said = refused.indexOf(u" | Bộ đã trả lời | "_s);
    REQUIRE(said > 0);
    CHECK(refused.mid(said + 1) ==
          QStringList{u" | Bị từ chối: Số 1/2026 của sổ Khai sinh đã được dùng cho hồ sơ khác | "_s,
                      u" | Việc cần làm: "_s + SyncScreen::whatToDo(u"record.numberUsed"_s) + u" | "_s});
}

TEST_CASE(
    "sync: Stop ends a long sync after the round in flight, what it sent is kept, and Sync now sends the "
    "rest")
{
    useVietnamese();
    TestRegister reg;
    const QString serverDb = u"sqlite:"_s + reg.dir().path(u"server.sqlite"_s);
    ServerProcess server(serverDb);
    enrol(reg, server, serverDb);

    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    PassLog passes(window);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    passes.next(SyncMonitor::State::Idle); // the first pass, with nothing to send

    // A backlog of three rounds (the engine sends 500 entries a round), as a first sync has.
    const QStringList first{u"An"_s,  u"Bảo"_s,  u"Cường"_s, u"Dũng"_s, u"Giang"_s,
                            u"Hải"_s, u"Khoa"_s, u"Lâm"_s,   u"Minh"_s, u"Nam"_s};
    for (int i = 0; i < 1100; ++i)
        birthOf(reg, first.at(i % 10) + u' ' + first.at(i / 10 % 10) + u' ' + first.at(i / 100 % 10));
    const qint64 backlog = waiting(reg);
    REQUIRE(backlog == 1100);

    QTest::keyClick(&window, Qt::Key_F9, Qt::ShiftModifier);
    SyncScreen *screen = window.syncScreen();
    REQUIRE(screen);
    CHECK_FALSE(screen->stopButton()->isEnabled()); // nothing runs
    // Asked before the pass starts, the Stop holds for it: it stops after its first round, every time.
    window.sync().stopPass();
    QTest::keyClick(&window, Qt::Key_F9);
    REQUIRE(window.sync().passRunning());
    REQUIRE(screen->stopButton()->isEnabled());
    QTest::mouseClick(screen->stopButton(), Qt::LeftButton);
    CHECK_FALSE(screen->stopButton()->isEnabled());
    CHECK(statusBarText(window) == u"Đang đồng bộ… sẽ dừng sau lượt đang gửi"_s);

    const QString stopped = passes.next(SyncMonitor::State::Idle);
    CHECK(stopped == u"Đồng bộ đã dừng theo yêu cầu: còn 600 mục chờ gửi"_s);
    CHECK(waiting(reg) == backlog - 500);
    CHECK(screen->detailsText().contains(u"Còn 600 mục chờ gửi."_s));
    auto state = SyncState::read(reg.db());
    REQUIRE(state);
    const qint64 successBefore = state->lastSuccessAtMs; // a stopped pass is no success

    // Sync now goes on from there; the server holds every birth once.
    QTest::keyClick(&window, Qt::Key_F9);
    CHECK(passes.next(SyncMonitor::State::Idle).startsWith(u"Đã đồng bộ: lần thành công gần nhất "_s));
    CHECK(waiting(reg) == 0);
    auto last = Outbox(reg.db()).lastSeq();
    REQUIRE(last);
    const QJsonObject stats = officeStats(serverDb, u"00004"_s);
    CHECK(stats.value(u"head"_s).toInteger() == *last);
    CHECK(stats.value(u"records"_s).toObject().value(u"birth"_s).toInteger() == 1100);
    state = SyncState::read(reg.db());
    REQUIRE(state);
    CHECK(state->lastSuccessAtMs >= successBefore);
}
