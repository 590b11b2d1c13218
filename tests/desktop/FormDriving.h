#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

namespace hotich {
class Database;
}
namespace hotich::desktop {
class MainWindow;
}

namespace hotich::test {

// Driving a form as the officer does, with the keyboard: shared by the registration forms' tests.

/// The widget with the keyboard focus, and its object name (empty when none).
QWidget *focused();
QString focusedName();
/// Types into the field that has the focus, which must be the one named (the tab order).
void typeAt(const QString &path, const QString &text);
/// Tab, from the field that has the focus.
void tab();
/// Shows the window and waits until it is the active one (the keyboard goes to it).
void showActive(desktop::MainWindow &window);
/// Picks the first unit the focused place field offers, with the keyboard; checks it is `expected`.
void pickFirstPlace(const QString &expected);
/// Searches from the Find screen (Ctrl+F) and waits for the results: the names column's texts.
QStringList findNames(desktop::MainWindow &window, const QString &typed);
/// How many records the register holds, read from the file (a refusal must leave it as it was).
int recordCount(Database &db);

} // namespace hotich::test
