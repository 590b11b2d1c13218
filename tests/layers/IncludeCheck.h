#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace hotich::layers {

/// One row of the table in docs/layers.md.
struct Layer
{
    QString name;             ///< "store"
    QString folder;           ///< "core/store", from the project root
    QSet<QString> mayInclude; ///< layers below it
    QSet<QString> qtModules;  ///< "Core", "Sql", …
};

struct LayerTable
{
    QList<Layer> layers;

    const Layer *byName(const QString &name) const;
    /// The layer whose folder holds `relativePath` (the longest folder that matches).
    const Layer *holding(const QString &relativePath) const;
};

/// Reads the markdown table of docs/layers.md. An unknown layer in "may include", a layer named
/// twice or a table with no rows is an error, returned as its message.
std::optional<LayerTable> parseLayerTable(const QString &markdown, QString *error);

struct Violation
{
    QString file; ///< from the project root
    int line = 0;
    QString include;
    QString reason;

    QString toString() const;
};

/// Reads every .h and .cpp under the table's folders below `root` and returns each #include that
/// points to a layer the file's layer may not include, to a header that does not exist, or to a Qt
/// module the layer may not use. `qtIncludeDir` is Qt's include folder (QtCore/, QtGui/, … below
/// it), where the module of a header such as <QPainter> is looked up.
QList<Violation> checkTree(const QString &root, const LayerTable &table, const QString &qtIncludeDir);

} // namespace hotich::layers
