#include "ServerTool.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hotich-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTICH_VERSION));
    return hotich::server::ServerTool().run(app.arguments().mid(1));
}
