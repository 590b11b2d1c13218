#include "DateTimeField.h"

#include "DateField.h"
#include "model/PartialDate.h"

using namespace Qt::StringLiterals;

namespace hotich::desktop {

DateTimeField::DateTimeField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy hh:mm, or the date alone"));
    setMaxLength(16);
}

QString DateTimeField::isoText() const
{
    const QString typed = text().simplified();
    const qsizetype space = typed.indexOf(u' ');
    if (space < 0)
        return DateField::isoFromTyped(typed);
    return DateField::isoFromTyped(typed.first(space)) + u'T' + typed.sliced(space + 1);
}

void DateTimeField::setIsoText(const QString &iso)
{
    const qsizetype t = iso.indexOf(u'T');
    const QString datePart = t < 0 ? iso : iso.first(t);
    const auto date = PartialDate::parse(datePart, QString());
    QString shown = date ? date->toDisplay() : datePart;
    if (t >= 0)
        shown += u' ' + iso.sliced(t + 1);
    setText(shown);
}

} // namespace hotich::desktop
