// hotich-admin on a real terminal (a pseudo-terminal): passwords are asked for, never echoed.
#include <catch2/catch.hpp>

#include "support/AdminProcess.h"
#include "support/TempDir.h"

#include <QElapsedTimer>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

/// hotich-admin run on a pseudo-terminal, without HOTICH_PASSWORD: it has to ask.
class TerminalRun
{
public:
    explicit TerminalRun(const QStringList &args)
    {
        std::vector<QByteArray> storage{adminPath().toLocal8Bit()};
        for (const QString &a : args)
            storage.push_back(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &a : storage)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        m_pid = forkpty(&m_master, nullptr, nullptr, nullptr);
        REQUIRE(m_pid >= 0);
        if (m_pid == 0) {
            unsetenv("HOTICH_PASSWORD");
            execv(argv[0], argv.data());
            _exit(127);
        }
    }

    ~TerminalRun()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            close(m_master);
    }

    /// Reads what the terminal shows until `text` appears (at most 20 s); false if it never does.
    bool waitFor(const QByteArray &text)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_screen.contains(text)) {
            if (!readSome(20000 - int(clock.elapsed())))
                return false;
        }
        return true;
    }

    void type(const QByteArray &keys)
    {
        REQUIRE(write(m_master, keys.constData(), size_t(keys.size())) == keys.size());
    }

    /// Reads until the program ends and returns its exit code.
    int finish()
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000 && readSome(20000 - int(clock.elapsed()))) {
        }
        int status = 0;
        REQUIRE(waitpid(m_pid, &status, 0) == m_pid);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    const QByteArray &screen() const { return m_screen; }

private:
    bool readSome(int timeoutMs)
    {
        if (timeoutMs <= 0)
            return false;
        pollfd fd{m_master, POLLIN, 0};
        if (poll(&fd, 1, timeoutMs) <= 0)
            return false;
        char buffer[4096];
        const ssize_t n = read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return false; // EIO once the program has ended
        m_screen.append(buffer, n);
        return true;
    }

    int m_master = -1;
    pid_t m_pid = -1;
    QByteArray m_screen;
};

} // namespace

TEST_CASE("terminal: passwords are asked for with echo off and new ones must be typed twice alike")
{
    TempDir dir;
    const QString db = dir.path(u"so.db"_s);
    const QByteArray adminPassword = "quan-tri-2026";
    {
        TerminalRun init({u"--db"_s, db, u"init"_s, u"--office"_s, u"00004"_s, u"--admin"_s, u"admin"_s});
        REQUIRE(init.waitFor("admin: "));
        init.type(adminPassword + '\n');
        REQUIRE(init.waitFor("Nhập lại")); // asked again, with echo still off
        init.type(adminPassword + '\n');
        CHECK(init.finish() == 0);
        CHECK_FALSE(init.screen().contains(adminPassword)); // never shown
    }
    {
        // Two different new passwords: refused, nothing added.
        TerminalRun add({u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"canbo"_s, u"--role"_s,
                         u"officer"_s, u"--full-name"_s, u"Lê Thị Hoa"_s});
        REQUIRE(add.waitFor("admin: "));
        add.type(adminPassword + '\n');
        REQUIRE(add.waitFor("canbo: "));
        add.type("mot-mat-khau-1\n");
        REQUIRE(add.waitFor("Nhập lại"));
        add.type("mot-mat-khau-2\n");
        CHECK(add.finish() == 2);
        CHECK_FALSE(add.screen().contains("mot-mat-khau"));
    }
    {
        // A wrong password for the acting account is refused; the right one lets verify run.
        TerminalRun wrong({u"--db"_s, db, u"--user"_s, u"admin"_s, u"verify"_s});
        REQUIRE(wrong.waitFor("admin: "));
        wrong.type("sai-mat-khau\n");
        CHECK(wrong.finish() == 2);
        TerminalRun verify({u"--db"_s, db, u"--user"_s, u"admin"_s, u"verify"_s});
        REQUIRE(verify.waitFor("admin: "));
        verify.type(adminPassword + '\n');
        CHECK(verify.finish() == 0);
        CHECK(verify.screen().contains("\"ok\":true"));
        CHECK_FALSE(verify.screen().contains(adminPassword));
    }
}
