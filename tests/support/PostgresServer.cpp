#include "PostgresServer.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <future>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace hotich::test {

namespace {

/// Whom the server runs as: `postgres` when the tests run as root, else the user running them.
struct RunAs
{
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

std::optional<RunAs> serverAccount(QString *error)
{
    if (geteuid() != 0)
        return RunAs{};
    const passwd *pw = getpwnam("postgres");
    if (!pw) {
        *error = u"there is no postgres user (install the postgresql package: scripts/install-deps)"_s;
        return std::nullopt;
    }
    return RunAs{true, pw->pw_uid, pw->pw_gid};
}

/// Forks and runs `argv` as `account` in `workDir`, its output to `outFd`. With `tiedToUs`, the child
/// gets SIGINT (PostgreSQL's fast shutdown) when this process ends, whichever way.
pid_t spawn(const RunAs &account, const std::vector<std::string> &argv, const std::string &workDir, int outFd,
            bool tiedToUs)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid != 0)
        return pid;
    // The child: only async-signal-safe calls until exec.
    const int devNull = open("/dev/null", O_RDONLY);
    if (devNull < 0 || dup2(devNull, 0) < 0 || dup2(outFd, 1) < 0 || dup2(outFd, 2) < 0)
        _exit(126);
    if (account.switchUser) {
        if (setgroups(1, &account.gid) != 0 || setgid(account.gid) != 0 || setuid(account.uid) != 0)
            _exit(126);
    }
    // After setuid: a change of credentials clears the parent-death signal.
    if (tiedToUs) {
        if (prctl(PR_SET_PDEATHSIG, SIGINT) != 0 || getppid() != parent)
            _exit(126);
    }
    if (chdir(workDir.c_str()) != 0)
        _exit(126);
    execv(args[0], args.data());
    _exit(127);
}

int waitFor(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

QString findBinaries()
{
    const QString fromEnv = qEnvironmentVariable("HOTICH_POSTGRES_BIN");
    for (const QString &dir : {fromEnv, u"/usr/lib/postgresql/15/bin"_s}) {
        if (!dir.isEmpty() && QFileInfo(dir + u"/postgres"_s).isExecutable())
            return dir;
    }
    return {};
}

std::string local(const QString &s)
{
    return QFile::encodeName(s).toStdString();
}

QString readLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QAtomicInt connectionCounter;

} // namespace

PostgresServer::PostgresServer() : m_dir(QDir::tempPath() + u"/hotich-pg-XXXXXX"_s)
{}

PostgresServer &PostgresServer::shared()
{
    static std::unique_ptr<PostgresServer> server;
    static QString failure;
    if (!server && failure.isEmpty()) {
        server.reset(new PostgresServer);
        failure = server->start();
    }
    if (!failure.isEmpty())
        FAIL("cannot start PostgreSQL for the test: " << failure.toStdString());
    return *server;
}

QString PostgresServer::start()
{
    if (!m_dir.isValid())
        return u"cannot create a temporary directory"_s;
    m_binaries = findBinaries();
    if (m_binaries.isEmpty())
        return u"PostgreSQL 15 is not installed (scripts/install-deps installs it; or set HOTICH_POSTGRES_BIN)"_s;
    QString error;
    const auto account = serverAccount(&error);
    if (!account)
        return error;
    // PostgreSQL wants its directories its own and private (0700).
    if (account->switchUser &&
        chown(QFile::encodeName(m_dir.path()).constData(), account->uid, account->gid) != 0)
        return u"cannot give %1 to the postgres user"_s.arg(m_dir.path());
    const std::string dir = local(m_dir.path());
    const std::string data = dir + "/data";
    const int logFd = open((dir + "/initdb.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (logFd < 0)
        return u"cannot write the initdb log"_s;
    const pid_t initdb =
        spawn(*account,
              {local(m_binaries + u"/initdb"_s), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
               "--no-locale", "--no-sync", "--no-instructions"},
              dir, logFd, true);
    close(logFd);
    if (initdb < 0 || waitFor(initdb) != 0)
        return u"initdb failed:\n"_s + readLog(m_dir.filePath(u"initdb.log"_s));

    // The server's output goes through a pipe to a thread that copies it to the log and tells when
    // the server is ready.
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0)
        return u"cannot make a pipe"_s;
    m_postmaster =
        spawn(*account,
              {local(m_binaries + u"/postgres"_s), "-D", data, "-k", dir, "-p", std::to_string(kPort), "-c",
               "listen_addresses=", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c",
               "full_page_writes=off", "-c", "max_connections=40", "-c", "shared_buffers=16MB"},
              dir, pipeFds[1], true);
    close(pipeFds[1]);
    if (m_postmaster < 0) {
        close(pipeFds[0]);
        return u"cannot start postgres"_s;
    }
    std::promise<bool> ready;
    std::future<bool> isReady = ready.get_future();
    const std::string logPath = dir + "/postgres.log";
    m_logReader = std::thread([readFd = pipeFds[0], logPath, ready = std::move(ready)]() mutable {
        const int out = open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        std::string tail;
        bool told = false;
        char buffer[4096];
        for (;;) {
            const ssize_t n = read(readFd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            if (out >= 0)
                (void)!write(out, buffer, size_t(n));
            if (!told) {
                tail.append(buffer, size_t(n));
                if (tail.find("ready to accept connections") != std::string::npos) {
                    ready.set_value(true);
                    told = true;
                }
                if (tail.size() > 256)
                    tail.erase(0, tail.size() - 64);
            }
        }
        if (!told)
            ready.set_value(false); // the server ended before it was ready
        close(readFd);
        if (out >= 0)
            close(out);
    });
    // A bound for a server that hangs, not a timing assumption: it is ready in well under a second.
    if (isReady.wait_for(std::chrono::minutes(2)) != std::future_status::ready || !isReady.get())
        return u"postgres did not start:\n"_s + log();
    return {};
}

void PostgresServer::stop()
{
    if (m_postmaster > 0) {
        kill(m_postmaster, SIGINT); // fast shutdown: ends the sessions, checkpoints, exits
        waitFor(m_postmaster);
        m_postmaster = -1;
    }
    if (m_logReader.joinable())
        m_logReader.join();
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::log() const
{
    return readLog(m_dir.filePath(u"postgres.log"_s));
}

QString PostgresServer::createDatabase()
{
    const QString name = u"hotich_test_%1"_s.arg(++m_databases);
    const QString connection = u"hotich-test-admin-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(m_dir.path());
        db.setPort(kPort);
        db.setUserName(u"postgres"_s);
        db.setDatabaseName(u"postgres"_s);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"CREATE DATABASE "_s + name))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        FAIL("cannot create a PostgreSQL database: " << error.toStdString());
    return u"postgresql://postgres@/%1?host=%2&port=%3"_s.arg(name, m_dir.path()).arg(kPort);
}

} // namespace hotich::test
