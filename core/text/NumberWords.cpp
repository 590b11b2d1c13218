#include "NumberWords.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hotich::text {

namespace {

const QString kDigits[] = {u"không"_s, u"một"_s, u"hai"_s, u"ba"_s,  u"bốn"_s,
                           u"năm"_s,   u"sáu"_s, u"bảy"_s, u"tám"_s, u"chín"_s};

/// Words for 0–999 inside a larger number. `leading`: the first group, which says nothing for
/// zero hundreds ("hai nghìn…", not "không trăm hai nghìn…").
void groupWords(int n, bool leading, const WordStyle &style, QStringList &out)
{
    const int hundreds = n / 100;
    const int tens = (n / 10) % 10;
    const int units = n % 10;
    if (hundreds > 0 || !leading) {
        out << kDigits[hundreds] << u"trăm"_s;
    }
    if (tens == 0) {
        if (units == 0)
            return;
        if (hundreds > 0 || !leading)
            out << (style.linh ? u"linh"_s : u"lẻ"_s);
        out << kDigits[units];
        return;
    }
    if (tens == 1) {
        out << u"mười"_s;
        if (units == 5)
            out << u"lăm"_s;
        else if (units > 0)
            out << kDigits[units];
        return;
    }
    out << kDigits[tens] << u"mươi"_s;
    switch (units) {
    case 0:
        break;
    case 1:
        out << u"mốt"_s;
        break;
    case 4:
        out << (style.bon ? u"bốn"_s : u"tư"_s);
        break;
    case 5:
        out << u"lăm"_s;
        break;
    default:
        out << kDigits[units];
    }
}

} // namespace

QString numberInWords(qint64 number, const WordStyle &style)
{
    if (number < 0 || number > 999'999'999'999)
        return {};
    if (number == 0)
        return kDigits[0];
    const QString scales[] = {QString(), style.ngan ? u"ngàn"_s : u"nghìn"_s, u"triệu"_s, u"tỷ"_s};
    int groups[4];
    for (int &g : groups) {
        g = int(number % 1000);
        number /= 1000;
    }
    QStringList words;
    bool started = false;
    for (int scale = 3; scale >= 0; --scale) {
        const int g = groups[scale];
        if (g == 0)
            continue; // an all-zero group is not read
        groupWords(g, !started, style, words);
        if (scale > 0)
            words << scales[scale];
        started = true;
    }
    return words.join(u' ');
}

QString dateInWords(QDate date, const WordStyle &style)
{
    if (!date.isValid() || date.year() < 1)
        return {};
    QString day = numberInWords(date.day(), style);
    if (date.day() <= 10 && !style.smallDayPrefix.isEmpty())
        day = style.smallDayPrefix + u' ' + day;
    const QString month = date.month() == 4 ? u"tư"_s : numberInWords(date.month(), style);
    return u"ngày %1 tháng %2 năm %3"_s.arg(day, month, numberInWords(date.year(), style));
}

QString partialDateInWords(int year, int month, const WordStyle &style)
{
    if (year < 1 || month < 0 || month > 12)
        return {};
    const QString yearWords = u"năm "_s + numberInWords(year, style);
    if (month == 0)
        return yearWords;
    const QString monthWords = month == 4 ? u"tư"_s : numberInWords(month, style);
    return u"tháng %1 %2"_s.arg(monthWords, yearWords);
}

QString timeInWords(QTime time, const WordStyle &style)
{
    if (!time.isValid())
        return {};
    return u"%1 giờ %2 phút"_s.arg(numberInWords(time.hour(), style), numberInWords(time.minute(), style));
}

} // namespace hotich::text
