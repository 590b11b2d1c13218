#include "ScreenHeading.h"

#include <QLabel>

namespace hotich::desktop {

void styleAsHeading(QLabel *label)
{
    QFont bigger = label->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    label->setFont(bigger);
    label->setWordWrap(true);
}

} // namespace hotich::desktop
