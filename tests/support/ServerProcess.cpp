#include "support/ServerProcess.h"

#include "support/CatchQt.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hotich::test {

ServerProcess::ServerProcess(const QString &databaseUrl, const QStringList &extra, quint16 port)
    : m_process(std::make_unique<QProcess>())
{
    m_tls = extra.contains(u"--tls-cert"_s);
    REQUIRE(m_logFile.open());
    m_process->setStandardErrorFile(m_logFile.fileName());
    m_process->start(QStringLiteral(HOTICH_SERVER_PATH),
                     QStringList{u"--db"_s, databaseUrl, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)} + extra);
    REQUIRE(m_process->waitForStarted(30000));
    // The first stdout line is the "listening" one; bounded by the process itself (it either
    // listens or exits), with a generous cap in case it hangs.
    QByteArray out;
    for (int i = 0; i < 600 && !out.contains('\n') && m_process->state() == QProcess::Running; ++i) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
    }
    INFO("hotich-server: " << out.toStdString() << log().toStdString());
    const QJsonObject line = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    REQUIRE(line.value(u"port"_s).toInt() > 0);
    m_port = quint16(line.value(u"port"_s).toInt());
}

ServerProcess::~ServerProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(10000);
    }
}

QString ServerProcess::url() const
{
    return (m_tls ? u"https://127.0.0.1:%1"_s : u"http://127.0.0.1:%1"_s).arg(m_port);
}

QString ServerProcess::log()
{
    QFile file(m_logFile.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void ServerProcess::kill()
{
    m_process->kill();
    m_process->waitForFinished(10000);
}

ServerRun runServer(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(HOTICH_SERVER_PATH), args);
    REQUIRE(process.waitForStarted(30000));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    ServerRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject officeStats(const QString &databaseUrl, const QString &office)
{
    const ServerRun run = runServer({u"--db"_s, databaseUrl, u"stats"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out).object().value(u"offices"_s).toObject().value(office).toObject();
}

QString enrolCode(const QString &databaseUrl, const QString &office)
{
    const ServerRun run = runServer({u"--db"_s, databaseUrl, u"enrol-code"_s, u"--office"_s, office});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString code = QJsonDocument::fromJson(run.out).object().value(u"code"_s).toString();
    REQUIRE(code.size() == 12);
    return code;
}

namespace {

void openssl(const QStringList &args, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(u"openssl"_s, args);
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(60000));
    INFO("openssl " << args.join(u' ').toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

} // namespace

TestCa::TestCa(const QString &directory)
{
    const QDir dir(directory);
    caFile = dir.filePath(u"ca.pem"_s);
    certificateFile = dir.filePath(u"server.pem"_s);
    keyFile = dir.filePath(u"server.key"_s);
    const QStringList ec = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s};
    openssl(QStringList{u"req"_s, u"-x509"_s} + ec +
                QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                            u"/CN=hotich test CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                            u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s},
            directory);
    openssl(QStringList{u"req"_s} + ec +
                QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
                            u"/CN=127.0.0.1"_s},
            directory);
    QFile ext(dir.filePath(u"server.ext"_s));
    REQUIRE(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
    ext.close();
    openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
             u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
             u"server.ext"_s},
            directory);
}

} // namespace hotich::test
