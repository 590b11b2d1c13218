#pragma once

#include "support/TestRegister.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>
#include <QTreeWidget>

namespace hotich::test {

/// Installs the Vietnamese catalogue (the default language) and fails the test when it is missing.
void useVietnamese();

/// Every text of a tree, depth first, each row's columns joined by " | ".
QStringList treeTexts(const QTreeWidget *tree);

/// The texts of one column of a table's rows.
QStringList columnTexts(const QAbstractItemModel *model, int column);

} // namespace hotich::test
