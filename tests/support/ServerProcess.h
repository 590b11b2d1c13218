#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>

namespace hotich::test {

/// The real hotich-server binary, started for one test: on a port of its own choosing (it prints
/// it once it listens, and that line is what the test waits for), stopped with SIGTERM at the end.
class ServerProcess
{
public:
    /// Starts `hotich-server --db DB --listen 127.0.0.1:PORT EXTRA…` (port 0: one it chooses) and
    /// waits for its "listening" line; fails the test with the server's log if it exits instead.
    ServerProcess(const QString &databaseUrl, const QStringList &extra = {}, quint16 port = 0);
    ~ServerProcess();

    quint16 port() const { return m_port; }
    /// "https://127.0.0.1:PORT" with a certificate, else "http://…".
    QString url() const;
    /// Its log so far (one JSON line per request).
    QString log();
    void kill();

private:
    std::unique_ptr<QProcess> m_process;
    /// Its stderr: a file, so a long test never fills a pipe and blocks the server's logging.
    QTemporaryFile m_logFile;
    quint16 m_port = 0;
    bool m_tls = false;
};

/// Runs `hotich-server ARGS` to its end (enrol-code, stats, …): exit code, stdout, stderr.
struct ServerRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ServerRun runServer(const QStringList &args);

/// `hotich-server stats` for one office (its head, records and entries by kind).
QJsonObject officeStats(const QString &databaseUrl, const QString &office);

/// A one-time enrolment code for `office` on the server database.
QString enrolCode(const QString &databaseUrl, const QString &office);

/// A certificate authority made for the test run with openssl, and a server certificate it
/// signed for 127.0.0.1 and localhost.
struct TestCa
{
    explicit TestCa(const QString &directory);
    QString caFile;
    QString certificateFile;
    QString keyFile;
};

} // namespace hotich::test
