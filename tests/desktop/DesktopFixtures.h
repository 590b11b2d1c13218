#pragma once

#include "support/TestRegister.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTreeWidget>
#include <QWidget>

namespace hotich::test {

/// How long a test waits for an answer from the register's own thread (a search, a password
/// check): this bounds a hang, it times nothing.
inline constexpr int kAnswerWaitMs = 20000;

/// Processes events until `condition` holds (true) or kAnswerWaitMs pass (false): Catch2's
/// REQUIRE around it, since QTest's QTRY_ macros only return from the function when they fail.
template <class Condition>
bool eventually(Condition condition)
{
    return QTest::qWaitFor(condition, kAnswerWaitMs);
}

/// Types text into a widget as key events, each carrying its character: Vietnamese letters as a
/// Windows input method (Unikey) sends them once composed (QTest::keyClicks knows Latin-1 only).
void typeText(QWidget *widget, const QString &text);

/// Installs the Vietnamese catalogue (the default language) and fails the test when it is missing.
void useVietnamese();

/// Every text of a tree, depth first, each row's columns joined by " | ".
QStringList treeTexts(const QTreeWidget *tree);

/// The texts of one column of a table's rows.
QStringList columnTexts(const QAbstractItemModel *model, int column);

} // namespace hotich::test
