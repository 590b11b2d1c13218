#pragma once

#include "auth/Accounts.h"
#include "model/EventKind.h"
#include "store/Database.h"
#include "store/IntegrityCheck.h"
#include "util/Clock.h"

#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace hotich {

/// The steps a file (hồ sơ) goes through, as the law runs it: received at the counter (with its
/// legal due date), checked and entered in the register (numbered), its certificate printed,
/// signed by the commune chair or vice-chair, issued to the citizen. Each step is a fact appended
/// to file_steps, never an update; a file's state is its last step.
enum class FileState
{
    Received,
    Entered,
    Printed,
    Signed,
    Issued
};

QString fileStateCode(FileState state); ///< "received", "entered", "printed", "signed", "issued"
std::optional<FileState> parseFileStateCode(QStringView code);

/// The day by which the office must answer a file of the kind received at `receivedAt` (the
/// office's local time). Luật Hộ tịch 2014: birth (Điều 16), death (Điều 33), marriage (Điều 18)
/// and extract copies the same working day; guardianship (Điều 20), recognition (Điều 25),
/// correction and ethnicity (Điều 28), marital-status certificates (NĐ 123/2015 Điều 22) and
/// recordings three working days. A file received after 15:00 that cannot be answered at once is
/// due the next working day. Working days are Monday to Friday; public holidays are not known yet
/// (unconfirmed: to become a setting with the office's calendar).
QDate legalDueDate(EventKind kind, const QDateTime &receivedAt);

/// The file steps for the register check: each row (with its file's fields) against the content
/// hash its journal entry vouches for.
VouchedTable fileStepsVouchedTable();

/// One step of a file's history.
struct FileStep
{
    FileState state = FileState::Received;
    qint64 atMs = 0;
    QString byLogin;
    QString byName;
};

/// A file as it stands: its last step, the record it was entered as, and its history.
struct FileStatus
{
    QUuid id;
    EventKind kind = EventKind::Birth;
    QDate receivedOn;
    QDate dueOn;
    QString applicant; ///< who handed the file in (the declarant)
    FileState state = FileState::Received;
    QUuid record; ///< null until entered
    int year = 0;
    int number = 0;
    QString names; ///< the record's names, for lists
    QList<FileStep> steps;
};

/// Files and their steps. Every step is checked against the file's current state (one step at a
/// time, in the law's order) and the actor's role, and journaled in the same transaction: only a
/// signer account records a signature; the officer does every other step.
class Workflow
{
public:
    Workflow(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Receives a file for a registration of the kind; its due date is legalDueDate(kind, now).
    Result<QUuid> receive(EventKind kind, const QString &applicant, const Account &actor);
    /// Records that the file was entered in the register as `record` (which must be numbered).
    Result<void> enter(const QUuid &file, const QUuid &record, const Account &actor);
    /// A file received and entered at once, as a birth registered at the counter is: both steps
    /// in one transaction.
    Result<QUuid> receiveEntered(const QUuid &record, const QString &applicant, const Account &actor);
    Result<void> markPrinted(const QUuid &file, const Account &actor);
    /// The chair's or vice-chair's signature: refused to any account without the signer role.
    Result<void> sign(const QUuid &file, const Account &actor);
    Result<void> issue(const QUuid &file, const Account &actor);

    Result<FileStatus> status(const QUuid &file);
    /// The file a record was entered from, if any.
    Result<std::optional<FileStatus>> fileOfRecord(const QUuid &record);
    /// Files printed and waiting for the signer, the earliest due first.
    Result<QList<FileStatus>> waitingForSignature();
    /// Files not issued yet, the earliest due first.
    Result<QList<FileStatus>> inProgress();

private:
    /// The steps without their transaction (the caller's).
    Result<QUuid> insertFile(EventKind kind, const QString &applicant, const Account &actor);
    Result<void> insertStep(const QUuid &file, FileState to, const Account &actor, qint64 recordRowId);
    /// The numbered record a file is entered as, checked against the file's kind.
    Result<qint64> enteredRecord(const QUuid &record, std::optional<EventKind> kind);
    Result<void> step(const QUuid &file, FileState to, const Account &actor, qint64 recordRowId = 0);
    Result<QList<FileStatus>> filesInState(const QString &condition);
    Result<qint64> fileRowId(const QUuid &file);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hotich
