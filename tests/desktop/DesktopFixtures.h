#pragma once

#include "support/TestRegister.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>
#include <QTreeWidget>

namespace hotich::test {

/// How long a test waits for an answer from the register's own thread (a search, a password
/// check): this bounds a hang, it times nothing.
inline constexpr int kAnswerWaitMs = 20000;

/// Installs the Vietnamese catalogue (the default language) and fails the test when it is missing.
void useVietnamese();

/// Every text of a tree, depth first, each row's columns joined by " | ".
QStringList treeTexts(const QTreeWidget *tree);

/// The texts of one column of a table's rows.
QStringList columnTexts(const QAbstractItemModel *model, int column);

} // namespace hotich::test
