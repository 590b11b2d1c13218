#pragma once

#include "support/AdminProcess.h"
#include "support/TempDir.h"

#include <QJsonObject>
#include <QString>

namespace hotich::test {

/// One commune's register driven through the real hotich-admin binary, as IT staff and officers
/// use it: made with `init`, an officer added, enrolled with the server by a one-time code.
class Office
{
public:
    static constexpr char kPassword[] = "mat-khau-thu-nghiem";

    Office(const TempDir &dir, const QString &code);

    const QString &code() const { return m_code; }
    const QString &db() const { return m_db; }

    /// `hotich-admin enrol`; the run, for a test that expects it to fail.
    AdminRun enrol(const QString &serverUrl, const QString &enrolCode, const QString &caFile = {});
    /// Registers one record (JSON) as the officer; its id.
    QString registerRecord(const QByteArray &json);
    /// Registers `count` births without ID numbers, all different (child, mother), numbered from
    /// `first` of the name list, in one run; how many were registered.
    int registerBirths(int first, int count);
    /// `hotich-admin sync [--server URL]`.
    AdminRun sync(const QString &serverUrl = {});
    /// The JSON summary of a sync that must succeed.
    QJsonObject syncOk(const QString &serverUrl = {});
    QJsonObject status();
    QJsonObject findings();
    QJsonObject show(const QString &id);
    AdminRun admin(const QStringList &args, const QString &user = QStringLiteral("admin"));

private:
    QString m_code;
    QString m_db;
};

/// tests/data/records/birth.json with the child's ID number removed (the centre asks for one), and
/// the child's given name and birth date replaced (children of one mother born on one day are
/// twins to the population registry).
QByteArray birthWithoutIdNumber(const QString &givenName, int dayOfOctober);
/// The n-th of a list of Vietnamese given names (names hold no digits), for records that differ.
QString givenName(int n);
/// A birth of child n of a mother of her own (no two are twins), without ID numbers.
QByteArray distinctBirth(int n);

} // namespace hotich::test
