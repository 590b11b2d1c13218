// The hotich program's start: without a display it says so and how to run it under xvfb-run; with
// no register at --db it says how to create one. Both exit 1 and write nothing.
#include "support/TempDir.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using namespace hotich::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString stderrText;
};

Run runHotich(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(HOTICH_DESKTOP_PATH), arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError())};
}

} // namespace

TEST_CASE("start: without a display hotich says so and how to run it under xvfb-run")
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    const Run run = runHotich({}, environment);
    CHECK(run.exitCode == 1);
    CHECK(run.stderrText.contains(u"không có màn hình"_s));
    CHECK(run.stderrText.contains(u"xvfb-run -a hotich --db"_s));
}

TEST_CASE("start: with no register at --db hotich tells how to create one, and creates nothing")
{
    TempDir dir;
    const QString missing = dir.path(u"register.sqlite"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run run = runHotich({u"--db"_s, missing}, environment);
    CHECK(run.exitCode == 1);
    CHECK(run.stderrText.contains(u"Chưa có sổ hộ tịch tại "_s + missing));
    CHECK(run.stderrText.contains(u"hotich-admin --db \""_s + missing + u"\" init --office"_s));
    CHECK_FALSE(QFileInfo::exists(missing));

    SECTION("an unknown language is refused")
    {
        const Run bad = runHotich({u"--lang"_s, u"fr"_s, u"--db"_s, missing}, environment);
        CHECK(bad.exitCode == 2);
        CHECK(bad.stderrText.contains(u"Ngôn ngữ không rõ \"fr\""_s));
    }
}
