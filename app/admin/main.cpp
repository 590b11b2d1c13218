#include "AdminCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hotich-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTICH_VERSION));
    return hotich::admin::AdminTool().run(app.arguments().mid(1));
}
