#include "SampleMessages.h"

using namespace Qt::StringLiterals;

namespace hotich::sync::test {

QUuid uuid(int n)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 16; ++i)
        bytes[i] = char((n * 37 + i * 11 + 1) & 0xFF);
    bytes[6] = char(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = char(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant
    return QUuid::fromRfc4122(bytes);
}

SyncEntry registerEntry(qint64 seq, const QString &office)
{
    SyncEntry e;
    e.seq = seq;
    e.office = office;
    e.operation = SyncEntry::Operation::Register;
    e.createdAtMs = 1'764'000'000'000 + seq * 61'000;
    e.actorLogin = u"hoa.nt"_s;
    e.actorName = u"Nguyễn Thị Hoa"_s;
    e.recordId = uuid(int(seq));
    e.kind = EventKind::Birth;
    e.year = 2026;
    e.number = int(seq);
    e.book = 1;
    e.registrationDate = QDate(2026, 11, 20);
    e.payload =
        R"({"kind":"birth","registrationDate":"2026-11-20","subject":{"familyName":"Nguyễn","givenName":"An"}})";
    return e;
}

SyncEntry amendEntry(qint64 seq, const QString &office)
{
    SyncEntry e;
    e.seq = seq;
    e.office = office;
    e.operation = SyncEntry::Operation::Amend;
    e.createdAtMs = 1'764'000'000'000 + seq * 61'000;
    e.actorLogin = u"minh.lv"_s;
    e.actorName = u"Lê Văn Minh"_s;
    e.recordId = uuid(int(seq) + 1000);
    e.amendmentId = uuid(int(seq) + 2000);
    e.amendmentType = u"correction"_s;
    e.byRecordId = uuid(int(seq) + 3000);
    e.payload = R"({"subject":{"givenName":"Ân"}})";
    return e;
}

SyncEntry bookCloseEntry(qint64 seq, const QString &office)
{
    SyncEntry e;
    e.seq = seq;
    e.office = office;
    e.operation = SyncEntry::Operation::BookClose;
    e.createdAtMs = 1'764'000'000'000 + seq * 61'000;
    e.actorLogin = u"hoa.nt"_s;
    e.actorName = u"Nguyễn Thị Hoa"_s;
    e.kind = EventKind::Death;
    e.year = 2026;
    e.book = 2;
    return e;
}

SyncRequest sampleSyncRequest()
{
    SyncRequest r;
    r.app = u"0.1.0"_s;
    r.schema = 6;
    r.office = u"00004"_s;
    r.registerId = uuid(1);
    r.epoch = uuid(2);
    r.push.from = 41;
    r.push.entries = {registerEntry(41), amendEntry(42), bookCloseEntry(43), registerEntry(44)};
    // Payload bytes travel as they are, canonical or not.
    r.push.entries[3].payload = "{ \"kind\": \"birth\" }";
    r.push.head = QByteArray(32, '\x11');
    r.pull.cursor = QByteArray::fromHex("00000000000003e8000000000000002a");
    r.pull.max = 5000;
    return r;
}

SyncResponse sampleSyncResponse()
{
    SyncResponse r;
    r.pushed.through = 44;
    r.pushed.rejected = {
        {42, u"record.numberTaken"_s, u"Số đăng ký 42 đã được dùng"_s, u"Number 42 is taken"_s}};
    r.pushed.quarantined = {{43}};
    r.pull.changes = {
        IdNumberResult{uuid(10), IdNumberResult::State::Assigned, u"001226001234"_s, {}, {}},
        IdNumberResult{uuid(11),
                       IdNumberResult::State::NeedsVerification,
                       {},
                       u"Cần xác minh cha mẹ"_s,
                       u"The parents need verifying"_s},
        OfficeFinding{uuid(12), u"birth.duplicate"_s, u"Trẻ đã được đăng ký khai sinh ở xã khác"_s,
                      u"The child's birth is registered by another office"_s, u"00007"_s, uuid(13)},
        OfficeFinding{uuid(14),
                      u"death.unknownPerson"_s,
                      u"Không tìm thấy người chết"_s,
                      u"The deceased is not found"_s,
                      {},
                      {}},
        ReferenceUpdate{u"admin-units"_s, u"2025-07-01"_s, QByteArray("code\tname\n00004\tPhường Ba Đình\n")},
        Revocation{uuid(15), uuid(16), u"123/QĐ-UBND"_s, QDate(2026, 12, 1), u"UBND Thành phố Hà Nội"_s,
                   u"Đăng ký trái pháp luật"_s, u"Registered unlawfully"_s, 1'765'000'000'000},
    };
    r.pull.cursor = QByteArray::fromHex("00000000000003f0");
    r.pull.more = true;
    CatchUp catchUp;
    catchUp.office = u"00004"_s;
    catchUp.from = 7;
    catchUp.entries = {registerEntry(7), amendEntry(8)};
    r.catchUp = catchUp;
    r.serverTimeMs = 1'765'000'000'123;
    return r;
}

EnrolRequest sampleEnrolRequest()
{
    return {kProtocolVersion, u"00004"_s, uuid(1), u"7K3QZ9MXW2HT"_s};
}

EnrolResponse sampleEnrolResponse()
{
    return {kProtocolVersion, u"c-00004-1"_s, QByteArray(32, '\xA5')};
}

ErrorResponse sampleErrorResponse()
{
    return {kProtocolVersion, u"push.gap"_s, u"Máy chủ chờ mục số 40"_s, u"The server expects entry 40"_s,
            40};
}

std::vector<Message> sampleMessages()
{
    return {sampleSyncRequest(), sampleSyncResponse(), sampleEnrolRequest(), sampleEnrolResponse(),
            sampleErrorResponse()};
}

} // namespace hotich::sync::test
