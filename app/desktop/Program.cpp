#include "Program.h"

#include "Language.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "Session.h"
#include "SettingsScreen.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

std::optional<QString> missingDisplayMessage()
{
    // A platform named explicitly (offscreen, xcb, wayland…) is the caller's choice.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return std::nullopt;
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return u"hotich: không có màn hình (DISPLAY và WAYLAND_DISPLAY đều chưa đặt).\n"
               u"Hãy chạy trong phiên đồ họa, hoặc trên máy không màn hình dùng màn hình ảo:\n"
               u"  xvfb-run -a hotich --db TỆP_SỔ\n"
               u"(gói Debian: xvfb). Kiểm thử tự động dùng QT_QPA_PLATFORM=offscreen.\n"
               u"hotich: no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
               u"Run it in a graphical session, or on a machine without one under a virtual display:\n"
               u"  xvfb-run -a hotich --db REGISTER\n"
               u"(Debian package: xvfb). Automated tests use QT_QPA_PLATFORM=offscreen.\n"_s;
    }
#endif
    return std::nullopt;
}

QString Program::defaultRegisterPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"register.sqlite"_s);
}

void Program::tell(const QString &title, const QString &text, bool error)
{
    std::fputs((text + u'\n').toLocal8Bit().constData(), stderr);
    // Nobody sees a box on the offscreen platform, and a modal one would wait forever.
    if (QGuiApplication::platformName() == u"offscreen"_s)
        return;
    if (error)
        QMessageBox::critical(nullptr, title, text);
    else
        QMessageBox::information(nullptr, title, text);
}

int Program::run(const QStringList &arguments)
{
    // The language first: every later word is in it. --lang wins over the one chosen in Settings.
    QString lang = SettingsScreen::savedLanguage();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang"_s && i + 1 < arguments.size())
            lang = arguments[i + 1];
        else if (arguments[i].startsWith(u"--lang="_s))
            lang = arguments[i].mid(7);
    }
    Language::install(u"vi"_s);
    if (lang != u"vi"_s && !Language::install(lang)) {
        tell(tr("Civil-status register"), tr("Unknown language \"%1\": use vi or en.").arg(lang), true);
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Civil-status register of the commune office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, tr("The register file (default: %1).").arg(defaultRegisterPath()),
                                tr("FILE"));
    const QCommandLineOption language(u"lang"_s, tr("The interface language: vi (default) or en."),
                                      tr("LANGUAGE"), u"vi"_s);
    parser.addOption(db);
    parser.addOption(language);
    if (!parser.parse(arguments)) {
        tell(tr("Civil-status register"), parser.errorText(), true);
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        tell(tr("Civil-status register"),
             tr("Unexpected argument \"%1\". Usage: hotich [--db FILE] [--lang vi|en]")
                 .arg(parser.positionalArguments().constFirst()),
             true);
        return 2;
    }

    const QString path = parser.isSet(db) ? parser.value(db) : defaultRegisterPath();
    if (!QFileInfo::exists(path)) {
        tell(tr("No register yet"),
             tr("There is no register at %1.\n\n"
                "The office's IT staff create it with:\n"
                "  hotich-admin --db \"%1\" init --office COMMUNE_CODE --admin LOGIN\n"
                "and add the officers' accounts with:\n"
                "  hotich-admin --db \"%1\" --user LOGIN user add …\n"
                "Then start hotich again (with --db if the register is elsewhere).")
                 .arg(QDir::toNativeSeparators(path)),
             false);
        return 1;
    }
    // Once more after a restore: the register is opened afresh (its schema brought up to date, the
    // restored accounts read), and every screen starts from what it now holds.
    for (;;) {
        auto opened = Database::open(path, Database::OpenMode::Existing);
        if (!opened) {
            tell(tr("The register cannot be opened"), Language::message(opened.error()), true);
            return 1;
        }
        Database &registerDb = *opened.value();

        LoginScreen login(registerDb, Clock::system());
        if (login.exec() != QDialog::Accepted)
            return 0;
        Session session{registerDb, Clock::system(), login.account()};
        MainWindow window(session);
        bool reopen = false;
        QObject::connect(&window, &MainWindow::reopenRequested, &window, [&reopen] {
            reopen = true;
            QApplication::exit(0);
        });
        window.show();
        const int status = QApplication::exec();
        if (!reopen)
            return status;
    }
}

} // namespace hotich::desktop
