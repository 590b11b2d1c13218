#include "TsvReader.h"

#include <QFile>

namespace hotich::reference::detail {

QList<QStringList> readTsvResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("hotich: reference resource %s is missing from the build", qPrintable(path));
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : line.split(u'\t'))
            fields << field.toString();
        rows << fields;
    }
    return rows;
}

QStringList splitList(const QString &field)
{
    return field.split(u'|', Qt::SkipEmptyParts);
}

} // namespace hotich::reference::detail
