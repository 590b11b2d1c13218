#include "RegistrationOutcome.h"

#include "util/Uuid.h"

using namespace Qt::StringLiterals;

namespace hotich {

QJsonArray findingsToJson(const Findings &findings)
{
    QJsonArray list;
    for (const Finding &f : findings) {
        list.append(QJsonObject{{u"severity"_s, f.isError() ? u"error"_s : u"warning"_s},
                                {u"code"_s, f.code},
                                {u"field"_s, f.field},
                                {u"message"_s, f.vi},
                                {u"messageEn"_s, f.en}});
    }
    return list;
}

QJsonObject RegistrationOutcome::toJson() const
{
    QJsonObject o{
        {u"id"_s, uuidText(id)}, {u"kind"_s, kindCode(kind)}, {u"warnings"_s, findingsToJson(warnings)}};
    o.insert(u"year"_s, number ? QJsonValue(year) : QJsonValue());
    o.insert(u"number"_s, number ? QJsonValue(number) : QJsonValue());
    o.insert(u"book"_s, number ? QJsonValue(book) : QJsonValue());
    return o;
}

} // namespace hotich
