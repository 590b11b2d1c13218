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
};

/// An integer 0 … 999,999,999,999 in words: 2018 "hai nghìn không trăm mười tám", 1000024
/// "một triệu không trăm hai mươi tư". Returns an empty string outside that range.
QString numberInWords(qint64 number, const WordStyle &style = {});

/// "ngày mười lăm tháng mười năm hai nghìn không trăm mười tám"; April is "tháng tư".
QString dateInWords(QDate date, const WordStyle &style = {});

/// "mười bốn giờ ba mươi phút".
QString timeInWords(QTime time, const WordStyle &style = {});

} // namespace hotich::text
