#include "DesktopFixtures.h"

#include "Language.h"

#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace hotich::test {

void useVietnamese()
{
    REQUIRE(desktop::Language::install(u"vi"_s));
}

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

namespace {

void collect(const QTreeWidgetItem *item, QStringList &out)
{
    QStringList columns;
    for (int c = 0; c < item->treeWidget()->columnCount(); ++c)
        columns << item->text(c);
    out << columns.join(u" | "_s);
    for (int i = 0; i < item->childCount(); ++i)
        collect(item->child(i), out);
}

} // namespace

QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        collect(tree->topLevelItem(i), out);
    return out;
}

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

} // namespace hotich::test
