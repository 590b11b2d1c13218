#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace hotich::text {

/// Regional variants of Vietnamese number words; the officer may still edit the words before printing.
struct WordStyle
{
    bool linh = false; ///< zero tens: "lẻ" (default) or "linh" — 105 "một trăm lẻ/linh năm"
    bool ngan = false; ///< thousands: "nghìn" (default) or "ngàn"
    bool bon = false;  ///< 4 after "mươi": "tư" (default) or "bốn" — 24 "hai mươi tư/bốn"
    QString smallDayPrefix = QStringLiteral("mồng"); ///< days 1–10: "ngày mồng năm"; "mùng" or "" elsewhere

    bool operator==(const WordStyle &) const = default;
};

/// An integer 0 … 999,999,999,999 in words: 2018 "hai nghìn không trăm mười tám", 1000024
/// "một triệu không trăm hai mươi tư". Returns an empty string outside that range.
QString numberInWords(qint64 number, const WordStyle &style = {});

/// "ngày mười lăm tháng mười năm hai nghìn không trăm mười tám"; April is "tháng tư".
QString dateInWords(QDate date, const WordStyle &style = {});

/// A date known only to the month or the year, as historical records and parents' dates of birth
/// are: "tháng tư năm một nghìn chín trăm chín mươi tám" (month 1 … 12), "năm một nghìn chín trăm
/// chín mươi tám" (month 0). Empty for a year below 1 or a month outside 0 … 12.
QString partialDateInWords(int year, int month, const WordStyle &style = {});

/// "mười bốn giờ ba mươi phút".
QString timeInWords(QTime time, const WordStyle &style = {});

} // namespace hotich::text
