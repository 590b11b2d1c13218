#include "ServerFixture.h"

#include "registry/RegisterMaintenance.h"
#include "sync/server/ServerDatabase.h"
#include "util/Uuid.h"

#include <QFile>

using namespace hotich;
using namespace hotich::server;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

qint64 entriesHeld(ServerFixture &server)
{
    return server.count(u"SELECT count(*) FROM entries"_s);
}

QList<SyncEntry> entriesOf(const QList<OutboxEntry> &outbox)
{
    QList<SyncEntry> out;
    for (const OutboxEntry &e : outbox)
        out << e.entry;
    return out;
}

/// A file copy of a register: the same register UUID and epoch, a history of its own from here.
struct CopiedRegister
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Registrar> registrar;
};

CopiedRegister copyOf(OfficeRegister &office, const QString &path)
{
    office.reg.close(); // checkpoints the WAL into the file
    REQUIRE(QFile::copy(office.reg.path(), path));
    office.reg.reopen();
    CopiedRegister copy;
    copy.db = must(Database::open(path, Database::OpenMode::Existing));
    copy.registrar = std::make_unique<Registrar>(*copy.db, office.reg.clock());
    return copy;
}

QJsonObject birthOf(const QString &givenName)
{
    return with(with(example(u"birth"_s), u"subject.givenName"_s, givenName), u"subject.idNumber"_s,
                QJsonValue());
}

} // namespace

TEST_CASE("A repeated batch is a no-op: the same answer, nothing held twice")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    office.addBirth(u"An"_s);
    office.addBirth(u"Bình"_s);
    office.addBirth(u"Cúc"_s);

    const PushResult first = office.push(server.store(), server.now);
    CHECK_FALSE(first.refused);
    CHECK(first.applied == 3);
    CHECK(first.through == 3);
    CHECK(first.rejected.isEmpty());
    CHECK(first.catchUp.isEmpty());
    const qint64 changes = server.count(u"SELECT count(*) FROM changes"_s);
    const qint64 issued = server.count(u"SELECT count(*) FROM issued_id_numbers"_s);

    const PushResult again = office.push(server.store(), server.now.addSecs(30));
    CHECK_FALSE(again.refused);
    CHECK(again.applied == 0);
    CHECK(again.through == 3);
    CHECK(entriesHeld(server) == 3);
    CHECK(server.count(u"SELECT count(*) FROM records"_s) == 3);
    CHECK(server.count(u"SELECT count(*) FROM changes"_s) == changes);
    CHECK(server.count(u"SELECT count(*) FROM issued_id_numbers"_s) == issued);

    // A part of it, and an empty push at the end: no-ops too.
    CHECK(office.push(server.store(), server.now, 2, 3).applied == 0);
    const PushResult empty = office.push(server.store(), server.now, 4);
    CHECK_FALSE(empty.refused);
    CHECK(empty.through == 3);
    CHECK(entriesHeld(server) == 3);

    // The server holds what the register wrote, hash for hash.
    const QList<SyncEntry> held = must(server.store().entriesOf(u"00004"_s, 1, 100));
    const QList<OutboxEntry> outbox = office.outbox();
    REQUIRE(held.size() == 3);
    QByteArray previous;
    for (qsizetype i = 0; i < held.size(); ++i) {
        previous = held[i].chainHash(previous, held[i].contentHash());
        CHECK(previous == outbox[i].hash);
        CHECK(held[i].recordId == outbox[i].entry.recordId);
    }
}

TEST_CASE("A batch after a gap is refused, naming the sequence expected, and nothing of it is applied")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    for (const QString &name : {u"An"_s, u"Bình"_s, u"Cúc"_s, u"Dũng"_s, u"Giang"_s})
        office.addBirth(name);

    const PushResult fromTwo = office.push(server.store(), server.now, 2, 3);
    REQUIRE(fromTwo.refused);
    CHECK(fromTwo.refused->code == u"push.gap"_s);
    CHECK(fromTwo.expected() == 1);
    CHECK(fromTwo.refused->vi.contains(u"1"_s));
    CHECK(entriesHeld(server) == 0);

    REQUIRE_FALSE(office.push(server.store(), server.now, 1, 2).refused);
    const PushResult gap = office.push(server.store(), server.now, 4, 5);
    REQUIRE(gap.refused);
    CHECK(gap.refused->code == u"push.gap"_s);
    CHECK(gap.expected() == 3);
    CHECK(gap.refused->en.contains(u"expects entry 3"_s));
    CHECK(gap.applied == 0);
    CHECK(entriesHeld(server) == 2);
    CHECK(server.count(u"SELECT count(*) FROM records"_s) == 2);
    CHECK(server.count(u"SELECT head_seq FROM offices WHERE code = '00004'"_s) == 2);

    // Sent again from where the server said: everything arrives.
    CHECK(office.push(server.store(), server.now, 3).through == 5);
}

TEST_CASE("A chain that does not match the client's head is refused and nothing applied")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    office.addBirth(u"An"_s);
    office.addBirth(u"Bình"_s);
    const RegisterIdentity id = office.identity();
    QList<SyncEntry> entries = entriesOf(office.outbox());
    const QByteArray head = office.outbox().constLast().hash;
    entries[1].payload.replace("\"Bình\"", "\"Bính\""); // changed on the way: its hash no longer chains
    const PushResult refused =
        must(server.store().applyPush(u"00004"_s, id.uuid, id.epoch, 1, entries, head, server.now));
    REQUIRE(refused.refused);
    CHECK(refused.refused->code == u"push.headMismatch"_s);
    CHECK(entriesHeld(server) == 0);
}

TEST_CASE("A known sequence with another hash is a fork: quarantined with both versions, never merged")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    office.addBirth(u"An"_s);
    RegisterMaintenance maintenance(office.reg.db(), office.reg.clock());
    const QString backup = office.reg.dir().path(u"backup.db"_s);
    must(maintenance.backup(backup, office.reg.admin));
    const QUuid lost = office.addBirth(u"Bình"_s);
    REQUIRE(office.push(server.store(), server.now).through == 2);

    // Restored from the backup, and allowed to register before catching up: a history of its own.
    must(maintenance.restore(backup, office.reg.admin));
    must(RegisterIdentity::setCatchUp(office.reg.db(), true, true));
    const QUuid other = office.addBirth(u"Cường"_s);
    const PushResult forked = office.push(server.store(), server.now, 2);
    REQUIRE(forked.refused);
    CHECK(forked.refused->code == u"push.fork"_s);
    CHECK(forked.refused->vi.contains(u"rẽ nhánh"_s));
    CHECK(forked.quarantined == QList<qint64>{2});
    CHECK(forked.through == 2);
    CHECK(forked.applied == 0);

    // The server's history is unchanged; the pushed version is kept apart, with an alert.
    const QList<SyncEntry> held = must(server.store().entriesOf(u"00004"_s, 1, 10));
    REQUIRE(held.size() == 2);
    CHECK(held[1].recordId == lost);
    CHECK(server.count(u"SELECT count(*) FROM records"_s) == 2);
    const QList<ForkCase> cases = must(server.store().quarantine());
    REQUIRE(cases.size() == 1);
    const ForkCase &c = cases.first();
    CHECK(c.kind == u"fork"_s);
    CHECK(c.office == u"00004"_s);
    CHECK(c.provinceCode == u"01"_s);
    CHECK(c.seq == 2);
    CHECK(c.epoch == office.identity().epoch);
    REQUIRE(c.held.size() == 1);
    REQUIRE(c.pushed.size() == 1);
    CHECK(c.held[0].entry.recordId == lost);
    CHECK(c.pushed[0].entry.recordId == other);
    CHECK(c.held[0].entry.seq == c.pushed[0].entry.seq);

    // Sent again: the same answer, nothing more kept.
    const PushResult again = office.push(server.store(), server.now.addSecs(60), 2);
    REQUIRE(again.refused);
    CHECK(again.refused->code == u"push.fork"_s);
    CHECK(server.count(u"SELECT count(*) FROM alerts"_s) == 1);
    CHECK(server.count(u"SELECT count(*) FROM quarantine"_s) == 1);
    CHECK(must(server.store().stats()).value(u"offices"_s)[u"00004"_s][u"alerts"_s][u"fork"_s].toInt() == 1);
}

TEST_CASE("An entry of another office refuses the whole batch and changes nothing")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister mine(u"00004"_s);
    OfficeRegister theirs(u"00008"_s);
    mine.addBirth(u"An"_s);
    theirs.addBirth(u"Bình"_s);

    // The register of 00008 pushing under the credential of 00004.
    const RegisterIdentity id = theirs.identity();
    const PushResult refused =
        pushEntries(server.store(), u"00004"_s, id, 1, entriesOf(theirs.outbox()), {}, server.now);
    REQUIRE(refused.refused);
    CHECK(refused.refused->code == u"office.mismatch"_s);
    CHECK(refused.refused->en.contains(u"00008"_s));
    CHECK(refused.refused->en.contains(u"nothing was applied"_s));

    // One foreign entry among the office's own: still nothing.
    QList<SyncEntry> mixed = entriesOf(mine.outbox());
    SyncEntry foreign = theirs.outbox().first().entry;
    foreign.seq = 2;
    mixed << foreign;
    const PushResult mixedRefused =
        pushEntries(server.store(), u"00004"_s, mine.identity(), 1, mixed, {}, server.now);
    REQUIRE(mixedRefused.refused);
    CHECK(mixedRefused.refused->code == u"office.mismatch"_s);
    CHECK(entriesHeld(server) == 0);
    CHECK(server.count(u"SELECT count(*) FROM records"_s) == 0);
    CHECK(server.count(u"SELECT count(*) FROM changes"_s) == 0);
}

TEST_CASE("A permanent rejection advances the sequence and the entries behind it still apply")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister mine(u"00004"_s);
    OfficeRegister theirs(u"00008"_s);
    const QUuid theirRecord = theirs.addBirth(u"Yến"_s);
    REQUIRE_FALSE(theirs.push(server.store(), server.now).refused);

    const QUuid an = mine.addBirth(u"An"_s);
    mine.addBirth(u"Bình"_s);
    mine.addBirth(u"Cúc"_s);
    mine.addBirth(u"Dũng"_s);
    must(mine.reg.registrar().assignIdNumber(an, u"001226000123"_s, mine.reg.officer));
    QList<SyncEntry> entries = entriesOf(mine.outbox());
    REQUIRE(entries.size() == 5);
    // Entry 2 reuses the number of entry 1; entry 3 claims the record of office 00008; entry 5
    // amends that record.
    entries[1].number = entries[0].number;
    entries[2].recordId = theirRecord;
    entries[4].recordId = theirRecord;
    const PushResult pushed =
        pushEntries(server.store(), u"00004"_s, mine.identity(), 1, entries, {}, server.now);
    CHECK_FALSE(pushed.refused);
    CHECK(pushed.through == 5);
    CHECK(pushed.applied == 5);
    REQUIRE(pushed.rejected.size() == 3);
    CHECK(pushed.rejected[0].seq == 2);
    CHECK(pushed.rejected[0].code == u"record.numberUsed"_s);
    CHECK(pushed.rejected[0].vi.contains(u"đã được dùng"_s));
    CHECK(pushed.rejected[1].seq == 3);
    CHECK(pushed.rejected[1].code == u"record.otherOffice"_s);
    CHECK(pushed.rejected[1].en.contains(u"00008"_s));
    CHECK(pushed.rejected[2].seq == 5);
    CHECK(pushed.rejected[2].code == u"record.otherOffice"_s);
    CHECK(pushed.rejected[2].vi.contains(u"chỉ đơn vị đó được sửa"_s));

    // Entries 1 and 4 are records; the other office's record is untouched.
    CHECK(server.count(u"SELECT count(*) FROM records WHERE office = '00004'"_s) == 2);
    CHECK(server.count(u"SELECT count(*) FROM records WHERE office = '00008'"_s) == 1);
    CHECK(server.count(u"SELECT count(*) FROM records WHERE content LIKE '%001226000123%'"_s) == 0);
    CHECK(server.count(u"SELECT count(*) FROM entries WHERE office = '00004'"_s) == 5);
    // The register numbers are the register's: never rewritten.
    CHECK(server.count(u"SELECT count(*) FROM records WHERE office = '00004' AND number = 4"_s) == 1);

    // The same batch again: no-op with the same rejections.
    const PushResult again =
        pushEntries(server.store(), u"00004"_s, mine.identity(), 1, entries, {}, server.now);
    CHECK(again.applied == 0);
    REQUIRE(again.rejected.size() == 3);
    CHECK(again.rejected[0].code == u"record.numberUsed"_s);
    CHECK(again.rejected[1].code == u"record.otherOffice"_s);
    CHECK(again.rejected[2].seq == 5);
    CHECK(must(server.store().stats()).value(u"offices"_s)[u"00004"_s][u"rejected"_s].toInt() == 3);

    // A register that has none of it (a recovery pushes nothing from 1) gets the entries back with
    // their rejections, to keep beside its records as the office that pushed them does.
    const PushResult back = pushEntries(server.store(), u"00004"_s, mine.identity(), 1, {}, {}, server.now);
    CHECK_FALSE(back.refused);
    REQUIRE(back.catchUp.size() == 5);
    REQUIRE(back.rejected.size() == 3);
    CHECK(back.rejected[0].seq == 2);
    CHECK(back.rejected[1].seq == 3);
    CHECK(back.rejected[2].seq == 5);
}

TEST_CASE("A copy of a register writing as the same register and epoch is a clone, refused")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    office.addBirth(u"An"_s);
    REQUIRE(office.push(server.store(), server.now).through == 1);
    CopiedRegister copy = copyOf(office, office.reg.dir().path(u"copy.db"_s));
    CHECK(must(RegisterIdentity::read(*copy.db)).epoch == office.identity().epoch);

    office.addBirth(u"Bình"_s);
    REQUIRE(office.push(server.store(), server.now, 2).through == 2);
    // The copy registers another child as entry 2.
    REQUIRE(copy.registrar->registerRecord(birthOf(u"Khánh"_s), office.reg.officer));
    const QList<OutboxEntry> copied = must(Outbox(*copy.db).read(2, 10));
    REQUIRE(copied.size() == 1);
    const RegisterIdentity copyId = must(RegisterIdentity::read(*copy.db));
    const PushResult clone = must(server.store().applyPush(u"00004"_s, copyId.uuid, copyId.epoch, 2,
                                                           {copied[0].entry}, copied[0].hash, server.now));
    REQUIRE(clone.refused);
    CHECK(clone.refused->code == u"register.clone"_s);
    CHECK(clone.refused->vi.startsWith(u"Sổ này là bản sao của một sổ khác đang dùng"_s));
    CHECK(clone.quarantined.isEmpty());
    CHECK(entriesHeld(server) == 2);
    CHECK(server.count(u"SELECT count(*) FROM quarantine"_s) == 0);
    const QList<ForkCase> cases = must(server.store().quarantine());
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].kind == u"clone"_s);
    CHECK(cases[0].seq == 2);
}

TEST_CASE("A restored register is an honest rewind: it gets the entries it lacks as they are")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister office;
    office.addBirth(u"An"_s);
    RegisterMaintenance maintenance(office.reg.db(), office.reg.clock());
    const QString backup = office.reg.dir().path(u"backup.db"_s);
    must(maintenance.backup(backup, office.reg.admin));
    office.addBirth(u"Bình"_s);
    office.addBirth(u"Cúc"_s);
    const QList<OutboxEntry> before = office.outbox();
    REQUIRE(office.push(server.store(), server.now).through == 3);
    const QUuid oldEpoch = office.identity().epoch;

    must(maintenance.restore(backup, office.reg.admin));
    REQUIRE(office.identity().epoch != oldEpoch);
    REQUIRE(office.outbox().size() == 1);
    // Nothing to push: an empty batch from 2, with the register's head after entry 1.
    const PushResult restored = office.push(server.store(), server.now, 2);
    CHECK_FALSE(restored.refused);
    CHECK(restored.applied == 0);
    CHECK(restored.through == 3);
    CHECK_FALSE(restored.catchUpMore);
    REQUIRE(restored.catchUp.size() == 2);
    QByteArray previous = before[0].hash;
    for (qsizetype i = 0; i < restored.catchUp.size(); ++i) {
        const SyncEntry &e = restored.catchUp[i];
        CHECK(e.seq == i + 2);
        CHECK(e.recordId == before[i + 1].entry.recordId);
        CHECK(e.number == before[i + 1].entry.number);
        previous = e.chainHash(previous, e.contentHash());
        CHECK(previous == before[i + 1].hash); // the same hashes: the register applies them as they are
    }
    // Entry 1 sent again by the restored file is held already: the same catch-up.
    CHECK(office.push(server.store(), server.now, 1).catchUp.size() == 2);
    CHECK(must(server.store().quarantine()).isEmpty());
}

TEST_CASE("Stats count per office and kind, and entriesOf gives an office's history back for a recovery")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    const EnrolCode code = must(server.store().createEnrolCode(u"00008"_s, server.now));
    OfficeRegister mine(u"00004"_s);
    OfficeRegister theirs(u"00008"_s);
    must(server.store().enrol(u"00008"_s, theirs.identity().uuid, code.code, server.now));
    const QUuid an = mine.addBirth(u"An"_s);
    mine.addBirth(u"Bình"_s, u"2026-11-05"_s);
    mine.reg.mustAdd(example(u"marriage"_s));
    must(mine.reg.registrar().assignIdNumber(an, u"001226000123"_s, mine.reg.officer));
    theirs.reg.mustAdd(example(u"death"_s));
    REQUIRE(mine.push(server.store(), server.now).applied == 4);
    REQUIRE(theirs.push(server.store(), server.now).applied == 1);

    const QJsonObject stats = must(server.store().stats());
    CHECK(stats.value(u"schema"_s).toInt() == ServerDatabase::latestSchemaVersion());
    const QJsonObject ba = stats.value(u"offices"_s)[u"00004"_s].toObject();
    CHECK(ba.value(u"province"_s).toString() == u"01"_s);
    CHECK(ba.value(u"head"_s).toInt() == 4);
    CHECK(ba.value(u"entries"_s).toObject() == QJsonObject{{u"register"_s, 3}, {u"amend"_s, 1}});
    CHECK(ba.value(u"records"_s).toObject() == QJsonObject{{u"birth"_s, 2}, {u"marriage"_s, 1}});
    CHECK(ba.value(u"idNumbers"_s).toObject() == QJsonObject{{u"assigned"_s, 2}});
    CHECK(ba.value(u"changes"_s).toObject() == QJsonObject{{u"idNumberResult"_s, 2}});
    CHECK_FALSE(ba.contains(u"credentials"_s));
    const QJsonObject ngoc = stats.value(u"offices"_s)[u"00008"_s].toObject();
    CHECK(ngoc.value(u"records"_s).toObject() == QJsonObject{{u"death"_s, 1}});
    CHECK(ngoc.value(u"credentials"_s).toInt() == 1);

    // The history, page by page, as the register wrote it.
    const QList<OutboxEntry> outbox = mine.outbox();
    QList<SyncEntry> rebuilt = must(server.store().entriesOf(u"00004"_s, 1, 3));
    rebuilt << must(server.store().entriesOf(u"00004"_s, 4, 3));
    REQUIRE(rebuilt.size() == outbox.size());
    QByteArray previous;
    for (qsizetype i = 0; i < rebuilt.size(); ++i) {
        CHECK(rebuilt[i].contentHash() == outbox[i].contentHash);
        previous = rebuilt[i].chainHash(previous, rebuilt[i].contentHash());
        CHECK(previous == outbox[i].hash);
    }
    CHECK(must(server.store().entriesOf(u"00004"_s, 5, 3)).isEmpty());
}

TEST_CASE("An amendment sent twice in one batch applies once, at its first entry")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    must(server.store().createEnrolCode(u"00004"_s, server.now));
    OfficeRegister mine(u"00004"_s);
    const QUuid an = mine.addBirth(u"An"_s);
    must(mine.reg.registrar().assignIdNumber(an, u"001226000123"_s, mine.reg.officer));
    QList<SyncEntry> entries = entriesOf(mine.outbox());
    REQUIRE(entries.size() == 2);
    REQUIRE(entries[1].operation == SyncEntry::Operation::Amend);
    // The batch's entries are held before any is applied: the copy behind must not make the first
    // one look made already.
    SyncEntry copy = entries[1];
    copy.seq = 3;
    entries << copy;
    const PushResult pushed =
        pushEntries(server.store(), u"00004"_s, mine.identity(), 1, entries, {}, server.now);
    CHECK_FALSE(pushed.refused);
    CHECK(pushed.applied == 3);
    REQUIRE(pushed.rejected.size() == 1);
    CHECK(pushed.rejected[0].seq == 3);
    CHECK(pushed.rejected[0].code == u"amendment.duplicate"_s);
    CHECK(server.count(u"SELECT count(*) FROM records WHERE content LIKE '%001226000123%'"_s) == 1);
}
