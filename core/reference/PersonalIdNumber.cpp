#include "PersonalIdNumber.h"

#include "AdministrativeUnits.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hotich::reference {

namespace {

bool isKnownProvince(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        for (const auto &list : AdministrativeUnits::instance().lists()) {
            for (const auto &unit : list->units()) {
                if (unit.level == AdministrativeUnit::Level::Province)
                    set.insert(unit.code);
            }
        }
        return set;
    }();
    return codes.contains(code);
}

QString centuryText(int start)
{
    return u"%1–%2"_s.arg(start).arg(start + 99);
}

} // namespace

Result<PersonalIdFacts> parsePersonalId(QStringView number, const QString &field)
{
    const bool allDigits =
        std::all_of(number.begin(), number.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!allDigits) {
        return Error::invalid(u"idNumber.digits"_s, field, u"Số định danh cá nhân chỉ gồm chữ số"_s,
                              u"A personal ID number holds digits only"_s);
    }
    if (number.size() != 12) {
        return Error::invalid(
            u"idNumber.length"_s, field,
            u"Số định danh cá nhân phải có đúng 12 chữ số (đang có %1)"_s.arg(number.size()),
            u"A personal ID number has exactly 12 digits (this one has %1)"_s.arg(number.size()));
    }
    PersonalIdFacts facts;
    const QStringView province = number.first(3);
    facts.provinceCode = province.sliced(1).toString();
    if (province.front() != u'0' || !isKnownProvince(facts.provinceCode)) {
        return Error::invalid(u"idNumber.province"_s, field,
                              u"Ba chữ số đầu (%1) không phải mã tỉnh, thành phố"_s.arg(province),
                              u"The first three digits (%1) are not a province code"_s.arg(province));
    }
    const int centuryDigit = number[3].digitValue();
    facts.sex = centuryDigit % 2 == 0 ? Sex::Male : Sex::Female;
    facts.centuryStart = 1900 + (centuryDigit / 2) * 100;
    facts.birthYear = facts.centuryStart + number.sliced(4, 2).toInt();
    return facts;
}

Result<PersonalIdFacts> checkPersonalId(QStringView number, std::optional<Sex> sex,
                                        std::optional<int> birthYear, const QString &field)
{
    auto parsed = parsePersonalId(number, field);
    if (!parsed)
        return parsed;
    const PersonalIdFacts &facts = parsed.value();
    const QChar digit4 = number[3];
    if (sex && *sex != facts.sex) {
        return Error::invalid(
            u"idNumber.sex"_s, field,
            u"Chữ số thứ 4 (%1) là của người %2, nhưng giới tính là %3"_s.arg(digit4).arg(
                sexNameVi(facts.sex), sexNameVi(*sex)),
            u"Digit 4 (%1) means %2, but the sex is %3"_s.arg(digit4).arg(sexCode(facts.sex), sexCode(*sex)));
    }
    if (birthYear) {
        const int centuryStart = (*birthYear / 100) * 100;
        if (centuryStart != facts.centuryStart) {
            return Error::invalid(
                u"idNumber.century"_s, field,
                u"Chữ số thứ 4 (%1) là của người sinh năm %2, nhưng năm sinh là %3"_s.arg(digit4)
                    .arg(centuryText(facts.centuryStart))
                    .arg(*birthYear),
                u"Digit 4 (%1) means born in %2, but the year of birth is %3"_s.arg(digit4)
                    .arg(centuryText(facts.centuryStart))
                    .arg(*birthYear));
        }
        if (facts.birthYear != *birthYear) {
            const QString expected = u"%1"_s.arg(*birthYear % 100, 2, 10, QLatin1Char('0'));
            return Error::invalid(
                u"idNumber.year"_s, field,
                u"Chữ số thứ 5–6 (%1) phải là hai số cuối của năm sinh %2 (%3)"_s.arg(number.sliced(4, 2))
                    .arg(*birthYear)
                    .arg(expected),
                u"Digits 5–6 (%1) must be the last two digits of the year of birth %2 (%3)"_s
                    .arg(number.sliced(4, 2))
                    .arg(*birthYear)
                    .arg(expected));
        }
    }
    return parsed;
}

} // namespace hotich::reference
