#pragma once

#include "support/AdminProcess.h"
#include "support/TempDir.h"

namespace hotich::test {

/// A register made with hotich-admin, an officer, one birth and one death, and blank birth
/// certificates KS-000101 … KS-000150 received; calibrations in its own folder
/// (HOTICH_CALIBRATION_DIR, which the admin processes inherit).
class PrintRegister
{
public:
    PrintRegister();
    ~PrintRegister();
    PrintRegister(const PrintRegister &) = delete;
    PrintRegister &operator=(const PrintRegister &) = delete;

    /// hotich-admin as the officer, messages in English.
    AdminRun officer(const QStringList &args) const;
    /// The same in Vietnamese (the default).
    AdminRun officerVi(const QStringList &args) const;
    /// What the blank-form tables hold: the stock report and the rows verify checked (which also
    /// requires the register intact), to show that a refused command changed nothing.
    QJsonObject formsState() const;
    /// Registers another birth like the sample one, the child given `givenName` (its register
    /// number is the next of the year); returns its id.
    QString addBirth(const QString &givenName);
    /// The same for several children in one registration run; their ids in order.
    QStringList addBirths(const QStringList &givenNames);
    /// Registers tests/data/records/EXAMPLE.json once more; returns its id.
    QString addExample(const QString &example) { return add(example); }

    TempDir dir;
    QString db;
    QString birth;
    QString death;

private:
    QString add(const QString &example);
};

} // namespace hotich::test
