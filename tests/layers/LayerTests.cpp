#include "IncludeCheck.h"

#include "support/TempDir.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace hotich::layers;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void writeFile(const QString &root, const QString &relativePath, const QByteArray &content)
{
    const QString path = QDir(root).filePath(relativePath);
    REQUIRE(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

LayerTable projectTable()
{
    QString error;
    auto table = parseLayerTable(readFile(QStringLiteral(HOTICH_SOURCE_DIR "/docs/layers.md")), &error);
    INFO(error.toStdString());
    REQUIRE(table);
    return *table;
}

QStringList described(const QList<Violation> &violations)
{
    QStringList out;
    for (const Violation &v : violations)
        out << u"%1:%2 %3"_s.arg(v.file).arg(v.line).arg(v.include);
    return out;
}

} // namespace

TEST_CASE("Every #include of the project keeps to the layers of docs/layers.md")
{
    const LayerTable table = projectTable();
    REQUIRE(table.byName(u"util"_s));
    REQUIRE(table.byName(u"app"_s));
    const QList<Violation> violations =
        checkTree(QStringLiteral(HOTICH_SOURCE_DIR), table, QStringLiteral(HOTICH_QT_INCLUDE_DIR));
    for (const Violation &v : violations)
        UNSCOPED_INFO(v.toString().toStdString());
    CHECK(violations.isEmpty());
}

TEST_CASE("The table keeps printing and sync apart and Widgets, Gui and Network out of the core")
{
    const LayerTable table = projectTable();
    const Layer *printing = table.byName(u"printing"_s);
    const Layer *sync = table.byName(u"sync"_s);
    REQUIRE(printing);
    REQUIRE(sync);
    CHECK_FALSE(printing->mayInclude.contains(u"sync"_s));
    CHECK_FALSE(sync->mayInclude.contains(u"printing"_s));
    for (const Layer &layer : table.layers) {
        INFO(layer.name.toStdString());
        if (layer.folder.startsWith(u"core/"_s)) {
            for (const QString &module : {u"Gui"_s, u"Widgets"_s, u"Network"_s, u"PrintSupport"_s})
                CHECK_FALSE(layer.qtModules.contains(module));
        }
        CHECK(layer.qtModules.contains(u"Widgets"_s) == (layer.name == u"app"_s));
        CHECK(layer.qtModules.contains(u"Network"_s) == (layer.name == u"sync"_s));
        if (layer.name != u"app"_s)
            CHECK(layer.qtModules.contains(u"PrintSupport"_s) == (layer.name == u"printing"_s));
    }
}

TEST_CASE("A wrong include is reported with its file and line")
{
    hotich::test::TempDir dir;
    const QString root = dir.root();
    writeFile(root, u"docs/layers.md"_s,
              readFile(QStringLiteral(HOTICH_SOURCE_DIR "/docs/layers.md")).toUtf8());
    writeFile(root, u"core/registry/Registrar.h"_s, "#pragma once\n");
    writeFile(root, u"core/store/Database.h"_s, "#pragma once\n#include <QSqlQuery>\n#include <vector>\n");
    writeFile(
        root, u"core/store/Bad.cpp"_s,
        "#include \"Database.h\"\n\n#include \"registry/Registrar.h\"\n#include \"store/Database.h\"\n");
    writeFile(root, u"core/text/Words.cpp"_s,
              "#include <QString>\n#include <QPainter>\n#include <QtNetwork/QTcpSocket>\n");
    writeFile(root, u"sync/Engine.cpp"_s, "#include \"printing/Form.h\"\n#include \"store/Database.h\"\n");
    writeFile(root, u"printing/Form.h"_s,
              "#pragma once\n#include \"../core/store/Database.h\"\n#include \"nowhere/X.h\"\n");
    writeFile(root, u"app/admin/main.cpp"_s,
              "#include \"Missing.h\"\n#include \"registry/Nothing.h\"\n#include <QSqlQuery>\n");
    writeFile(root, u"core/Stray.cpp"_s, "");

    QString error;
    auto table = parseLayerTable(readFile(root + u"/docs/layers.md"_s), &error);
    REQUIRE(table);
    const QList<Violation> violations = checkTree(root, *table, QStringLiteral(HOTICH_QT_INCLUDE_DIR));
    CHECK(described(violations) == QStringList{
                                       u"app/admin/main.cpp:1 \"Missing.h\""_s,
                                       u"app/admin/main.cpp:2 \"registry/Nothing.h\""_s,
                                       u"app/admin/main.cpp:3 <QSqlQuery>"_s,
                                       u"core/Stray.cpp:0 "_s,
                                       u"core/store/Bad.cpp:3 \"registry/Registrar.h\""_s,
                                       u"core/text/Words.cpp:2 <QPainter>"_s,
                                       u"core/text/Words.cpp:3 <QtNetwork/QTcpSocket>"_s,
                                       u"printing/Form.h:2 \"../core/store/Database.h\""_s,
                                       u"printing/Form.h:3 \"nowhere/X.h\""_s,
                                       u"sync/Engine.cpp:1 \"printing/Form.h\""_s,
                                   });
    REQUIRE(violations.size() >= 5);
    CHECK(violations[4].reason == u"layer store may not include layer registry"_s);
    CHECK(violations[5].reason == u"layer text may not use Qt Gui"_s);
    CHECK(violations[9].reason == u"layer sync may not include layer printing"_s);
}

TEST_CASE("A table that names an unknown or a higher layer is refused")
{
    QString error;
    CHECK_FALSE(
        parseLayerTable(u"| layer | folder | may include | Qt |\n|---|---|---|---|\n"
                        u"| util | core/util | store | Core |\n| store | core/store | util | Core |\n"_s,
                        &error));
    CHECK(error == u"layer util may include store, which is not a layer above it in the table"_s);
    CHECK_FALSE(parseLayerTable(u"no table here"_s, &error));
    CHECK(error == u"the table has no layers"_s);
}
