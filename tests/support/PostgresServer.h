#pragma once

#include <QString>
#include <QTemporaryDir>

#include <sys/types.h>

#include <memory>
#include <thread>

namespace hotich::test {

/// A PostgreSQL 15 server of the test process's own, for the ministry server's tests: `initdb` in
/// a temporary directory owned by the `postgres` user (PostgreSQL refuses to run as root; a test
/// run by another user runs it as that user), `postgres` listening on a Unix socket in that
/// directory only (no TCP port to collide with anything), one new database per test case, and a
/// fast shutdown at the end of the process. The server is a child of the test process that gets
/// SIGINT when the process ends however it ends (PR_SET_PDEATHSIG), so a crashed test leaves no
/// server behind. Readiness is read from the server's own log line, not waited for by the clock.
class PostgresServer
{
public:
    /// The server of this process, started on first use. Fails the running test (with the log)
    /// when PostgreSQL cannot start, e.g. when it is not installed (scripts/install-deps).
    static PostgresServer &shared();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// A new, empty database: its URL as ServerStore::open takes it.
    QString createDatabase();
    QString socketDirectory() const { return m_dir.path(); }
    static constexpr int kPort = 5432; ///< names the socket file only

    /// The server's log so far, for failure messages.
    QString log() const;

private:
    PostgresServer();
    /// Empty on success, else what went wrong.
    QString start();
    void stop();

    QTemporaryDir m_dir;
    QString m_binaries;
    pid_t m_postmaster = -1;
    std::thread m_logReader;
    int m_databases = 0;
};

} // namespace hotich::test
