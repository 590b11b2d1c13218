#include "SearchText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hotich {

SearchQuery searchQueryFromText(QStringView text, SearchQuery base)
{
    static const QRegularExpression registerNumber(uR"(^\s*(\d{1,7})\s*/\s*(\d{4})\s*$)"_s);
    const QString trimmed = text.trimmed().toString();
    if (const auto m = registerNumber.match(trimmed); m.hasMatch()) {
        base.number = m.captured(1).toInt();
        base.year = m.captured(2).toInt();
        base.text.clear();
        // "0/2026" names no entry (numbers start at 1): search for it as text, which finds nothing.
        if (base.number == 0)
            base.text = trimmed;
        return base;
    }
    base.text = trimmed;
    return base;
}

bool asksForSomething(const SearchQuery &query)
{
    return !query.text.trimmed().isEmpty() || query.kind || query.from.isValid() || query.to.isValid() ||
           query.year || query.number;
}

} // namespace hotich
