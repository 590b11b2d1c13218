#include "TempDir.h"

#include <QDir>
#include <QFile>

namespace hotich::test {

TempDir::TempDir()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary directory");
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString testDataPath(const QString &relativePath)
{
    return QDir(QStringLiteral(HOTICH_TEST_DATA_DIR)).filePath(relativePath);
}

QByteArray readTestData(const QString &relativePath)
{
    QFile file(testDataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relativePath));
    return file.readAll();
}

} // namespace hotich::test
