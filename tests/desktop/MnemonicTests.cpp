// The Alt letters (mnemonics, "&In") of every screen, in Vietnamese and in English: no two things a
// screen shows, nor the menu bar's menus over it, answer the same Alt letter, and no two items of
// a menu share one. Two of them would make Alt+letter go to the first and never reach the other.
#include "DesktopFixtures.h"
#include "Language.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "Session.h"
#include "support/TestRegister.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

/// The Alt letter of a text ("Đồng &bộ" → "B"); empty for none.
QString letterOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString();
}

/// Each Alt letter a screen answers to, with the texts that carry it (the visible buttons, the
/// labels of inputs, checkable group boxes), the menu bar's titles included.
QHash<QString, QStringList> lettersOf(QWidget *screen, const QStringList &menuTitles)
{
    QHash<QString, QStringList> letters;
    for (const QString &title : menuTitles) {
        if (const QString letter = letterOf(title); !letter.isEmpty())
            letters[letter] << title;
    }
    for (QWidget *w : screen->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(screen))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w); group && group->isCheckable())
            text = group->title();
        if (const QString letter = letterOf(text); !letter.isEmpty())
            letters[letter] << text;
    }
    return letters;
}

QStringList clashes(const QString &where, const QHash<QString, QStringList> &letters)
{
    QStringList out;
    for (auto it = letters.begin(); it != letters.end(); ++it) {
        if (it.value().size() > 1)
            out << where + u": "_s + it.key() + u" — "_s + it.value().join(u" | "_s);
    }
    return out;
}

} // namespace

TEST_CASE("keyboard: no two things of a screen, nor two items of a menu, share an Alt letter in Vietnamese "
          "or in English")
{
    const QString language = GENERATE(u"vi"_s, u"en"_s);
    INFO(language.toStdString());
    REQUIRE(Language::install(language));
    TestRegister reg;
    const QUuid birth = reg.mustAdd(example(u"birth"_s));
    const QUuid marriage = reg.mustAdd(example(u"marriage"_s));
    const QUuid guardianship = reg.mustAdd(example(u"guardianship"_s));
    Session session{reg.db(), reg.clock(), reg.admin};
    MainWindow window(session);
    window.resize(1366, 768);
    window.openRecord(birth);
    window.openRecord(marriage);
    window.openRecord(guardianship);
    window.openPrintScreen(birth);
    window.openCorrection(birth);
    window.openBirthForm();
    window.openDeathForm();
    window.openMarriageForm();
    window.openRecognitionForm();
    window.openGuardianshipForm();
    window.openMaritalStatusForm();
    window.openRecordingForm();
    window.openAmendment(EventKind::EthnicityRedetermination, birth);
    window.openAmendment(EventKind::GuardianshipEnd, guardianship);
    window.openAmendment(EventKind::GuardianshipChange, guardianship);
    window.openAmendment(EventKind::Recording, marriage);
    window.openSignerQueue();
    window.openBatchPrint();
    window.openStock();
    window.openCalibration();
    window.openSettings();
    window.openSyncScreen();

    QStringList menuTitles;
    QStringList found;
    for (QAction *menu : window.menuBar()->actions()) {
        menuTitles << menu->text();
        QHash<QString, QStringList> items;
        for (QAction *item : menu->menu()->actions()) {
            if (const QString letter = letterOf(item->text()); !letter.isEmpty())
                items[letter] << item->text();
        }
        found << clashes(menu->text(), items);
    }
    found << clashes(u"menu bar"_s, lettersOf(window.menuBar(), {}));

    auto *tabs = window.findChild<QTabWidget *>(u"screens"_s);
    REQUIRE(tabs->count() > 20);
    for (int i = 0; i < tabs->count(); ++i)
        found << clashes(tabs->tabText(i), lettersOf(tabs->widget(i), menuTitles));
    LoginScreen login(reg.db(), reg.clock());
    found << clashes(u"log-in"_s, lettersOf(&login, {}));
    CHECK(found == QStringList());
    useVietnamese(); // the default, as the other tests expect
}
