#include "AdminCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Printing needs Qt Gui (fonts, painters), and a headless tool has no display: offscreen
    // unless told otherwise. The other commands keep a plain QCoreApplication.
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing = printing || qstrcmp(argv[i], "print") == 0 || qstrcmp(argv[i], "calibration") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (printing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("hotich-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTICH_VERSION));
    return hotich::admin::AdminTool().run(QCoreApplication::arguments().mid(1));
}
