#pragma once

#include "CatchQt.h"

#include <QString>
#include <QTemporaryDir>

namespace hotich::test {

/// A fresh directory per test case, removed at the end: every test gets its own database file.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// Reads a file under tests/data.
QByteArray readTestData(const QString &relativePath);
QString testDataPath(const QString &relativePath);

} // namespace hotich::test
