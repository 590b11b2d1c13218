#include "PrivateCups.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace hotich::test {

QString PrivateCups::run(const QStringList &args)
{
    QProcess script;
    script.start(QStringLiteral(HOTICH_PRIVATE_CUPS), args);
    REQUIRE(script.waitForStarted(30000));
    REQUIRE(script.waitForFinished(300000));
    const QString err = QString::fromUtf8(script.readAllStandardError());
    INFO("private-cups " << args.join(u' ').toStdString() << ": " << err.toStdString());
    REQUIRE(script.exitStatus() == QProcess::NormalExit);
    REQUIRE(script.exitCode() == 0);
    return QString::fromUtf8(script.readAllStandardOutput());
}

PrivateCups::PrivateCups()
{
    // CUPS runs its filters as lp: they must pass through the test's folder (QTemporaryDir is 0700).
    QFile::setPermissions(m_dir.root(), QFile::permissions(m_dir.root()) | QFile::ExeGroup | QFile::ExeOther);
    const QString out = run({u"start"_s, m_dir.path(u"cups"_s)});
    QString server;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(u"server "_s))
            server = line.mid(7);
        else if (line.startsWith(u"queue "_s))
            m_queue = line.mid(6);
        else if (line.startsWith(u"failing "_s))
            m_failingQueue = line.mid(8);
    }
    REQUIRE(!server.isEmpty());
    REQUIRE(!m_queue.isEmpty());
    REQUIRE(!m_failingQueue.isEmpty());
    qputenv("CUPS_SERVER", server.toUtf8());
}

PrivateCups::~PrivateCups()
{
    qunsetenv("CUPS_SERVER");
    QProcess::execute(QStringLiteral(HOTICH_PRIVATE_CUPS), {u"stop"_s, m_dir.path(u"cups"_s)});
}

QStringList PrivateCups::unfinishedJobs() const
{
    return run({u"queued"_s, m_dir.path(u"cups"_s)}).split(u'\n', Qt::SkipEmptyParts);
}

void PrivateCups::rejectJobs() const
{
    run({u"reject"_s, m_dir.path(u"cups"_s)});
}

void PrivateCups::stopPrinter() const
{
    run({u"disable"_s, m_dir.path(u"cups"_s)});
}

PrivateCups::Finished PrivateCups::waitForJobs() const
{
    Finished finished;
    for (const QString &line : run({u"wait"_s, m_dir.path(u"cups"_s)}).split(u'\n')) {
        if (line.startsWith(u"pdf "_s))
            finished.pdfs << line.mid(4);
        else if (line.startsWith(u"job "_s))
            finished.jobOptions << line.mid(4);
    }
    return finished;
}

} // namespace hotich::test
