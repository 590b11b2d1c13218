#include "IncludeCheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hotich::layers {

const Layer *LayerTable::byName(const QString &name) const
{
    for (const Layer &layer : layers) {
        if (layer.name == name)
            return &layer;
    }
    return nullptr;
}

const Layer *LayerTable::holding(const QString &relativePath) const
{
    const Layer *best = nullptr;
    for (const Layer &layer : layers) {
        if (relativePath.startsWith(layer.folder + u'/') &&
            (!best || layer.folder.size() > best->folder.size()))
            best = &layer;
    }
    return best;
}

std::optional<LayerTable> parseLayerTable(const QString &markdown, QString *error)
{
    LayerTable table;
    const auto words = [](const QString &cell) {
        return cell.split(u' ', Qt::SkipEmptyParts);
    };
    for (const QString &line : markdown.split(u'\n')) {
        if (!line.startsWith(u'|'))
            continue;
        const QStringList cells = line.split(u'|');
        // "| a | b | c | d |" splits into six cells, the first and last empty.
        if (cells.size() != 6)
            continue;
        const QString name = cells[1].trimmed();
        if (name == u"layer"_s || name.startsWith(u'-'))
            continue;
        if (table.byName(name)) {
            *error = u"layer %1 is named twice"_s.arg(name);
            return std::nullopt;
        }
        Layer layer{name, cells[2].trimmed(), {}, {}};
        for (const QString &below : words(cells[3].trimmed())) {
            if (!table.byName(below)) {
                *error =
                    u"layer %1 may include %2, which is not a layer above it in the table"_s.arg(name, below);
                return std::nullopt;
            }
            layer.mayInclude.insert(below);
        }
        for (const QString &module : words(cells[4].trimmed()))
            layer.qtModules.insert(module);
        table.layers.append(layer);
    }
    if (table.layers.isEmpty()) {
        *error = u"the table has no layers"_s;
        return std::nullopt;
    }
    return table;
}

QString Violation::toString() const
{
    return u"%1:%2: #include %3: %4"_s.arg(file).arg(line).arg(include, reason);
}

namespace {

/// The Qt module of a header such as <QPainter> or <QtGui/QPainter>, or nothing for a header
/// that is not Qt's (<vector>, <sqlite3.h>).
std::optional<QString> qtModuleOf(const QString &header, const QString &qtIncludeDir)
{
    static const QRegularExpression qualified(u"^Qt([A-Za-z]+)/"_s);
    if (const auto m = qualified.match(header); m.hasMatch())
        return m.captured(1);
    if (!header.startsWith(u'Q') || header.contains(u'/'))
        return std::nullopt;
    const QDir dir(qtIncludeDir);
    for (const QString &moduleDir : dir.entryList({u"Qt*"_s}, QDir::Dirs)) {
        if (QFileInfo::exists(dir.filePath(moduleDir + u'/' + header)))
            return moduleDir.mid(2);
    }
    return std::nullopt;
}

/// Headers that the build generates beside the sources (moc, uic): they are not in the tree.
bool isGenerated(const QString &header)
{
    return header.startsWith(u"ui_"_s) || header.startsWith(u"moc_"_s) || header.endsWith(u".moc"_s);
}

void checkFile(const QString &root, const QString &relativePath, const Layer &layer, const LayerTable &table,
               const QString &qtIncludeDir, QList<Violation> &out)
{
    static const QRegularExpression includeLine(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s);
    QFile file(QDir(root).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        out.append({relativePath, 0, {}, u"cannot be read"_s});
        return;
    }
    const QString fileDir = QFileInfo(relativePath).path();
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        ++lineNumber;
        const auto m = includeLine.match(line);
        if (!m.hasMatch())
            continue;
        const bool quoted = m.captured(1) == u"\""_s;
        const QString header = m.captured(2);
        const QString shown = quoted ? u'"' + header + u'"' : u'<' + header + u'>';
        auto violation = [&](const QString &reason) {
            out.append({relativePath, lineNumber, shown, reason});
        };
        if (!quoted) {
            const auto module = qtModuleOf(header, qtIncludeDir);
            if (module && !layer.qtModules.contains(*module))
                violation(u"layer %1 may not use Qt %2"_s.arg(layer.name, *module));
            continue;
        }
        if (header.contains(u".."_s)) {
            violation(u"climbs out of its folder; name the layer instead"_s);
            continue;
        }
        const qsizetype slash = header.indexOf(u'/');
        if (slash < 0) {
            if (!isGenerated(header) && !QFileInfo::exists(QDir(root).filePath(fileDir + u'/' + header)))
                violation(u"no such header beside the file"_s);
            continue;
        }
        const QString target = header.left(slash);
        const Layer *targetLayer = table.byName(target);
        if (!targetLayer) {
            violation(u"%1 is not a layer of docs/layers.md"_s.arg(target));
            continue;
        }
        if (!QFileInfo::exists(QDir(root).filePath(targetLayer->folder + header.mid(slash)))) {
            violation(u"no such header in layer %1"_s.arg(target));
            continue;
        }
        if (target != layer.name && !layer.mayInclude.contains(target))
            violation(u"layer %1 may not include layer %2"_s.arg(layer.name, target));
    }
}

} // namespace

QList<Violation> checkTree(const QString &root, const LayerTable &table, const QString &qtIncludeDir)
{
    QList<Violation> out;
    QSet<QString> tops; // "core", "app": every source under them must belong to a layer
    for (const Layer &layer : table.layers)
        tops.insert(layer.folder.section(u'/', 0, 0));
    for (const QString &top : std::as_const(tops)) {
        QDirIterator it(QDir(root).filePath(top), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relativePath = QDir(root).relativeFilePath(it.next());
            const Layer *layer = table.holding(relativePath);
            if (!layer) {
                out.append({relativePath, 0, {}, u"is in no layer of docs/layers.md"_s});
                continue;
            }
            checkFile(root, relativePath, *layer, table, qtIncludeDir, out);
        }
    }
    std::sort(out.begin(), out.end(), [](const Violation &a, const Violation &b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    return out;
}

} // namespace hotich::layers
