#pragma once

#include "TempDir.h"
#include "auth/Accounts.h"
#include "registry/Registrar.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QJsonObject>

#include <memory>

namespace hotich::test {

/// A fresh register file for one test case: office 00004 (Phường Ba Đình) unless told otherwise, an
/// administrator and an officer, a fixed clock (26/11/2026 unless told otherwise) and a Registrar on it.
class TestRegister
{
public:
    explicit TestRegister(QDate today = QDate(2026, 11, 26), int bookCapacity = 0,
                          const QString &office = QStringLiteral("00004"));

    Database &db() { return *m_db; }
    Registrar &registrar() { return *m_registrar; }
    FixedClock &clock() { return m_clock; }
    const QString &path() const { return m_path; }
    const TempDir &dir() const { return m_dir; }

    Account admin;
    Account officer;

    /// Registers as the officer; fails the test on a database error (not on a rejection).
    Result<RegistrationOutcome> add(const QJsonObject &record);
    /// Registers and requires success; returns the new record's id.
    QUuid mustAdd(const QJsonObject &record);
    /// Closes the connection and opens the file again (as another process would see it).
    void reopen();
    /// Closes the connection: the write-ahead log is checkpointed into the file.
    void close();

private:
    TempDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Registrar> m_registrar;
};

/// An example record from tests/data/records/<name>.json.
QJsonObject example(const QString &name);

/// Sets a member at a dotted path ("subject.birthDate") of a JSON object.
QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value);

/// The codes of findings or error details, for compact assertions.
QStringList codesOf(const Error &error);
QStringList codesOf(const Findings &findings);

} // namespace hotich::test
