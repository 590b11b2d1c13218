#include "SyntheticEntries.h"

#include "SyntheticRecords.h"

#include "model/RecordValidator.h"
#include "store/RecordStore.h"
#include "sync/protocol/Frame.h"
#include "sync/protocol/Messages.h"
#include "util/Uuid.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hotich::bench {

namespace {

const QString kOffice = u"00004"_s;
const QStringList kHometowns = {u"Xã Yên Lạc, Tỉnh Phú Thọ"_s, u"Xã Đông Anh, Thành phố Hà Nội"_s,
                                u"Phường Hải Châu, Thành phố Đà Nẵng"_s, u"Xã Nam Trực, Tỉnh Ninh Bình"_s,
                                u"Xã Thái Thụy, Tỉnh Hưng Yên"_s};
struct Officer
{
    QString login;
    QString name;
};
const QList<Officer> kOfficers = {{u"hoa.nt"_s, u"Nguyễn Thị Hoa"_s}, {u"minh.lv"_s, u"Lê Văn Minh"_s}};

Result<QJsonObject> birthTemplate()
{
    QFile file(QStringLiteral(HOTICH_BIRTH_TEMPLATE));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound, u"bench.template"_s, u"Không mở được "_s + file.fileName(),
                           u"Cannot open "_s + file.fileName());
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A Hà Nội (001) personal ID number that agrees with sex and year of birth.
QString idNumber(QRandomGenerator &random, bool male, int year)
{
    const int centuryDigit = (year / 100 - 19) * 2 + (male ? 0 : 1);
    return u"001%1%2%3"_s.arg(centuryDigit)
        .arg(year % 100, 2, 10, QLatin1Char('0'))
        .arg(random.bounded(1000000), 6, 10, QLatin1Char('0'));
}

/// birth.json with the people and places of a synthetic birth.
QJsonObject variedBirth(const QJsonObject &tmpl, const QJsonObject &synthetic, QRandomGenerator &random)
{
    QJsonObject record = tmpl;
    record[u"registrationDate"_s] = synthetic[u"registrationDate"_s];
    const QJsonObject child = synthetic[u"subject"_s].toObject();
    QJsonObject subject = tmpl[u"subject"_s].toObject();
    for (const QString &key : {u"familyName"_s, u"middleName"_s, u"givenName"_s, u"sex"_s, u"birthDate"_s,
                               u"birthPlace"_s, u"ethnicity"_s})
        subject[key] = child[key];
    const bool male = child[u"sex"_s].toString() == u"male"_s;
    const int childYear = QDate::fromString(child[u"birthDate"_s].toString(), Qt::ISODate).year();
    subject[u"hometown"_s] = kHometowns[random.bounded(int(kHometowns.size()))];
    subject[u"idNumber"_s] = idNumber(random, male, childYear);
    record[u"subject"_s] = subject;
    QString fatherId;
    for (const QString &parent : {u"mother"_s, u"father"_s}) {
        QJsonObject p = tmpl[parent].toObject();
        const QJsonObject s = synthetic[parent].toObject();
        p[u"fullName"_s] = s[u"fullName"_s];
        p[u"residence"_s] = s[u"residence"_s];
        const int year = s[u"birthDate"_s].toString().toInt();
        // Half the parents give a full date of birth, as in the example.
        p[u"birthDate"_s] =
            random.bounded(2)
                ? QString::number(year)
                : QDate(year, 1 + int(random.bounded(12)), 1 + int(random.bounded(28))).toString(Qt::ISODate);
        p[u"idNumber"_s] = idNumber(random, parent == u"father"_s, year);
        if (parent == u"father"_s)
            fatherId = p[u"idNumber"_s].toString();
        record[parent] = p;
    }
    QJsonObject declarant = tmpl[u"declarant"_s].toObject();
    declarant[u"fullName"_s] = record[u"father"_s].toObject()[u"fullName"_s];
    declarant[u"idDocument"_s] = QString(u"Thẻ căn cước "_s + fatherId);
    record[u"declarant"_s] = declarant;
    return record;
}

} // namespace

Result<std::vector<SyncEntry>> syntheticBirthEntries(qsizetype count, quint32 seed, const QString &office)
{
    const auto tmpl = birthTemplate();
    if (!tmpl)
        return tmpl.error();
    // About ten registrations a day, seven of them births.
    SyntheticRecords synthetic(seed, QDate(2025, 7, 1), QDate(2025, 7, 1).addDays(count / 7 + 1),
                               count * 10 / 7 + 10);
    QRandomGenerator random(seed);
    std::vector<SyncEntry> entries;
    entries.reserve(size_t(count));
    QDate day;
    qint64 atMs = 0;
    qint64 rowId = 1000;
    QHash<int, int> numberInYear;
    while (qsizetype(entries.size()) < count) {
        for (const QJsonObject &r : synthetic.next(16)) {
            ++rowId; // deaths and marriages take row ids too
            if (r[u"kind"_s].toString() != u"birth"_s || qsizetype(entries.size()) == count)
                continue;
            const CanonicalRecord canonical = canonicalizeRecord(variedBirth(*tmpl, r, random));
            if (!canonical.ok())
                return Error::invalid(u"bench.record"_s, canonical.errors.value(0).field,
                                      canonical.errors.value(0).vi, canonical.errors.value(0).en);
            const QDate registration =
                QDate::fromString(canonical.json[u"registrationDate"_s].toString(), Qt::ISODate);
            if (registration != day) {
                day = registration;
                atMs = QDateTime(day, QTime(7, 30), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
            }
            atMs += qint64(3 + random.bounded(18)) * 60'000 + random.bounded(60'000);
            const Officer &officer = kOfficers[random.bounded(4) == 0 ? 1 : 0];
            SyncEntry e;
            e.seq = qint64(entries.size()) + 1;
            e.office = office;
            e.operation = SyncEntry::Operation::Register;
            e.createdAtMs = atMs;
            e.actorLogin = officer.login;
            e.actorName = officer.name;
            e.recordId = makeRecordUuid(QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()), rowId);
            e.kind = EventKind::Birth;
            e.year = registration.year();
            e.number = ++numberInYear[e.year];
            e.book = 1;
            e.registrationDate = registration;
            e.payload = RecordStore::serialize(canonical.json).toUtf8();
            entries.push_back(std::move(e));
        }
    }
    return entries;
}

Result<PushWireSize> measurePush(const std::vector<SyncEntry> &entries, int level)
{
    sync::SyncRequest request;
    request.app = u"0.1.0"_s;
    request.schema = 6;
    request.office = kOffice;
    request.registerId = QUuid::fromString(u"{0192f0c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f}"_s);
    request.epoch = QUuid::fromString(u"{0192f0c4-1a2b-7c3d-9e4f-5a6b7c8d9e10}"_s);
    request.push.from = entries.empty() ? 2001 : entries.front().seq; // no-op: after 2,000 entries
    request.push.entries = entries;
    request.push.head = QByteArray(32, '\x5a');
    request.pull.cursor = QByteArray(16, '\x01');
    request.pull.max = 5000;
    const auto map = sync::toCbor(request);
    if (!map)
        return map.error();
    const auto frame = sync::encodeFrame(*map, level);
    if (!frame)
        return frame.error();
    PushWireSize size;
    size.entries = qsizetype(entries.size());
    for (const SyncEntry &e : entries)
        size.payloadBytes += e.payload.size();
    size.cborBytes = QCborValue(*map).toCbor().size();
    size.frameBytes = frame->size();
    return size;
}

} // namespace hotich::bench
