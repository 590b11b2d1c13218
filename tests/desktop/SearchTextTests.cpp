// What the officer types into the one search box, read as a search (core: store/SearchText).
#include "store/SearchText.h"

#include "support/CatchQt.h"

using namespace Qt::StringLiterals;
using namespace hotich;

TEST_CASE("search text: a register number is number and year, anything else is names")
{
    const SearchQuery number = searchQueryFromText(u" 12 / 2026 "_s);
    CHECK(number.number == 12);
    CHECK(number.year == 2026);
    CHECK(number.text.isEmpty());

    const SearchQuery names = searchQueryFromText(u"  Nguyễn Văn An "_s);
    CHECK(names.text == u"Nguyễn Văn An"_s);
    CHECK(names.number == 0);
    CHECK(names.year == 0);

    // Not a register number: a two-digit year, a number without a year, no entry 0.
    CHECK(searchQueryFromText(u"12/26"_s).text == u"12/26"_s);
    CHECK(searchQueryFromText(u"12/26"_s).number == 0);
    CHECK(searchQueryFromText(u"0/2026"_s).number == 0);
    CHECK(searchQueryFromText(u"0/2026"_s).text == u"0/2026"_s);

    SECTION("the filters of the screen are kept; the year in the text wins")
    {
        SearchQuery base;
        base.kind = EventKind::Death;
        base.year = 2025;
        base.limit = 7;
        const SearchQuery q = searchQueryFromText(u"3/2026"_s, base);
        CHECK(q.kind == EventKind::Death);
        CHECK(q.year == 2026);
        CHECK(q.limit == 7);
        CHECK(searchQueryFromText(u"an"_s, base).year == 2025);
    }

    SECTION("a query asks for something when it has text or a filter")
    {
        CHECK_FALSE(asksForSomething(searchQueryFromText(u"   "_s)));
        SearchQuery kindOnly;
        kindOnly.kind = EventKind::Birth;
        CHECK(asksForSomething(kindOnly));
        CHECK(asksForSomething(searchQueryFromText(u"1/2026"_s)));
    }
}
