#pragma once

#include "text/NumberWords.h"

#include <QLineEdit>

class QLabel;

namespace hotich::desktop {

/// A date as the office writes it: a full date (20/11/2026), a month (11/2026) or a year alone
/// (1998), for parents' years of birth and historical records. The field only turns what is typed
/// into the record's ISO form; whether the date exists (30/02) is the core's to say.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    enum class Precision
    {
        FullOnly, ///< a registration date, a child's date of birth
        Partial,  ///< a year, a month or a full date
    };

    explicit DateField(Precision precision, QWidget *parent = nullptr);

    /// What the record holds: "2026-02-30", "2026-11" or "1998" (the core checks it); the text as
    /// typed when it is no date of any form; empty when nothing is typed.
    QString isoText() const;
    /// Shows an ISO date (from a record or the clock) as the office writes it.
    void setIsoText(const QString &iso);
    /// The date in words, as the certificate prints it ("ngày mười lăm tháng mười năm hai nghìn
    /// không trăm mười tám"); empty while the text is no possible date.
    QString inWords() const;
    /// A label that shows this date in words as it is typed ("In words: …"), hidden while the
    /// text is no possible date: the preview under a date the certificate prints in words.
    QLabel *makeWordsLabel(const QString &objectName, const QString &accessibleName, QWidget *parent);
    /// The number words the office prefers for inWords() (the common ones by default).
    void setWordStyle(const text::WordStyle &words) { m_words = words; }

    /// The ISO form of typed text ("2/11/2026" → "2026-11-02"; "11/2026"; "1998").
    static QString isoFromTyped(const QString &typed);

private:
    text::WordStyle m_words;
};

} // namespace hotich::desktop
