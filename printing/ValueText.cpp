#include "ValueText.h"

#include "model/PartialDate.h"
#include "reference/AdministrativeUnits.h"
#include "reference/CodeLists.h"
#include "reference/Sex.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hotich::printing::value_text {
namespace {

std::optional<PartialDate> parsed(const QJsonValue &iso)
{
    if (!iso.isString() || iso.toString().isEmpty())
        return std::nullopt;
    auto date = PartialDate::parse(iso.toString(), {}, /*allowImpossible*/ true);
    if (!date)
        return std::nullopt;
    return date.value();
}

} // namespace

QString dateDigits(const QJsonValue &iso)
{
    const auto date = parsed(iso);
    return date ? date->toDisplay() : iso.toString();
}

QString dateWords(const QJsonValue &iso, const text::WordStyle &style)
{
    const auto date = parsed(iso);
    if (!date)
        return {};
    if (date->isFull())
        return text::dateInWords(QDate(date->year(), date->month(), date->day()), style);
    if (date->precision() == PartialDate::Precision::Month) {
        const QString month = date->month() == 4 ? u"tư"_s : text::numberInWords(date->month(), style);
        return QString(u"tháng "_s + month) + u" năm "_s + text::numberInWords(date->year(), style);
    }
    return u"năm "_s + text::numberInWords(date->year(), style);
}

QString dateLine(QDate date)
{
    if (!date.isValid())
        return {};
    return u"ngày %1 tháng %2 năm %3"_s.arg(date.day(), 2, 10, QChar(u'0'))
        .arg(date.month(), 2, 10, QChar(u'0'))
        .arg(date.year());
}

QString nationality(const QJsonValue &code)
{
    if (const auto *country = reference::Countries::instance().byCode(code.toString()))
        return country->nameVi;
    return code.toString();
}

QString sex(const QJsonValue &code)
{
    const auto s = parseSexCode(code.toString());
    if (!s)
        return code.toString();
    QString name = sexNameVi(*s);
    name[0] = name[0].toUpper();
    return name;
}

QString identityDocument(const QJsonValue &document)
{
    if (!document.isObject())
        return document.toString();
    const QJsonObject d = document.toObject();
    QString text = d.value(u"type"_s).toString();
    if (d.contains(u"number"_s))
        text += u" số "_s + d.value(u"number"_s).toString();
    if (d.contains(u"issuer"_s))
        text += u", do "_s + d.value(u"issuer"_s).toString() + u" cấp"_s;
    if (d.contains(u"date"_s))
        text += (d.contains(u"issuer"_s) ? u" ngày "_s : u", cấp ngày "_s) + dateDigits(d.value(u"date"_s));
    return text.trimmed();
}

QString officeOfCode(const QString &communeCode, QDate on)
{
    const auto &units =
        reference::AdministrativeUnits::instance().validOn(on.isValid() ? on : QDate::currentDate());
    const auto *unit = units.find(communeCode);
    if (!unit)
        return {};
    return u"Ủy ban nhân dân "_s + units.fullPath(*unit);
}

} // namespace hotich::printing::value_text
