// The workflow of a file (received → entered → printed → signed → issued) in the core: each step a
// fact appended, in the law's order, journaled; the signature refused to any account but a signer's.
#include <catch2/catch.hpp>

#include "registry/RegisterCheck.h"
#include "registry/Workflow.h"
#include "store/IntegrityCheck.h"
#include "support/TestRegister.h"

#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

struct WorkflowFixture
{
    TestRegister reg;
    Account signer;
    Workflow workflow{reg.db(), reg.clock()};

    WorkflowFixture()
    {
        Transaction tx(reg.db());
        REQUIRE(tx.begin().ok());
        auto added = Accounts(reg.db(), reg.clock())
                         .add({u"chutich"_s, u"Phạm Văn Chủ"_s, Role::Signer, {}, {}, "signer-password"},
                              reg.admin.login);
        REQUIRE(added.ok());
        REQUIRE(tx.commit().ok());
        signer = added.value();
    }

    /// A birth received, registered and entered: the file's id.
    QUuid enteredBirth()
    {
        const QUuid file = workflow.receive(EventKind::Birth, u"Nguyễn Văn Cường"_s, reg.officer).value();
        const QUuid record = reg.mustAdd(example(u"birth"_s));
        REQUIRE(workflow.enter(file, record, reg.officer).ok());
        return file;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(reg.db().connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

QList<FileState> states(const FileStatus &f)
{
    QList<FileState> out;
    for (const FileStep &s : f.steps)
        out << s.state;
    return out;
}

} // namespace

TEST_CASE("workflow: a file is received, entered, printed, signed and issued, each step a fact appended")
{
    WorkflowFixture f;
    const QUuid file = f.workflow.receive(EventKind::Birth, u"Nguyễn Văn Cường"_s, f.reg.officer).value();
    auto received = f.workflow.status(file);
    REQUIRE(received.ok());
    CHECK(received->state == FileState::Received);
    CHECK(received->receivedOn == QDate(2026, 11, 26));
    CHECK(received->dueOn == legalDueDate(EventKind::Birth, f.reg.clock().now()));
    CHECK(received->applicant == u"Nguyễn Văn Cường"_s);
    CHECK(received->record.isNull());

    const QUuid record = f.reg.mustAdd(example(u"birth"_s));
    REQUIRE(f.workflow.enter(file, record, f.reg.officer).ok());
    REQUIRE(f.workflow.markPrinted(file, f.reg.officer).ok());
    REQUIRE(f.workflow.sign(file, f.signer).ok());
    REQUIRE(f.workflow.issue(file, f.reg.officer).ok());

    auto issued = f.workflow.status(file);
    REQUIRE(issued.ok());
    CHECK(issued->state == FileState::Issued);
    CHECK(states(*issued) == QList<FileState>{FileState::Received, FileState::Entered, FileState::Printed,
                                              FileState::Signed, FileState::Issued});
    CHECK(issued->steps[3].byLogin == u"chutich"_s);
    CHECK(issued->record == record);
    CHECK(issued->number == 1);
    CHECK(issued->names == u"Nguyễn Văn An"_s);
    auto ofRecord = f.workflow.fileOfRecord(record);
    REQUIRE(ofRecord.ok());
    REQUIRE(ofRecord->has_value());
    CHECK((*ofRecord)->id == file);

    // Facts: five rows, none changed or removed; each step journaled; the register verifies.
    CHECK(f.count(u"SELECT count(*) FROM file_steps"_s) == 5);
    QSqlQuery change(f.reg.db().connection());
    CHECK_FALSE(change.exec(u"UPDATE file_steps SET state = 'received' WHERE state = 'signed'"_s));
    CHECK_FALSE(change.exec(u"DELETE FROM file_steps"_s));
    CHECK_FALSE(change.exec(u"UPDATE files SET due_on = '2030-01-01'"_s));
    CHECK(f.count(u"SELECT count(*) FROM journal WHERE action LIKE 'file.%'"_s) == 5);
    CHECK(f.count(u"SELECT count(*) FROM journal WHERE action = 'file.signed' AND actor = 'chutich'"_s) == 1);
    auto report = verifyRegister(f.reg.db());
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("workflow: only a signer account records a signature, an officer is refused by the core")
{
    WorkflowFixture f;
    const QUuid file = f.enteredBirth();
    REQUIRE(f.workflow.markPrinted(file, f.reg.officer).ok());
    const qint64 stepsBefore = f.count(u"SELECT count(*) FROM file_steps"_s);

    for (const Account &notSigner : {f.reg.officer, f.reg.admin}) {
        auto refused = f.workflow.sign(file, notSigner);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::PermissionDenied);
        CHECK(refused.error().code == u"role.required"_s);
    }
    CHECK(f.workflow.sign(file, f.reg.officer).error().vi ==
          u"Tài khoản canbo (công chức tư pháp – hộ tịch) không có quyền này: cần vai trò người ký "
          u"(Chủ tịch/Phó Chủ tịch UBND)"_s);
    // Nothing was written: the file still waits for the signer.
    CHECK(f.count(u"SELECT count(*) FROM file_steps"_s) == stepsBefore);
    CHECK(f.workflow.status(file)->state == FileState::Printed);
    CHECK(f.workflow.waitingForSignature()->size() == 1);

    REQUIRE(f.workflow.sign(file, f.signer).ok());
    CHECK(f.workflow.status(file)->state == FileState::Signed);
    CHECK(f.workflow.waitingForSignature()->isEmpty());
    // And the signer does not do the officer's steps.
    CHECK(f.workflow.issue(file, f.signer).error().code == u"role.required"_s);
}

TEST_CASE("workflow: steps go one at a time in the law's order")
{
    WorkflowFixture f;
    const QUuid file = f.workflow.receive(EventKind::Birth, u"Nguyễn Văn Cường"_s, f.reg.officer).value();
    CHECK(f.workflow.markPrinted(file, f.reg.officer).error().code == u"file.order"_s);
    CHECK(f.workflow.sign(file, f.signer).error().code == u"file.order"_s);
    CHECK(f.workflow.sign(file, f.signer).error().vi ==
          u"Hồ sơ đang ở bước \"đã tiếp nhận\": không thể chuyển sang \"đã ký\""_s);

    // Entered only as a numbered registration of the same kind.
    const QUuid death = f.reg.mustAdd(example(u"death"_s));
    CHECK(f.workflow.enter(file, death, f.reg.officer).error().code == u"file.kind"_s);
    CHECK(f.workflow.enter(file, QUuid::createUuid(), f.reg.officer).error().code == u"file.record"_s);
    const QUuid birth = f.reg.mustAdd(example(u"birth"_s));
    REQUIRE(f.workflow.enter(file, birth, f.reg.officer).ok());
    CHECK(f.workflow.enter(file, birth, f.reg.officer).error().code == u"file.order"_s);
    CHECK(f.workflow.status(QUuid::createUuid()).error().kind == ErrorKind::NotFound);
    CHECK(f.workflow.receive(EventKind::Birth, u"  "_s, f.reg.officer).error().code == u"file.applicant"_s);
}

TEST_CASE("workflow: a birth registered at the counter is received and entered in one step")
{
    WorkflowFixture f;
    const QUuid record = f.reg.mustAdd(example(u"birth"_s));
    auto file = f.workflow.receiveEntered(record, u"Nguyễn Văn Cường"_s, f.reg.officer);
    REQUIRE(file.ok());
    CHECK(states(*f.workflow.status(*file)) == QList<FileState>{FileState::Received, FileState::Entered});
    CHECK(f.workflow.inProgress()->size() == 1);
    CHECK(f.workflow.receiveEntered(record, u"Nguyễn Văn Cường"_s, f.signer).error().code ==
          u"role.required"_s);
}

TEST_CASE("workflow: the signer's queue lists printed files, the earliest due first")
{
    WorkflowFixture f;
    const QUuid later = f.workflow.receive(EventKind::Correction, u"Trần Thị Bình"_s, f.reg.officer).value();
    const QUuid first = f.enteredBirth();
    REQUIRE(f.workflow.markPrinted(first, f.reg.officer).ok());
    CHECK(f.workflow.waitingForSignature()->size() == 1);
    const auto inProgress = f.workflow.inProgress();
    REQUIRE(inProgress->size() == 2);
    CHECK(inProgress->at(0).id == first); // due today, the correction in three working days
    CHECK(inProgress->at(1).id == later);
    CHECK(inProgress->at(1).dueOn == QDate(2026, 12, 1));
}

TEST_CASE("legal due dates: the same working day or three, after 15:00 from the next working day")
{
    const auto at = [](int y, int m, int d, int h) {
        return QDateTime(QDate(y, m, d), QTime(h, 0));
    };
    // Thursday 26/11/2026
    CHECK(legalDueDate(EventKind::Birth, at(2026, 11, 26, 9)) == QDate(2026, 11, 26));
    CHECK(legalDueDate(EventKind::Death, at(2026, 11, 26, 14)) == QDate(2026, 11, 26));
    CHECK(legalDueDate(EventKind::Birth, at(2026, 11, 26, 16)) == QDate(2026, 11, 27));
    // Friday after 15:00 and Saturday: Monday
    CHECK(legalDueDate(EventKind::Marriage, at(2026, 11, 27, 15)) == QDate(2026, 11, 30));
    CHECK(legalDueDate(EventKind::Birth, at(2026, 11, 28, 9)) == QDate(2026, 11, 30));
    // Three working days: Friday, Monday, Tuesday
    CHECK(legalDueDate(EventKind::Correction, at(2026, 11, 26, 9)) == QDate(2026, 12, 1));
    CHECK(legalDueDate(EventKind::MaritalStatusCertificate, at(2026, 11, 26, 16)) == QDate(2026, 12, 2));
}
