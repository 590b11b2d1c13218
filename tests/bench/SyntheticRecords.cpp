#include "SyntheticRecords.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hotich::bench {

namespace {

struct Weighted
{
    QString value;
    int weight;
};

// Family names with their approximate share of the population (per mille).
const QList<Weighted> kFamilyNames = {
    {u"Nguyễn"_s, 380}, {u"Trần"_s, 110}, {u"Lê"_s, 95},    {u"Phạm"_s, 71}, {u"Hoàng"_s, 51},
    {u"Huỳnh"_s, 20},   {u"Phan"_s, 45},  {u"Vũ"_s, 39},    {u"Võ"_s, 25},   {u"Đặng"_s, 21},
    {u"Bùi"_s, 20},     {u"Đỗ"_s, 14},    {u"Hồ"_s, 13},    {u"Ngô"_s, 13},  {u"Dương"_s, 10},
    {u"Lý"_s, 5},       {u"Đinh"_s, 8},   {u"Trương"_s, 8}, {u"Lương"_s, 6}, {u"Mai"_s, 5},
    {u"Đào"_s, 6},      {u"Trịnh"_s, 6},  {u"Lâm"_s, 4},    {u"Cao"_s, 4},   {u"Tạ"_s, 3},
    {u"Hà"_s, 5},       {u"Kiều"_s, 2},   {u"Châu"_s, 3},   {u"Thái"_s, 3},  {u"Quách"_s, 2},
    {u"Âu"_s, 1},       {u"Ông"_s, 1},    {u"Tôn"_s, 1},    {u"La"_s, 2},    {u"Lò"_s, 2},
    {u"Hà"_s, 3},       {u"Triệu"_s, 3},  {u"Doãn"_s, 1},   {u"Khổng"_s, 1}, {u"Vương"_s, 3},
};
const QStringList kMaleMiddle = {u"Văn"_s,   u"Văn"_s,   u"Văn"_s,   u"Đức"_s,  u"Minh"_s,
                                 u"Hữu"_s,   u"Quốc"_s,  u"Thanh"_s, u"Gia"_s,  u"Bảo"_s,
                                 u"Công"_s,  u"Đình"_s,  u"Xuân"_s,  u"Tiến"_s, u"Hoàng"_s,
                                 u"Quang"_s, u"Trọng"_s, u"Anh"_s,   u"Ngọc"_s, u"Thế"_s};
const QStringList kFemaleMiddle = {u"Thị"_s,    u"Thị"_s,   u"Thị"_s,  u"Ngọc"_s, u"Thu"_s,     u"Thanh"_s,
                                   u"Minh"_s,   u"Thùy"_s,  u"Kim"_s,  u"Mỹ"_s,   u"Bảo"_s,     u"Hồng"_s,
                                   u"Phương"_s, u"Khánh"_s, u"Hoài"_s, u"Diệu"_s, u"Thị Thu"_s, u"Ánh"_s};
const QStringList kMaleGiven = {
    u"An"_s,    u"Anh"_s,   u"Bảo"_s,   u"Bình"_s,  u"Cường"_s,  u"Chiến"_s, u"Công"_s,   u"Dũng"_s,
    u"Duy"_s,   u"Đạt"_s,   u"Đức"_s,   u"Giang"_s, u"Hải"_s,    u"Hào"_s,   u"Hiếu"_s,   u"Hoàng"_s,
    u"Huy"_s,   u"Hùng"_s,  u"Hưng"_s,  u"Khang"_s, u"Khánh"_s,  u"Khoa"_s,  u"Kiên"_s,   u"Lâm"_s,
    u"Linh"_s,  u"Long"_s,  u"Lộc"_s,   u"Mạnh"_s,  u"Minh"_s,   u"Nam"_s,   u"Nghĩa"_s,  u"Nhân"_s,
    u"Phong"_s, u"Phúc"_s,  u"Phước"_s, u"Quân"_s,  u"Quang"_s,  u"Sơn"_s,   u"Tài"_s,    u"Tâm"_s,
    u"Thắng"_s, u"Thành"_s, u"Thịnh"_s, u"Toàn"_s,  u"Trí"_s,    u"Trung"_s, u"Tuấn"_s,   u"Tùng"_s,
    u"Việt"_s,  u"Vinh"_s,  u"Vũ"_s,    u"Khôi"_s,  u"Nguyên"_s, u"Lợi"_s,   u"Tín"_s,    u"Thuận"_s,
    u"Hậu"_s,   u"Đông"_s,  u"Tiến"_s,  u"Quý"_s,   u"Sang"_s,   u"Thái"_s,  u"Trường"_s, u"Vương"_s,
    u"Ân"_s,    u"Định"_s,  u"Hòa"_s,   u"Hoà"_s,   u"Kha"_s,    u"Lực"_s,   u"Nhật"_s,   u"Phát"_s,
    u"Quyết"_s, u"Tú"_s,    u"Tuệ"_s};
const QStringList kFemaleGiven = {
    u"An"_s,    u"Anh"_s,    u"Ánh"_s,   u"Bích"_s,   u"Châu"_s,  u"Chi"_s,  u"Diệp"_s,  u"Dung"_s,
    u"Duyên"_s, u"Giang"_s,  u"Hà"_s,    u"Hạnh"_s,   u"Hằng"_s,  u"Hiền"_s, u"Hoa"_s,   u"Hồng"_s,
    u"Huệ"_s,   u"Hương"_s,  u"Huyền"_s, u"Khánh"_s,  u"Lan"_s,   u"Liên"_s, u"Linh"_s,  u"Loan"_s,
    u"Ly"_s,    u"Mai"_s,    u"My"_s,    u"Nga"_s,    u"Ngân"_s,  u"Ngọc"_s, u"Nhi"_s,   u"Nhung"_s,
    u"Oanh"_s,  u"Phương"_s, u"Quyên"_s, u"Quỳnh"_s,  u"Tâm"_s,   u"Thảo"_s, u"Thanh"_s, u"Thơ"_s,
    u"Thủy"_s,  u"Thuý"_s,   u"Thúy"_s,  u"Thư"_s,    u"Trang"_s, u"Trâm"_s, u"Trinh"_s, u"Tuyết"_s,
    u"Uyên"_s,  u"Vân"_s,    u"Vy"_s,    u"Xuân"_s,   u"Yến"_s,   u"Hậu"_s,  u"Thắm"_s,  u"Nguyệt"_s,
    u"Diễm"_s,  u"Kiều"_s,   u"Lệ"_s,    u"Phượng"_s, u"Sương"_s, u"Tiên"_s, u"Trúc"_s,  u"Hòa"_s,
    u"Hoà"_s,   u"Thoa"_s,   u"Đào"_s,   u"Ngà"_s};
const QStringList kEthnicities = {u"Kinh"_s,   u"Kinh"_s, u"Kinh"_s, u"Kinh"_s, u"Kinh"_s,
                                  u"Kinh"_s,   u"Kinh"_s, u"Tày"_s,  u"Thái"_s, u"Mường"_s,
                                  u"Khơ-me"_s, u"Mông"_s, u"Nùng"_s};
const QStringList kPlaces = {u"Bệnh viện Phụ sản Hà Nội, Phường Đống Đa, Thành phố Hà Nội"_s,
                             u"Trạm y tế Phường Ba Đình, Thành phố Hà Nội"_s,
                             u"Bệnh viện Bạch Mai, Phường Kim Liên, Thành phố Hà Nội"_s,
                             u"Bệnh viện Đa khoa Xanh Pôn, Phường Ba Đình, Thành phố Hà Nội"_s};
const QStringList kResidences = {u"Số 12 phố Kim Mã, Phường Ba Đình, Thành phố Hà Nội"_s,
                                 u"Số 5 ngõ 45 Đội Cấn, Phường Ngọc Hà, Thành phố Hà Nội"_s,
                                 u"Tổ 7, Phường Giảng Võ, Thành phố Hà Nội"_s,
                                 u"Số 88 Nguyễn Thái Học, Phường Ba Đình, Thành phố Hà Nội"_s};

} // namespace

SyntheticRecords::SyntheticRecords(quint32 seed, QDate firstDay, QDate lastDay, qint64 total)
    : m_random(seed), m_first(firstDay), m_days(firstDay.daysTo(lastDay)), m_total(std::max<qint64>(1, total))
{}

QDate SyntheticRecords::dateAt(qint64 index) const
{
    return m_first.addDays(index * m_days / m_total);
}

QString SyntheticRecords::familyName()
{
    static const int total = [] {
        int t = 0;
        for (const auto &w : kFamilyNames)
            t += w.weight;
        return t;
    }();
    int pick = int(m_random.bounded(total));
    for (const auto &w : kFamilyNames) {
        if (pick < w.weight)
            return w.value;
        pick -= w.weight;
    }
    return kFamilyNames.first().value;
}

QString SyntheticRecords::middleName(bool male)
{
    const QStringList &list = male ? kMaleMiddle : kFemaleMiddle;
    return list[m_random.bounded(int(list.size()))];
}

QString SyntheticRecords::givenName(bool male)
{
    const QStringList &list = male ? kMaleGiven : kFemaleGiven;
    return list[m_random.bounded(int(list.size()))];
}

QString SyntheticRecords::idNumber(bool male, int year)
{
    const int centuryDigit = (year / 100 - 19) * 2 + (male ? 0 : 1);
    return u"001%1%2%3"_s.arg(centuryDigit)
        .arg(year % 100, 2, 10, QLatin1Char('0'))
        .arg(++m_idSequence % 1000000, 6, 10, QLatin1Char('0'));
}

QJsonObject SyntheticRecords::person(bool male, QDate born, bool fullDate, bool withId)
{
    QJsonObject p{{u"familyName"_s, familyName()},
                  {u"middleName"_s, middleName(male)},
                  {u"givenName"_s, givenName(male)},
                  {u"sex"_s, male ? u"male"_s : u"female"_s},
                  {u"birthDate"_s, fullDate ? born.toString(Qt::ISODate) : born.toString(u"yyyy-MM"_s)},
                  {u"ethnicity"_s, kEthnicities[m_random.bounded(int(kEthnicities.size()))]},
                  {u"nationality"_s, u"VN"_s},
                  {u"residence"_s, kResidences[m_random.bounded(int(kResidences.size()))]}};
    if (withId)
        p.insert(u"idNumber"_s, idNumber(male, born.year()));
    return p;
}

QJsonObject SyntheticRecords::birth(QDate registration)
{
    const bool male = m_random.bounded(2) == 0;
    const QDate born = registration.addDays(-qint64(m_random.bounded(75)));
    QJsonObject child = person(male, born, true, false);
    child.remove(u"residence"_s);
    child.insert(u"birthPlace"_s, kPlaces[m_random.bounded(int(kPlaces.size()))]);
    const QString family = child.value(u"familyName"_s).toString();
    const QString fatherName = family + u' ' + middleName(true) + u' ' + givenName(true);
    const QString motherName = familyName() + u' ' + middleName(false) + u' ' + givenName(false);
    const QString residence = kResidences[m_random.bounded(int(kResidences.size()))];
    m_sample << (family + u' ' + child.value(u"middleName"_s).toString() + u' ' +
                 child.value(u"givenName"_s).toString());
    return {{u"kind"_s, u"birth"_s},
            {u"registrationDate"_s, registration.toString(Qt::ISODate)},
            {u"subject"_s, child},
            {u"mother"_s,
             QJsonObject{{u"fullName"_s, motherName},
                         {u"birthDate"_s, QString::number(born.year() - 20 - int(m_random.bounded(15)))},
                         {u"ethnicity"_s, u"Kinh"_s},
                         {u"nationality"_s, u"VN"_s},
                         {u"residence"_s, residence}}},
            {u"father"_s,
             QJsonObject{{u"fullName"_s, fatherName},
                         {u"birthDate"_s, QString::number(born.year() - 22 - int(m_random.bounded(15)))},
                         {u"ethnicity"_s, u"Kinh"_s},
                         {u"nationality"_s, u"VN"_s},
                         {u"residence"_s, residence}}},
            {u"declarant"_s, QJsonObject{{u"fullName"_s, fatherName},
                                         {u"relationship"_s, u"cha"_s},
                                         {u"idDocument"_s, u"Thẻ căn cước"_s}}}};
}

QJsonObject SyntheticRecords::death(QDate registration)
{
    const bool male = m_random.bounded(2) == 0;
    const QDate died = registration.addDays(-qint64(m_random.bounded(20)));
    const QDate born = died.addDays(-qint64(m_random.bounded(365 * 95)));
    // An ID number and a partial date of birth keep every synthetic person distinct.
    QJsonObject deceased = person(male, born, false, true);
    return {{u"kind"_s, u"death"_s},
            {u"registrationDate"_s, registration.toString(Qt::ISODate)},
            {u"subject"_s, deceased},
            {u"death"_s, QJsonObject{{u"dateTime"_s, QString(died.toString(Qt::ISODate) + u"T10:30"_s)},
                                     {u"place"_s, kPlaces[m_random.bounded(int(kPlaces.size()))]},
                                     {u"cause"_s, u"Bệnh"_s}}},
            {u"deathNotice"_s, QJsonObject{{u"number"_s, u"%1/GBT"_s.arg(m_index)},
                                           {u"issuer"_s, u"Bệnh viện Bạch Mai"_s},
                                           {u"date"_s, died.toString(Qt::ISODate)}}},
            {u"declarant"_s, QJsonObject{{u"fullName"_s, QString(familyName() + u" Văn Khai"_s)},
                                         {u"relationship"_s, u"con"_s}}}};
}

QJsonObject SyntheticRecords::marriage(QDate registration)
{
    const QDate husbandBorn =
        registration.addYears(-21 - int(m_random.bounded(15))).addDays(-qint64(m_random.bounded(365)));
    const QDate wifeBorn =
        registration.addYears(-19 - int(m_random.bounded(15))).addDays(-qint64(m_random.bounded(365)));
    return {{u"kind"_s, u"marriage"_s},
            {u"registrationDate"_s, registration.toString(Qt::ISODate)},
            {u"husband"_s, person(true, husbandBorn, false, true)},
            {u"wife"_s, person(false, wifeBorn, false, true)}};
}

QList<QJsonObject> SyntheticRecords::next(qsizetype count)
{
    QList<QJsonObject> records;
    records.reserve(count);
    for (qsizetype i = 0; i < count; ++i, ++m_index) {
        const QDate day = dateAt(m_index);
        const quint32 pick = m_random.bounded(100);
        records << (pick < 70 ? birth(day) : pick < 85 ? death(day) : marriage(day));
    }
    return records;
}

} // namespace hotich::bench
