#include "PersonFinder.h"

#include "RecordView.h"
#include "store/RecordStore.h"
#include "text/Fold.h"

namespace hotich {

bool nameMatches(const QString &name, const QString &text)
{
    const QStringList words = RecordSearch::searchTokens(text::foldQuery(text));
    if (words.isEmpty())
        return false;
    const QStringList nameWords = RecordSearch::searchTokens(text::fold(name));
    for (const QString &word : words) {
        if (!nameWords.contains(word))
            return false;
    }
    return true;
}

Result<QList<FoundPerson>> findPersons(Database &db, const SearchQuery &query)
{
    auto hits = RecordSearch(db).search(query);
    if (!hits)
        return hits.error();
    // A register number ("12/2026") asks for the record itself: all of its persons are offered.
    const bool searchesNames = !RecordSearch::searchTokens(query.text).isEmpty();
    RecordStore store(db);
    QList<FoundPerson> found;
    for (const SearchHit &hit : std::as_const(hits.value())) {
        auto view = loadRecordView(store, hit.id);
        if (!view)
            return view.error();
        for (const NamedPerson &person : namedPersonsOf(hit.kind, view->content())) {
            if (!searchesNames || nameMatches(person.fullName, query.text))
                found << FoundPerson{hit, person};
        }
    }
    return found;
}

} // namespace hotich
