// hotich: the officer's desktop application. Everything is in the hotich_desktop library; this
// only refuses to start without a display and creates the application object.
#include "Program.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (const auto message = hotich::desktop::missingDisplayMessage()) {
        std::fputs(message->toLocal8Bit().constData(), stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hotich"));
    QApplication::setApplicationVersion(QStringLiteral(HOTICH_VERSION));
    return hotich::desktop::Program().run(QApplication::arguments());
}
