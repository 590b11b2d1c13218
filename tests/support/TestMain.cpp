// Catch2 main that creates the Qt application object first (as Kdenlive's tests/TestMain.cpp).
// Built three times: with HOTICH_TEST_GUI it makes a QGuiApplication (fonts, painters, PDF), with
// HOTICH_TEST_WIDGETS a QApplication (the desktop screens); both offscreen unless QT_QPA_PLATFORM
// says otherwise, so that the tests run without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if defined(HOTICH_TEST_WIDGETS)
#include <QApplication>
#include <QTemporaryDir>
#elif defined(HOTICH_TEST_GUI)
#include <QGuiApplication>
#else
#include <QCoreApplication>
#endif

int main(int argc, char *argv[])
{
#if defined(HOTICH_TEST_WIDGETS) || defined(HOTICH_TEST_GUI)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
#if defined(HOTICH_TEST_WIDGETS)
    // The screens keep the user's choices (language, backup folder) in QSettings: a test run keeps
    // them in a folder of its own, so no test sees another's nor the user's own.
    QTemporaryDir config;
    if (config.isValid())
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
#elif defined(HOTICH_TEST_GUI)
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
