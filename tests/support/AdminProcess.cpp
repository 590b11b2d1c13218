#include "AdminProcess.h"

#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace hotich::test {

QString adminPath()
{
    return QStringLiteral(HOTICH_ADMIN_PATH);
}

QList<QJsonObject> AdminRun::json() const
{
    QList<QJsonObject> list;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            list << QJsonDocument::fromJson(line).object();
    }
    return list;
}

AdminRun runAdmin(const QStringList &args, const QByteArray &input, const QByteArray &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"HOTICH_PASSWORD"_s);
    if (!password.isEmpty())
        env.insert(u"HOTICH_PASSWORD"_s, QString::fromUtf8(password));
    process.setProcessEnvironment(env);
    process.start(adminPath(), args);
    REQUIRE(process.waitForStarted(30000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    AdminRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace hotich::test
