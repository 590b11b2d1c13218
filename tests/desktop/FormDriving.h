#pragma once

#include "DesktopFixtures.h"
#include "MainWindow.h"
#include "Session.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QWidget>

#include <utility>

class QMessageBox;

namespace hotich::desktop {
class RecordScreen;
class RegistrationForm;
} // namespace hotich::desktop

namespace hotich::test {

// Driving a form as the officer does, with the keyboard: shared by the registration forms' tests.

/// The widget with the keyboard focus, and its object name (empty when none).
QWidget *focused();
QString focusedName();
/// Types into the field that has the focus, which must be the one named (the tab order).
void typeAt(const QString &path, const QString &text);
/// Tab, from the field that has the focus.
void tab();

/// Sends what an input method (Unikey/ibus Telex) sends while composing a word: the growing
/// pre-edit text, then the word committed in one piece.
void compose(QWidget *target, const QStringList &preedits, const QString &commit);
/// Shows the window and waits until it is the active one (the keyboard goes to it).
void showActive(desktop::MainWindow &window);
/// Picks the first unit the focused place field offers, with the keyboard; checks it is `expected`.
void pickFirstPlace(const QString &expected);
/// Searches from the Find screen (Ctrl+F) and waits for the results: the names column's texts.
QStringList findNames(desktop::MainWindow &window, const QString &typed);
/// Types each text into the form's field at its record path (focusing it first: not the tab order).
void typeInto(QWidget &form, const QList<std::pair<QString, QString>> &typed);
/// Replaces the text of the focused field with `text`, as Ctrl+A then typing does.
void retype(const QString &text);
/// Presses Escape in `field` of the form and waits for the question about discarding.
QMessageBox *escapeQuestion(QWidget &form, QWidget *field);
/// Presses Enter on a form whose draft is clean, and waits for the register's answer: the message.
QString saveAnswer(desktop::RegistrationForm &form);
/// Presses Enter on a form whose draft is clean and waits until the form is gone and a record's
/// screen is the current tab (the one registered, or the one an amending kind amended): that screen.
desktop::RecordScreen *saveAndOpen(desktop::MainWindow &window, desktop::RegistrationForm &form);
/// The record with `id` as the register holds it now, read through the core.
QJsonObject registeredContent(Database &db, const QUuid &id);
/// How many records the register holds, read from the file (a refusal must leave it as it was).
int recordCount(Database &db);

/// A register and the main window on it, shown and active, the officer logged in.
struct OfficerWindow
{
    TestRegister reg;
    desktop::Session session{reg.db(), reg.clock(), reg.officer};
    desktop::MainWindow window{session};

    OfficerWindow() { showActive(window); }
};

} // namespace hotich::test
