#include "support/AdminProcess.h"
#include "support/CatchQt.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace hotich::test;

namespace {

/// The first ``` block after the README's "## PROGRAM" heading.
QString readmeUsage(const QString &program = u"hotich-admin"_s)
{
    QFile readme(QStringLiteral(HOTICH_SOURCE_DIR "/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype section = text.indexOf(u"\n## "_s + program + u"\n"_s);
    REQUIRE(section >= 0);
    const qsizetype open = text.indexOf(u"```\n"_s, section);
    const qsizetype close = text.indexOf(u"\n```"_s, open + 4);
    REQUIRE(open >= 0);
    REQUIRE(close > open);
    return text.mid(open + 4, close - open - 4);
}

} // namespace

TEST_CASE("The README shows the usage that hotich-admin --help prints")
{
    const AdminRun english = runAdmin({u"--help"_s, u"--lang"_s, u"en"_s});
    CHECK(english.exitCode == 0);
    CHECK(readmeUsage() == english.errText().trimmed());
}

TEST_CASE("The README shows the usage that hotich-server --help prints")
{
    QProcess server;
    server.start(QStringLiteral(HOTICH_SERVER_PATH), {u"--help"_s, u"--lang"_s, u"en"_s});
    REQUIRE(server.waitForFinished(30000));
    CHECK(server.exitCode() == 0);
    CHECK(readmeUsage(u"hotich-server"_s) == QString::fromUtf8(server.readAllStandardError()).trimmed());
}

TEST_CASE("The usage names every command in Vietnamese by default, with the options each accepts")
{
    const AdminRun vietnamese = runAdmin({u"--help"_s});
    const AdminRun english = runAdmin({u"--help"_s, u"--lang"_s, u"en"_s});
    REQUIRE(vietnamese.exitCode == 0);
    CHECK(vietnamese.errText().startsWith(u"Cách dùng: hotich-admin"_s));
    const QStringList viLines = vietnamese.errText().trimmed().split(u'\n');
    const QStringList enLines = english.errText().trimmed().split(u'\n');
    REQUIRE(viLines.size() == enLines.size());
    // Each command line names the same command and the same options in both languages.
    static const QRegularExpression option(u"--[a-z-]+"_s);
    for (qsizetype i = 1; i + 2 < viLines.size(); ++i) {
        const auto options = [](const QString &line) {
            QStringList found;
            for (const auto &m : option.globalMatch(line))
                found << m.captured(0);
            return found;
        };
        INFO(enLines[i].toStdString());
        CHECK(viLines[i].section(u' ', 2, 2) == enLines[i].section(u' ', 2, 2));
        CHECK(options(viLines[i]) == options(enLines[i]));
    }
}

TEST_CASE("An option the usage does not give for a command is refused")
{
    const AdminRun run = runAdmin({u"--db"_s, u"/nonexistent.db"_s, u"show"_s, u"x"_s, u"--batch"_s, u"5"_s});
    CHECK(run.exitCode == 2);
    CHECK(run.errText().contains(u"show: --batch"_s));
}
