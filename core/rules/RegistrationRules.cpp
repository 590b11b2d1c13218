#include "RegistrationRules.h"

#include "model/Person.h"
#include "reference/PersonalIdNumber.h"
#include "text/Fold.h"

using namespace Qt::StringLiterals;

namespace hotich {

QString RegisteredEvent::citationVi() const
{
    const QString date = registrationDate.toString(u"dd/MM/yyyy"_s);
    if (number == 0)
        return u"%1 (số hóa), ngày %2"_s.arg(kindNameVi(kind), date);
    return u"%1 số %2/%3, ngày %4"_s.arg(kindNameVi(kind)).arg(number).arg(year).arg(date);
}

QString RegisteredEvent::citationEn() const
{
    const QString date = registrationDate.toString(Qt::ISODate);
    if (number == 0)
        return u"%1 (digitised), %2"_s.arg(kindNameEn(kind), date);
    return u"%1 no. %2/%3 of %4"_s.arg(kindNameEn(kind)).arg(number).arg(year).arg(date);
}

RecordFacts RecordFacts::of(EventKind kind, const QJsonObject &record)
{
    RecordFacts facts;
    facts.persons = personsOf(kind, record);
    for (const PersonView &p : facts.persons) {
        if (isPrincipalRole(kind, p.role))
            facts.principal << p;
    }
    if (kind == EventKind::Birth)
        facts.duplicateKey = birthDuplicateKey(facts.person(u"subject"_s), facts.person(u"mother"_s));
    facts.registrationDate = QDate::fromString(record.value(u"registrationDate"_s).toString(), Qt::ISODate);
    facts.historical = record.value(u"historical"_s).isObject();
    facts.reRegistration = record.value(u"reRegistration"_s).toBool();
    return facts;
}

PersonView RecordFacts::person(const QString &role) const
{
    for (const PersonView &p : persons) {
        if (p.role == role)
            return p;
    }
    PersonView none;
    none.role = role;
    return none;
}

namespace {

constexpr int kLateBirthDays = 60; // Luật Hộ tịch Điều 15
constexpr int kLateDeathDays = 15; // Luật Hộ tịch Điều 33
constexpr int kMaximumAge = 150;
constexpr int kMinimumParentAge = 10;
constexpr int kMinimumGuardianAge = 18;

QString dmy(QDate d)
{
    return d.toString(u"dd/MM/yyyy"_s);
}

class RuleChecker
{
public:
    RuleChecker(EventKind kind, const QJsonObject &record, const RecordFacts &facts,
                const RuleContext &context)
        : m_kind(kind), m_record(record), m_facts(facts), m_context(context)
    {}

    /// The checks that need nothing but the record (and the officer and the date).
    Findings recordChecks()
    {
        if (!m_facts.registrationDate.isValid())
            return m_findings; // the schema reported it
        checkRegistrationDate();
        checkOfficerIsNotAParty();
        for (const PersonView &p : m_facts.persons)
            checkPerson(p);
        switch (m_kind) {
        case EventKind::Birth:
            checkBirth();
            break;
        case EventKind::Death:
            checkDeath();
            break;
        case EventKind::Marriage:
            checkMarriage();
            break;
        case EventKind::ParentChildRecognition:
            checkRecognition();
            break;
        case EventKind::Guardianship:
            checkGuardian(u"guardian"_s);
            break;
        case EventKind::GuardianshipChange:
            checkGuardian(u"newGuardian"_s);
            break;
        case EventKind::MaritalStatusCertificate:
            checkMaritalStatusCertificate();
            break;
        case EventKind::Recording:
            checkNotAfterRegistration(u"decision.date"_s);
            break;
        case EventKind::GuardianshipEnd:
            checkNotAfterRegistration(u"endDate"_s);
            break;
        default:
            break;
        }
        return m_findings;
    }

    /// The checks that look the register up: duplicates, deaths, marriages in force.
    Findings registerChecks()
    {
        if (!m_facts.registrationDate.isValid() || !m_context.lookup)
            return m_findings;
        switch (m_kind) {
        case EventKind::Birth:
            checkPossibleDuplicate(m_facts.duplicateKey);
            break;
        case EventKind::Death:
            checkDeathNotRegistered(m_facts.person(u"subject"_s));
            break;
        case EventKind::Marriage:
            for (const QString &role : {u"husband"_s, u"wife"_s}) {
                const PersonView spouse = m_facts.person(role);
                checkNotDeceased(spouse);
                if (!m_facts.historical)
                    checkNotMarried(spouse);
            }
            break;
        case EventKind::Guardianship:
            checkNotDeceased(m_facts.person(u"guardian"_s));
            break;
        case EventKind::GuardianshipChange:
            checkNotDeceased(m_facts.person(u"newGuardian"_s));
            break;
        case EventKind::MaritalStatusCertificate: {
            const PersonView subject = m_facts.person(u"subject"_s);
            checkNotDeceased(subject);
            if (m_record.value(u"status"_s).toString() != u"married"_s) {
                for (const RegisteredEvent &m : m_context.lookup->activeMarriagesOf(personKeys(subject))) {
                    error(u"maritalStatus.conflict"_s, u"status"_s,
                          u"Sổ hộ tịch ghi %1 đang có vợ/chồng: %2"_s.arg(subject.fullName, m.citationVi()),
                          u"The register shows %1 as married: %2"_s.arg(subject.fullName, m.citationEn()));
                }
            }
            break;
        }
        default:
            break;
        }
        return m_findings;
    }

private:
    bool relaxedForOldRecords() const { return m_facts.historical || m_facts.reRegistration; }

    void error(const QString &code, const QString &field, const QString &vi, const QString &en)
    {
        m_findings.append({Finding::Severity::Error, code, field, vi, en});
    }
    void warning(const QString &code, const QString &field, const QString &vi, const QString &en)
    {
        m_findings.append({Finding::Severity::Warning, code, field, vi, en});
    }

    QString valueAt(const QString &path) const
    {
        QJsonValue v = m_record;
        for (QStringView part : QStringView(path).split(u'.'))
            v = v.toObject().value(part.toString());
        return v.toString();
    }

    void checkRegistrationDate()
    {
        if (m_context.today.isValid() && m_facts.registrationDate > m_context.today) {
            error(u"registration.future"_s, u"registrationDate"_s,
                  u"Ngày đăng ký %1 ở sau ngày hôm nay (%2)"_s.arg(dmy(m_facts.registrationDate),
                                                                   dmy(m_context.today)),
                  u"The registration date %1 is after today (%2)"_s.arg(
                      m_facts.registrationDate.toString(Qt::ISODate), m_context.today.toString(Qt::ISODate)));
        }
    }

    void checkNotAfterRegistration(const QString &path)
    {
        const QDate d = QDate::fromString(valueAt(path), Qt::ISODate);
        if (d.isValid() && d > m_facts.registrationDate) {
            error(u"date.afterRegistration"_s, path,
                  u"Ngày %1 (%2) ở sau ngày đăng ký %3"_s.arg(dmy(d), path, dmy(m_facts.registrationDate)),
                  u"The date %1 (%2) is after the registration date %3"_s.arg(
                      d.toString(Qt::ISODate), path, m_facts.registrationDate.toString(Qt::ISODate)));
        }
    }

    /// Luật Hộ tịch Điều 12.1.h: an officer may not register their own or a relative's event. The
    /// officer counts as related when they are named in the record at all (as a parent, spouse,
    /// declarant…); matching uses the ID number or the name with the full date of birth.
    void checkOfficerIsNotAParty()
    {
        PersonView officer;
        officer.fullName = m_context.officer.fullName;
        officer.idNumber = m_context.officer.idNumber;
        officer.birthDate = m_context.officer.birthDate;
        const QStringList officerKeys = personKeys(officer);
        if (officerKeys.isEmpty())
            return;
        for (const PersonView &p : m_facts.persons) {
            const QStringList keys = personKeys(p);
            if (std::any_of(keys.begin(), keys.end(),
                            [&](const QString &k) { return officerKeys.contains(k); })) {
                error(
                    u"officer.ownEvent"_s, p.role,
                    u"Công chức %1 có tên trong hồ sơ (%2): không được tự đăng ký việc hộ tịch của mình hoặc "
                    u"của người thân (Luật Hộ tịch, Điều 12.1.h)"_s.arg(officer.fullName, p.role),
                    u"Officer %1 is named in the record (%2): an officer may not register their own or a "
                    u"relative's event (Civil Status Law, art. 12.1.h)"_s.arg(officer.fullName, p.role));
                return;
            }
        }
    }

    void checkPerson(const PersonView &p)
    {
        const QString birthField = p.role + u".birthDate"_s;
        if (!p.birthDate.isNull()) {
            if (p.birthDate.earliest() > m_facts.registrationDate) {
                error(u"birth.future"_s, birthField,
                      u"Ngày sinh của %1 (%2) ở sau ngày đăng ký %3"_s.arg(
                          p.fullName, p.birthDate.toDisplay(), dmy(m_facts.registrationDate)),
                      u"The date of birth of %1 (%2) is after the registration date %3"_s.arg(
                          p.fullName, p.birthDate.toIso(), m_facts.registrationDate.toString(Qt::ISODate)));
            } else if (fullYearsOn(p.birthDate, m_facts.registrationDate) > kMaximumAge) {
                error(u"age.impossible"_s, birthField,
                      u"Ngày sinh của %1 (%2) cho tuổi trên %3: không thể có"_s
                          .arg(p.fullName, p.birthDate.toDisplay())
                          .arg(kMaximumAge),
                      u"The date of birth of %1 (%2) gives an age over %3: impossible"_s
                          .arg(p.fullName, p.birthDate.toIso())
                          .arg(kMaximumAge));
            }
        }
        if (!p.idNumber.isEmpty()) {
            const std::optional<int> year =
                p.birthDate.isNull() ? std::nullopt : std::optional<int>(p.birthDate.year());
            const auto check = reference::checkPersonalId(p.idNumber, p.sex, year, p.role + u".idNumber"_s);
            if (!check)
                m_findings.append(Finding::fromError(check.error()));
        }
    }

    void checkBirth()
    {
        const PersonView child = m_facts.person(u"subject"_s);
        if (!child.birthDate.isFull() && !relaxedForOldRecords()) {
            error(
                u"birth.dateNotFull"_s, u"subject.birthDate"_s,
                u"Khai sinh cần ngày, tháng, năm sinh đầy đủ (chỉ đăng ký lại hoặc số hóa mới được thiếu)"_s,
                u"A birth registration needs the full date of birth (only re-registrations and digitised "
                u"records may lack it)"_s);
        }
        const QJsonObject subject = m_record.value(u"subject"_s).toObject();
        if (subject.value(u"nationality"_s).toString() == u"VN"_s && !subject.contains(u"ethnicity"_s)) {
            error(u"field.missing"_s, u"subject.ethnicity"_s,
                  u"Thiếu dân tộc của người được khai sinh (subject.ethnicity)"_s,
                  u"Missing the child's ethnicity (subject.ethnicity)"_s);
        }
        if (!child.birthDate.isNull() && !relaxedForOldRecords()) {
            const qint64 days = child.birthDate.latest().daysTo(m_facts.registrationDate);
            if (days > kLateBirthDays) {
                warning(
                    u"birth.late"_s, u"registrationDate"_s,
                    u"Đăng ký khai sinh quá hạn: %1 ngày sau ngày sinh (hạn %2 ngày)"_s.arg(days).arg(
                        kLateBirthDays),
                    u"Late birth registration: %1 days after the birth (the deadline is %2 days)"_s.arg(days)
                        .arg(kLateBirthDays));
            }
        }
        for (const QString &role : {u"mother"_s, u"father"_s})
            checkParentOlderThanChild(m_facts.person(role), child, role == u"mother"_s);
    }

    void checkPossibleDuplicate(const QString &duplicateKey)
    {
        for (const RegisteredEvent &e : m_context.lookup->birthsWithDuplicateKey(duplicateKey)) {
            if (e.id == m_context.exclude)
                continue;
            warning(
                u"birth.possibleDuplicate"_s, u"subject"_s,
                u"Có thể trùng: đã có %1 cùng họ tên, ngày sinh và tên mẹ"_s.arg(e.citationVi()),
                u"Possible duplicate: %1 has the same name, date of birth and mother"_s.arg(e.citationEn()));
        }
    }

    /// `mother`: the parent is the mother (a recognition's parent is named by the role recognised).
    void checkParentOlderThanChild(const PersonView &parent, const PersonView &child, bool mother)
    {
        if (parent.isEmpty() || parent.birthDate.isNull() || child.birthDate.isNull())
            return;
        if (parent.birthDate.earliest().addYears(kMinimumParentAge) > child.birthDate.latest()) {
            error(u"parent.age"_s, parent.role + u".birthDate"_s,
                  u"%1 (%2, sinh %3) không thể là cha/mẹ của người sinh %4: chênh lệch dưới %5 tuổi"_s
                      .arg(mother ? u"Người mẹ"_s : u"Người cha"_s, parent.fullName,
                           parent.birthDate.toDisplay(), child.birthDate.toDisplay())
                      .arg(kMinimumParentAge),
                  u"The %1 (%2, born %3) cannot be the parent of a person born %4: less than %5 years apart"_s
                      .arg(mother ? u"mother"_s : u"father"_s, parent.fullName, parent.birthDate.toIso(),
                           child.birthDate.toIso())
                      .arg(kMinimumParentAge));
        }
    }

    void checkDeath()
    {
        const PersonView deceased = m_facts.person(u"subject"_s);
        const QString when = valueAt(u"death.dateTime"_s);
        auto parsed = PartialDate::parse(
            QStringView(when).left(when.indexOf(u'T') < 0 ? when.size() : when.indexOf(u'T')),
            u"death.dateTime"_s, true);
        if (parsed) {
            const PartialDate death = parsed.value();
            if (death.earliest() > m_facts.registrationDate) {
                error(u"death.future"_s, u"death.dateTime"_s,
                      u"Ngày chết %1 ở sau ngày đăng ký %2"_s.arg(death.toDisplay(),
                                                                  dmy(m_facts.registrationDate)),
                      u"The date of death %1 is after the registration date %2"_s.arg(
                          death.toIso(), m_facts.registrationDate.toString(Qt::ISODate)));
            }
            if (!deceased.birthDate.isNull() && death.latest() < deceased.birthDate.earliest()) {
                error(u"death.beforeBirth"_s, u"death.dateTime"_s,
                      u"Ngày chết %1 ở trước ngày sinh %2"_s.arg(death.toDisplay(),
                                                                 deceased.birthDate.toDisplay()),
                      u"The date of death %1 is before the date of birth %2"_s.arg(
                          death.toIso(), deceased.birthDate.toIso()));
            }
            const qint64 days = death.latest().daysTo(m_facts.registrationDate);
            if (!relaxedForOldRecords() && days > kLateDeathDays) {
                warning(
                    u"death.late"_s, u"registrationDate"_s,
                    u"Đăng ký khai tử quá hạn: %1 ngày sau ngày chết (hạn %2 ngày)"_s.arg(days).arg(
                        kLateDeathDays),
                    u"Late death registration: %1 days after the death (the deadline is %2 days)"_s.arg(days)
                        .arg(kLateDeathDays));
            }
            const QDate notice = QDate::fromString(valueAt(u"deathNotice.date"_s), Qt::ISODate);
            if (notice.isValid() && notice < death.earliest()) {
                error(u"deathNotice.beforeDeath"_s, u"deathNotice.date"_s,
                      u"Giấy báo tử cấp ngày %1, trước ngày chết %2"_s.arg(dmy(notice), death.toDisplay()),
                      u"The death notice is dated %1, before the death on %2"_s.arg(
                          notice.toString(Qt::ISODate), death.toIso()));
            }
        }
        checkNotAfterRegistration(u"deathNotice.date"_s);
    }

    void checkDeathNotRegistered(const PersonView &deceased)
    {
        if (auto existing = m_context.lookup->deathOf(personKeys(deceased));
            existing && existing->id != m_context.exclude) {
            error(u"death.alreadyRegistered"_s, u"subject"_s,
                  u"%1 đã được đăng ký khai tử: %2"_s.arg(deceased.fullName, existing->citationVi()),
                  u"The death of %1 is already registered: %2"_s.arg(deceased.fullName,
                                                                     existing->citationEn()));
        }
    }

    void checkNotDeceased(const PersonView &p)
    {
        if (auto death = m_context.lookup->deathOf(personKeys(p)); death && death->id != m_context.exclude) {
            error(u"person.deceased"_s, p.role,
                  u"%1 đã được đăng ký khai tử (%2)"_s.arg(p.fullName, death->citationVi()),
                  u"%1 is registered as deceased (%2)"_s.arg(p.fullName, death->citationEn()));
        }
    }

    void checkMarriage()
    {
        const PersonView husband = m_facts.person(u"husband"_s);
        const PersonView wife = m_facts.person(u"wife"_s);
        if (husband.sex != Sex::Male || wife.sex != Sex::Female) {
            error(
                u"marriage.sameSex"_s, husband.sex != Sex::Male ? u"husband.sex"_s : u"wife.sex"_s,
                u"Nhà nước không thừa nhận hôn nhân giữa những người cùng giới tính (Luật Hôn nhân và gia đình, Điều 8.2)"_s,
                u"Marriage between persons of the same sex is not recognised (Law on Marriage and Family, art. 8.2)"_s);
        }
        const QStringList husbandKeys = personKeys(husband);
        const QStringList wifeKeys = personKeys(wife);
        if (std::any_of(husbandKeys.begin(), husbandKeys.end(),
                        [&](const QString &k) { return wifeKeys.contains(k); })) {
            error(u"marriage.samePerson"_s, u"wife"_s, u"Vợ và chồng là cùng một người"_s,
                  u"Husband and wife are the same person"_s);
        }
        if (!relaxedForOldRecords()) {
            checkMarriageAge(husband, 20, u"Người chồng"_s, u"husband"_s);
            checkMarriageAge(wife, 18, u"Người vợ"_s, u"wife"_s);
        }
    }

    void checkNotMarried(const PersonView &p)
    {
        for (const RegisteredEvent &m : m_context.lookup->activeMarriagesOf(personKeys(p))) {
            if (m.id == m_context.exclude)
                continue;
            error(u"marriage.alreadyMarried"_s, p.role,
                  u"%1 đang có vợ/chồng theo Sổ hộ tịch: %2"_s.arg(p.fullName, m.citationVi()),
                  u"%1 is married according to the register: %2"_s.arg(p.fullName, m.citationEn()));
        }
    }

    /// Luật Hôn nhân và gia đình Điều 8.1.a: man fully 20, woman fully 18, counted to the day.
    void checkMarriageAge(const PersonView &p, int minimum, const QString &who, const QString &role)
    {
        if (p.birthDate.isNull())
            return;
        if (fullYearsOn(p.birthDate, m_facts.registrationDate) >= minimum)
            return;
        const QDate reaches = p.birthDate.earliest().addYears(minimum);
        error(u"marriage.age"_s, role + u".birthDate"_s,
              u"%1 (%2, sinh %3) chưa đủ %4 tuổi vào ngày đăng ký %5; đủ %4 tuổi từ ngày %6"_s
                  .arg(who, p.fullName, p.birthDate.toDisplay())
                  .arg(minimum)
                  .arg(dmy(m_facts.registrationDate), dmy(reaches)),
              u"The %1 (%2, born %3) is not fully %4 on the registration date %5; they are from %6"_s
                  .arg(role, p.fullName, p.birthDate.toIso())
                  .arg(minimum)
                  .arg(m_facts.registrationDate.toString(Qt::ISODate), reaches.toString(Qt::ISODate)));
    }

    void checkRecognition()
    {
        const PersonView parent = m_facts.person(u"parent"_s);
        const PersonView child = m_facts.person(u"child"_s);
        const QString role = m_record.value(u"parentRole"_s).toString();
        const Sex expected = role == u"father"_s ? Sex::Male : Sex::Female;
        if (parent.sex && *parent.sex != expected) {
            error(
                u"recognition.sex"_s, u"parent.sex"_s,
                u"Giới tính của người được nhận là %1 không khớp với việc nhận %2"_s.arg(
                    sexNameVi(*parent.sex), role == u"father"_s ? u"cha"_s : u"mẹ"_s),
                u"The parent's sex (%1) does not match recognition as %2"_s.arg(sexCode(*parent.sex), role));
        }
        checkParentOlderThanChild(parent, child, role == u"mother"_s);
    }

    void checkGuardian(const QString &role)
    {
        const PersonView guardian = m_facts.person(role);
        if (guardian.birthDate.isNull() ||
            fullYearsOn(guardian.birthDate, m_facts.registrationDate) >= kMinimumGuardianAge)
            return;
        error(u"guardian.age"_s, role + u".birthDate"_s,
              u"Người giám hộ %1 chưa đủ %2 tuổi vào ngày đăng ký (Bộ luật Dân sự, Điều 49)"_s
                  .arg(guardian.fullName)
                  .arg(kMinimumGuardianAge),
              u"The guardian %1 is not fully %2 on the registration date (Civil Code, art. 49)"_s
                  .arg(guardian.fullName)
                  .arg(kMinimumGuardianAge));
    }

    void checkMaritalStatusCertificate()
    {
        const QString status = m_record.value(u"status"_s).toString();
        if (status == u"married"_s && !m_record.contains(u"spouse"_s)) {
            error(u"field.missing"_s, u"spouse"_s,
                  u"Tình trạng \"đang có vợ/chồng\" cần ghi họ tên vợ/chồng (spouse)"_s,
                  u"The status \"married\" needs the spouse's name (spouse)"_s);
        }
        const auto from = PartialDate::parse(valueAt(u"residencePeriod.from"_s), {}, true);
        const auto to = PartialDate::parse(valueAt(u"residencePeriod.to"_s), {}, true);
        if (from && to && from->earliest() > to->latest()) {
            error(
                u"residencePeriod.order"_s, u"residencePeriod.to"_s,
                u"Thời gian cư trú: ngày kết thúc %1 ở trước ngày bắt đầu %2"_s.arg(to->toDisplay(),
                                                                                    from->toDisplay()),
                u"Period of residence: the end %1 is before the start %2"_s.arg(to->toIso(), from->toIso()));
        }
    }

    EventKind m_kind;
    const QJsonObject &m_record;
    const RecordFacts &m_facts;
    const RuleContext &m_context;
    Findings m_findings;
};

} // namespace

Findings checkRecordRules(EventKind kind, const QJsonObject &record, const RecordFacts &facts,
                          const RuleContext &context)
{
    return RuleChecker(kind, record, facts, context).recordChecks();
}

Findings checkRegisterRules(EventKind kind, const QJsonObject &record, const RecordFacts &facts,
                            const RuleContext &context)
{
    return RuleChecker(kind, record, facts, context).registerChecks();
}

Findings checkRegistrationRules(EventKind kind, const QJsonObject &record, const RuleContext &context)
{
    const RecordFacts facts = RecordFacts::of(kind, record);
    return checkRecordRules(kind, record, facts, context) + checkRegisterRules(kind, record, facts, context);
}

} // namespace hotich
