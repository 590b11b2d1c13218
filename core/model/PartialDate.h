#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace hotich {

/// A date as precise as its source: a year ("1998"), a month ("1998-05") or a day ("1998-05-07").
/// Old paper registers hold impossible dates such as 30/02; a historical record keeps that text in
/// `asWritten` and carries the date the provincial guidance maps it to (the first of the next month).
class PartialDate
{
public:
    enum class Precision
    {
        Year,
        Month,
        Day
    };

    PartialDate() = default;
    static PartialDate ofDate(QDate date);

    /// Parses ISO text. An impossible day is an error unless `allowImpossible`.
    static Result<PartialDate> parse(QStringView text, const QString &field, bool allowImpossible = false);

    bool isNull() const { return m_year == 0; }
    Precision precision() const { return m_precision; }
    bool isFull() const { return !isNull() && m_precision == Precision::Day; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    /// The original text of an impossible date, else empty.
    const QString &asWritten() const { return m_asWritten; }

    /// "1998", "1998-05" or "1998-05-07".
    QString toIso() const;
    /// "07/05/1998", "05/1998" or "1998", as Vietnamese documents write dates.
    QString toDisplay() const;
    /// The date the law uses for ages: an unknown day is the 1st, an unknown month January.
    QDate earliest() const;
    /// The last day the date may stand for.
    QDate latest() const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::Year;
    QString m_asWritten;
};

/// Parses a full ISO date "YYYY-MM-DD" (no partial dates), with a clear message naming the field.
Result<QDate> parseFullDate(QStringView text, const QString &field);

/// Full years between the birth (the law's earliest date) and the date, counted to the exact day.
int fullYearsOn(const PartialDate &birth, QDate on);

/// "yyyy-MM-dd" (empty for an invalid date); QDate::toString goes through the calendar and locale
/// machinery, which is slow on the registration path.
QString isoDate(QDate date);

} // namespace hotich
