#include "FormDriving.h"

#include "DesktopFixtures.h"
#include "FindScreen.h"
#include "MainWindow.h"
#include "PlaceField.h"
#include "RecordScreen.h"
#include "RegistrationForm.h"
#include "registry/RecordView.h"
#include "store/Database.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace hotich::test {

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

void typeAt(const QString &path, const QString &text)
{
    REQUIRE(focusedName() == path);
    typeText(focused(), text);
}

void compose(QWidget *target, const QStringList &preedits, const QString &commit)
{
    for (const QString &preedit : preedits) {
        QInputMethodEvent event(preedit, {});
        QApplication::sendEvent(target, &event);
    }
    QInputMethodEvent done;
    done.setCommitString(commit);
    QApplication::sendEvent(target, &done);
}

void tab()
{
    QTest::keyClick(focused(), Qt::Key_Tab);
}

void showActive(desktop::MainWindow &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void pickFirstPlace(const QString &expected)
{
    auto *place = qobject_cast<desktop::PlaceField *>(focused());
    REQUIRE(place);
    REQUIRE(eventually([&] { return place->completer()->popup()->isVisible(); }));
    REQUIRE_FALSE(place->offered().isEmpty());
    CHECK(place->offered().constFirst() == expected);
    QTest::keyClick(place->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(place->completer()->popup(), Qt::Key_Return);
    REQUIRE(eventually([&] { return !place->completer()->popup()->isVisible(); }));
    // The offscreen platform leaves the closed popup the active window (a real one gives the
    // activation back to the window under it): give it back, the cursor still in the field.
    QCoreApplication::processEvents(); // the platform's activation events of the popup's closing
    if (QApplication::activeWindow() != place->window()) {
        place->window()->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(place->window()));
    }
    CHECK(focused() == place);
}

QStringList findNames(desktop::MainWindow &window, const QString &typed)
{
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    desktop::FindScreen *find = window.findScreen();
    auto *box = find->findChild<QLineEdit *>(u"searchBox"_s);
    REQUIRE(box->hasFocus());
    box->selectAll();
    QSignalSpy shown(find, &desktop::FindScreen::resultsShown);
    QTest::keyClicks(box, typed);
    REQUIRE(shown.wait(kAnswerWaitMs)); // the newest search's answer only: the whole text typed
    return columnTexts(find->findChild<QTableWidget *>(u"results"_s)->model(),
                       desktop::FindScreen::NamesColumn);
}

void typeInto(QWidget &form, const QList<std::pair<QString, QString>> &typed)
{
    for (const auto &[path, text] : typed) {
        auto *line = form.findChild<QLineEdit *>(path);
        REQUIRE(line);
        line->setFocus();
        typeText(line, text);
    }
}

void retype(const QString &text)
{
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), text);
}

QMessageBox *escapeQuestion(QWidget &form, QWidget *field)
{
    REQUIRE(field);
    QTest::keyClick(field, Qt::Key_Escape);
    QMessageBox *box = nullptr;
    REQUIRE(
        eventually([&] { return (box = form.findChild<QMessageBox *>(u"discardQuestion"_s)) != nullptr; }));
    REQUIRE(eventually([&] { return box->isVisible(); }));
    return box;
}

QString saveAnswer(desktop::RegistrationForm &form)
{
    QSignalSpy answered(&form, &desktop::RegistrationForm::answered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(answered.wait(kAnswerWaitMs));
    CHECK_FALSE(form.isBusy());
    return form.messageText();
}

desktop::RecordScreen *saveAndOpen(desktop::MainWindow &window, desktop::RegistrationForm &form)
{
    QPointer<desktop::RegistrationForm> open(&form);
    QSignalSpy registered(&form, &desktop::RegistrationForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(registered.wait(kAnswerWaitMs));
    REQUIRE(eventually([&] { return open.isNull(); }));
    auto *record =
        qobject_cast<desktop::RecordScreen *>(window.findChild<QTabWidget *>(u"screens"_s)->currentWidget());
    REQUIRE(record);
    return record;
}

QJsonObject registeredContent(Database &db, const QUuid &id)
{
    RecordStore store(db);
    const Result<RecordView> view = loadRecordView(store, id);
    REQUIRE(view);
    return view->content();
}

int recordCount(Database &db)
{
    QSqlQuery &count = db.statement(u"SELECT COUNT(*) FROM records"_s);
    REQUIRE(db.run(count, u"count the records"_s).ok());
    REQUIRE(count.next());
    const int records = count.value(0).toInt();
    count.finish();
    return records;
}

} // namespace hotich::test
