#include "DateField.h"

#include "model/PartialDate.h"
#include "text/NumberWords.h"

#include <QLabel>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

DateField::DateField(Precision precision, QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(precision == Precision::FullOnly ? tr("dd/mm/yyyy")
                                                        : tr("dd/mm/yyyy, mm/yyyy or yyyy"));
    setMaxLength(10);
}

QLabel *DateField::makeWordsLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *words = new QLabel(parent);
    words->setObjectName(objectName);
    words->setAccessibleName(accessibleName);
    words->setWordWrap(true);
    words->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    words->hide();
    connect(this, &QLineEdit::textChanged, words, [this, words] {
        const QString inWords = this->inWords();
        words->setText(inWords.isEmpty() ? QString() : tr("In words: %1").arg(inWords));
        words->setVisible(!inWords.isEmpty());
    });
    return words;
}

QString DateField::isoFromTyped(const QString &typed)
{
    const QString t = typed.trimmed();
    // Day, month and year apart by '/', '.' or '-' as officers type them.
    static const QRegularExpression full(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"_s);
    static const QRegularExpression month(u"^(\\d{1,2})[/.-](\\d{4})$"_s);
    static const QRegularExpression year(u"^\\d{4}$"_s);
    auto two = [](const QString &digits) {
        return digits.rightJustified(2, u'0');
    };
    if (const auto m = full.match(t); m.hasMatch())
        return m.captured(3) + u'-' + two(m.captured(2)) + u'-' + two(m.captured(1));
    if (const auto m = month.match(t); m.hasMatch())
        return m.captured(2) + u'-' + two(m.captured(1));
    if (year.match(t).hasMatch())
        return t;
    return t;
}

QString DateField::isoText() const
{
    return isoFromTyped(text());
}

void DateField::setIsoText(const QString &iso)
{
    auto date = PartialDate::parse(iso, QString());
    setText(date ? date->toDisplay() : iso);
}

QString DateField::inWords() const
{
    const auto date = PartialDate::parse(isoText(), QString());
    if (!date || date->isNull())
        return {};
    switch (date->precision()) {
    case PartialDate::Precision::Day:
        return text::dateInWords(date->earliest(), m_words);
    case PartialDate::Precision::Month:
        return text::partialDateInWords(date->year(), date->month(), m_words);
    case PartialDate::Precision::Year:
        return text::partialDateInWords(date->year(), 0, m_words);
    }
    return {};
}

} // namespace hotich::desktop
