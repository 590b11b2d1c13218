#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hotich::reference::detail {

/// Reads a compiled reference file from the resources: one row per line, fields separated by tabs,
/// '#' lines are comments. A missing resource is a build error, so it aborts loudly.
QList<QStringList> readTsvResource(const QString &path);

/// Splits a "|"-separated list field.
QStringList splitList(const QString &field);

} // namespace hotich::reference::detail
