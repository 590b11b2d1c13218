#include "FormTemplate.h"

#include <QPageSize>
#include <QRegularExpression>

namespace hotich::printing {

QPointF TextBox::anchorMm() const
{
    switch (align) {
    case HAlign::Left:
        return boxMm.topLeft();
    case HAlign::Centre:
        return {boxMm.center().x(), boxMm.top()};
    case HAlign::Right:
        return boxMm.topRight();
    }
    return boxMm.topLeft();
}

const QRegularExpression &FieldSpec::placeholder()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

QStringList FieldSpec::valueNames() const
{
    if (!value.isEmpty())
        return {value};
    QStringList names;
    for (auto it = placeholder().globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

QSizeF PaperSpec::pageSizeMm() const
{
    return orientation == QPageLayout::Landscape ? portraitSizeMm.transposed() : portraitSizeMm;
}

QPageLayout PaperSpec::pageLayout() const
{
    // ExactMatch: a measured blank form of 209.5 mm must not be snapped to A4.
    const QPageSize size(portraitSizeMm, QPageSize::Millimeter, name, QPageSize::ExactMatch);
    QPageLayout layout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

const FieldSpec *FormTemplate::field(const QString &name) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace hotich::printing
