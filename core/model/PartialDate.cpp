#include "PartialDate.h"

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

Error badDate(const QString &field, QStringView text)
{
    return Error::invalid(
        u"date.format"_s, field,
        u"Ngày \"%1\" không đúng dạng năm (1998), tháng-năm (1998-05) hoặc ngày đầy đủ (1998-05-07)"_s.arg(
            text),
        u"The date \"%1\" is not a year (1998), a month (1998-05) or a full date (1998-05-07)"_s.arg(text));
}

bool parseNumber(QStringView digits, int expectedLength, int &out)
{
    if (digits.size() != expectedLength)
        return false;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    out = digits.toInt();
    return true;
}

} // namespace

PartialDate PartialDate::ofDate(QDate date)
{
    PartialDate d;
    d.m_year = date.year();
    d.m_month = date.month();
    d.m_day = date.day();
    d.m_precision = Precision::Day;
    return d;
}

Result<PartialDate> PartialDate::parse(QStringView text, const QString &field, bool allowImpossible)
{
    const QStringView t = text.trimmed();
    const auto parts = t.split(u'-');
    if (parts.isEmpty() || parts.size() > 3)
        return badDate(field, t);
    PartialDate d;
    if (!parseNumber(parts[0], 4, d.m_year) || d.m_year < 1)
        return badDate(field, t);
    if (parts.size() >= 2) {
        if (!parseNumber(parts[1], 2, d.m_month))
            return badDate(field, t);
        if (d.m_month < 1 || d.m_month > 12) {
            return Error::invalid(u"date.month"_s, field,
                                  u"Tháng %1 không tồn tại (ngày \"%2\")"_s.arg(d.m_month).arg(t),
                                  u"There is no month %1 (date \"%2\")"_s.arg(d.m_month).arg(t));
        }
        d.m_precision = Precision::Month;
    }
    if (parts.size() == 3) {
        if (!parseNumber(parts[2], 2, d.m_day) || d.m_day < 1)
            return badDate(field, t);
        d.m_precision = Precision::Day;
        const int length = QDate(d.m_year, d.m_month, 1).daysInMonth();
        if (d.m_day > length) {
            if (!allowImpossible || d.m_day > 31) {
                return Error::invalid(u"date.impossible"_s, field,
                                      u"Ngày %1/%2/%3 không tồn tại (tháng %2 năm %3 có %4 ngày)"_s
                                          .arg(d.m_day, 2, 10, QLatin1Char('0'))
                                          .arg(d.m_month, 2, 10, QLatin1Char('0'))
                                          .arg(d.m_year)
                                          .arg(length),
                                      u"The date %1/%2/%3 does not exist (month %2 of %3 has %4 days)"_s
                                          .arg(d.m_day, 2, 10, QLatin1Char('0'))
                                          .arg(d.m_month, 2, 10, QLatin1Char('0'))
                                          .arg(d.m_year)
                                          .arg(length));
            }
            // Provincial guidance: an impossible day of an old register stands for the 1st of the next month.
            d.m_asWritten = t.toString();
            const QDate mapped = QDate(d.m_year, d.m_month, 1).addMonths(1);
            d.m_year = mapped.year();
            d.m_month = mapped.month();
            d.m_day = 1;
        }
    }
    return d;
}

QString PartialDate::toIso() const
{
    if (m_year < 0 || m_year > 9999)
        return QString::number(m_year); // not a date the register holds; never written as one
    // Digit by digit: every date of every registration comes through here.
    char text[10];
    qsizetype length = 0;
    auto digits = [&](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[length + i] = char('0' + value % 10);
        length += width;
    };
    digits(m_year, 4);
    if (m_precision != Precision::Year) {
        text[length++] = '-';
        digits(m_month, 2);
    }
    if (m_precision == Precision::Day) {
        text[length++] = '-';
        digits(m_day, 2);
    }
    return QString::fromLatin1(text, length);
}

QString PartialDate::toDisplay() const
{
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return u"%1/%2"_s.arg(m_month, 2, 10, QLatin1Char('0')).arg(m_year);
    case Precision::Day:
        break;
    }
    return u"%1/%2/%3"_s.arg(m_day, 2, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'))
        .arg(m_year);
}

QDate PartialDate::earliest() const
{
    if (isNull())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QDate PartialDate::latest() const
{
    if (isNull())
        return {};
    if (m_precision == Precision::Day)
        return QDate(m_year, m_month, m_day);
    const QDate first(m_year, m_month ? m_month : 12, 1);
    return QDate(first.year(), first.month(), first.daysInMonth());
}

Result<QDate> parseFullDate(QStringView text, const QString &field)
{
    auto parsed = PartialDate::parse(text, field);
    if (!parsed)
        return parsed.error();
    if (!parsed->isFull()) {
        return Error::invalid(u"date.notFull"_s, field,
                              u"Cần ngày đầy đủ dạng 2026-11-20 (đang là \"%1\")"_s.arg(text),
                              u"A full date such as 2026-11-20 is needed (got \"%1\")"_s.arg(text));
    }
    return parsed->earliest();
}

int fullYearsOn(const PartialDate &birth, QDate on)
{
    const QDate born = birth.earliest();
    int years = on.year() - born.year();
    // QDate::addYears maps 29 February to 28 February in a common year, as the Civil Code's
    // "last day of that month" rule for periods does.
    if (born.addYears(years) > on)
        --years;
    return years;
}

QString isoDate(QDate date)
{
    return date.isValid() ? PartialDate::ofDate(date).toIso() : QString();
}

} // namespace hotich
