#pragma once

#include "store/Outbox.h"
#include "store/RegisterIdentity.h"
#include "support/CatchQt.h"
#include "support/TempDir.h"
#include "support/TestRegister.h"
#include "sync/server/PopulationRegistry.h"
#include "sync/server/ServerStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace hotich::test {

/// The two databases every server test runs on.
enum class Backend
{
    Sqlite,
    Postgres
};

/// Runs the rest of the test case once per backend (Catch2's GENERATE), naming it in failures.
#define FOR_EACH_BACKEND(backend)                                                                            \
    const ::hotich::test::Backend backend =                                                                  \
        GENERATE(::hotich::test::Backend::Sqlite, ::hotich::test::Backend::Postgres);                        \
    INFO("backend: " << (backend == ::hotich::test::Backend::Sqlite ? "SQLite" : "PostgreSQL"))

/// A fresh, empty server database on the backend (a file for SQLite, a new database on the test
/// process's own PostgreSQL), and stores on it: each store is a connection of its own.
class ServerFixture
{
public:
    explicit ServerFixture(Backend backend, server::BuiltInPopulationRegistry::Options registry = {});

    Backend backend() const { return m_backend; }
    const QString &url() const { return m_url; }
    /// The first connection.
    server::ServerStore &store() { return *m_store; }
    /// Another connection to the same database (as another server process would have).
    std::unique_ptr<server::ServerStore> connect();
    /// Runs one statement of one number on the first connection (counts, in assertions).
    qint64 count(const QString &sql);

    /// The server's clock in the tests: a fixed time, moved by hand.
    QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);

private:
    Backend m_backend;
    server::BuiltInPopulationRegistry::Options m_registry;
    TempDir m_dir;
    QString m_url;
    std::unique_ptr<server::ServerStore> m_store;
};

/// A commune's register, as the sync engine will drive it: its outbox pushed to the server.
class OfficeRegister
{
public:
    explicit OfficeRegister(const QString &office = QStringLiteral("00004"));

    TestRegister reg;
    QString office;

    RegisterIdentity identity();
    /// The outbox from `from` on.
    QList<OutboxEntry> outbox(qint64 from = 1);
    /// Pushes the outbox entries `from` … `to` (0: to the end) under the register's identity, with
    /// the register's chain hash after the last one as the head.
    server::PushResult push(server::ServerStore &store, const QDateTime &now, qint64 from = 1, qint64 to = 0);
    /// Registers a birth of the child (given name), no ID number yet; the mother is known by her name
    /// and year of birth (1998), not by an ID number.
    QUuid addBirth(const QString &givenName, const QString &birthDate = QStringLiteral("2026-11-02"),
                   const QString &motherName = QStringLiteral("Trần Thị Bình"));
};

/// Pushes arbitrary entries (crafted ones included) with the head the client would compute: the
/// chain from `previous` through them.
server::PushResult pushEntries(server::ServerStore &store, const QString &office,
                               const RegisterIdentity &identity, qint64 from, const QList<SyncEntry> &entries,
                               const QByteArray &previous, const QDateTime &now);

/// The changes of a pull page of one kind.
QList<server::Change> ofKind(const QList<server::Change> &changes, server::ChangeKind kind);

/// Pulls every change of the office (all pages), from the start or `cursor`, and the new cursor.
QList<server::Change> pullAll(server::ServerStore &store, const QString &office, const QDateTime &now,
                              QByteArray *cursor = nullptr);

/// Requires a Result to hold a value, printing the error otherwise.
template <class T>
T must(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().code.toStdString() << ": " << result.error().en.toStdString());
    return std::move(result).value();
}

inline void must(Result<void> result)
{
    if (!result.ok())
        FAIL(result.error().code.toStdString() << ": " << result.error().en.toStdString());
}

} // namespace hotich::test
