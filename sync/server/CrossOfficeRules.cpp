#include "sync/server/CrossOfficeRules.h"

#include "model/Person.h"
#include "reference/AdministrativeUnits.h"
#include "sync/server/BulkInsert.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hotich::server {

QString officeName(const QString &office)
{
    const auto *unit = reference::AdministrativeUnits::instance().current().find(office);
    return unit ? u"%1 (%2)"_s.arg(unit->fullName, office) : office;
}

Result<QList<OfficeFinding>> CrossOfficeRules::check(const ServerRecord &record)
{
    if (record.status != RecordStatus::Active)
        return QList<OfficeFinding>();
    if (record.kind == EventKind::Birth)
        return duplicateBirths(record);
    if (record.kind == EventKind::Marriage)
        return marriedParties(record);
    return QList<OfficeFinding>();
}

namespace {

/// The columns of a birth a duplicate finding cites.
constexpr QStringView kDuplicateColumns = u"uuid, office, year, number, registration_date, dup_key";

ServerRecord duplicateFrom(const Rows &q)
{
    ServerRecord other;
    other.id = uuidFrom(q.value(0));
    other.office = q.value(1).toString();
    other.kind = EventKind::Birth;
    other.year = q.value(2).toInt();
    other.number = q.value(3).toInt();
    other.registrationDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    other.duplicateKey = q.value(5).toString();
    return other;
}

} // namespace

Result<void> CrossOfficeRules::lookUpDuplicates(const QString &office, const QList<QString> &keys)
{
    m_lookedUpFor = office;
    m_duplicates.clear();
    for (const QString &k : keys)
        m_duplicates.insert(k, {});
    return selectForKeys(m_db,
                         u"SELECT "_s + kDuplicateColumns +
                             u" FROM records WHERE dup_key IN (%1) AND kind = 'birth' AND status = 'active' "
                             u"AND office <> ?"_s,
                         m_duplicates.keys(), {office}, u"tra cứu khai sinh trùng"_s, [this](const Rows &q) {
                             const ServerRecord other = duplicateFrom(q);
                             m_duplicates[other.duplicateKey] << other;
                         });
}

Result<QList<OfficeFinding>> CrossOfficeRules::duplicateBirths(const ServerRecord &birth)
{
    QList<OfficeFinding> out;
    const QString key = !birth.duplicateKey.isEmpty() ? birth.duplicateKey : birthDuplicateKey(birth.content);
    if (key.isEmpty())
        return out;
    QList<ServerRecord> others;
    if (birth.office == m_lookedUpFor && m_duplicates.contains(key)) {
        others = m_duplicates.value(key);
    } else {
        auto q = m_db.run(u"SELECT "_s + kDuplicateColumns +
                              u" FROM records WHERE dup_key = ? AND kind = 'birth' AND status = 'active' AND "
                              u"office <> ?"_s,
                          {key, birth.office}, u"tra cứu khai sinh trùng"_s);
        if (!q)
            return q.error();
        while (q->next())
            others << duplicateFrom(*q);
    }
    QString child; // named in the findings only: most births have none
    for (const ServerRecord &other : std::as_const(others)) {
        if (child.isEmpty())
            child =
                birth.birth ? birth.birth->child.fullName : personAt(birth.content, u"subject"_s).fullName;
        // The same message to both offices, each naming the other's registration.
        auto finding = [&](const ServerRecord &mine, const ServerRecord &theirs) {
            CrossOfficeFinding f;
            f.record = mine.id;
            f.code = u"birth.possibleDuplicate"_s;
            f.field = u"subject"_s;
            f.vi = u"Có thể trùng: %1 đã có %2 cho người cùng họ tên (%3), ngày sinh và tên mẹ"_s.arg(
                officeName(theirs.office), theirs.event().citationVi(), child);
            f.en = u"Possible duplicate: %1 holds %2 for a person with the same name (%3), date of birth and "
                   u"mother"_s.arg(officeName(theirs.office), theirs.event().citationEn(), child);
            f.otherRecord = theirs.id;
            f.otherOffice = theirs.office;
            return OfficeFinding{mine.office, f};
        };
        out << finding(birth, other) << finding(other, birth);
    }
    return out;
}

Result<QList<ServerRecord>> CrossOfficeRules::recordsWith(const PartyKey &party, const QStringList &roles,
                                                          const ServerRecord &asOf)
{
    QString match;
    QVariantList values;
    if (!party.idNumber.isEmpty() && !party.nameKey.isEmpty()) {
        match = u"(p.id_number = ? OR (p.id_number IS NULL AND p.name_key = ?))"_s;
        values << party.idNumber << party.nameKey;
    } else if (!party.idNumber.isEmpty()) {
        match = u"p.id_number = ?"_s;
        values << party.idNumber;
    } else if (!party.nameKey.isEmpty()) {
        match = u"p.name_key = ?"_s;
        values << party.nameKey;
    } else {
        return QList<ServerRecord>();
    }
    QStringList quoted;
    for (const QString &role : roles)
        quoted << u'\'' + role + u'\''; // our own role names, never input
    auto q = m_db.run(u"SELECT DISTINCT r.uuid, r.office, r.seq, r.kind, r.year, r.number, r.book, "
                      u"r.registration_date, r.content FROM persons p JOIN records r ON r.uuid = p.record "
                      u"WHERE p.role IN ("_s +
                          quoted.join(u", "_s) +
                          u") AND r.status = 'active' AND NOT (r.office = ? AND r.seq > ?) AND "_s + match,
                      QVariantList{asOf.office, asOf.seq} + values, u"tra cứu nhân thân"_s);
    if (!q)
        return q.error();
    QList<ServerRecord> out;
    while (q->next()) {
        ServerRecord r;
        r.id = uuidFrom(q->value(0));
        r.office = q->value(1).toString();
        r.seq = q->value(2).toLongLong();
        r.kind = parseKindCode(q->value(3).toString()).value_or(EventKind::Marriage);
        r.year = q->value(4).toInt();
        r.number = q->value(5).toInt();
        r.book = q->value(6).toInt();
        r.registrationDate = QDate::fromString(q->value(7).toString(), Qt::ISODate);
        r.content = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        out << r;
    }
    return out;
}

Result<bool> CrossOfficeRules::spouseDied(const ServerRecord &marriage, const ServerRecord &asOf)
{
    for (const PartyKey &spouse : PartyKey::of(EventKind::Marriage, marriage.content)) {
        auto deaths = recordsWith(spouse, {u"deceased"_s}, asOf);
        if (!deaths)
            return deaths.error();
        if (!deaths->isEmpty())
            return true;
    }
    return false;
}

Result<QList<OfficeFinding>> CrossOfficeRules::marriedParties(const ServerRecord &marriage)
{
    QList<OfficeFinding> out;
    for (const PartyKey &party : PartyKey::of(EventKind::Marriage, marriage.content)) {
        auto marriages = recordsWith(party, {u"husband"_s, u"wife"_s}, marriage);
        if (!marriages)
            return marriages.error();
        const QString name = personAt(marriage.content, party.role).fullName;
        for (const ServerRecord &earlier : std::as_const(*marriages)) {
            if (earlier.id == marriage.id)
                continue;
            auto died = spouseDied(earlier, marriage);
            if (!died)
                return died.error();
            if (*died)
                continue; // a marriage ends with the death of either spouse
            CrossOfficeFinding f;
            f.record = marriage.id;
            f.code = u"marriage.alreadyMarried"_s;
            f.field = party.role;
            f.vi = u"%1 đang có vợ/chồng: %2 tại %3"_s.arg(name, earlier.event().citationVi(),
                                                           officeName(earlier.office));
            f.en = u"%1 is married: %2 at %3"_s.arg(name, earlier.event().citationEn(),
                                                    officeName(earlier.office));
            f.otherRecord = earlier.id;
            f.otherOffice = earlier.office;
            out << OfficeFinding{marriage.office, f};
            if (earlier.office != marriage.office) {
                CrossOfficeFinding theirs = f;
                theirs.record = earlier.id;
                theirs.field.clear();
                theirs.vi = u"%1, bên kết hôn của %2, vừa được đăng ký kết hôn lần nữa: %3 tại %4"_s.arg(
                    name, earlier.event().citationVi(), marriage.event().citationVi(),
                    officeName(marriage.office));
                theirs.en = u"%1, a party to %2, has just been registered as marrying again: %3 at %4"_s.arg(
                    name, earlier.event().citationEn(), marriage.event().citationEn(),
                    officeName(marriage.office));
                theirs.otherRecord = marriage.id;
                theirs.otherOffice = marriage.office;
                out << OfficeFinding{earlier.office, theirs};
            }
        }
    }
    return out;
}

} // namespace hotich::server
