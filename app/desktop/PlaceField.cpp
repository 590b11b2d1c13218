#include "PlaceField.h"

#include "reference/AdministrativeUnits.h"
#include "text/Fold.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHash>
#include <QStringListModel>

using namespace Qt::StringLiterals;
using hotich::reference::AdministrativeUnit;
using hotich::reference::AdministrativeUnits;
using hotich::reference::UnitList;

namespace hotich::desktop {

namespace {

/// Every unit of a list as the officer writes it, with its folded form, built once per list.
struct Places
{
    QStringList paths;
    QStringList folded;
};

const Places &placesOf(const UnitList &list)
{
    static QHash<QString, Places> cache; // GUI thread only
    auto it = cache.find(list.id());
    if (it == cache.end()) {
        Places p;
        // Communes first (what a birth place or a residence ends with), then provinces.
        for (auto level : {AdministrativeUnit::Level::Commune, AdministrativeUnit::Level::Province}) {
            for (const AdministrativeUnit &unit : list.units()) {
                if (unit.level != level)
                    continue;
                p.paths << list.fullPath(unit);
                p.folded << text::fold(p.paths.constLast());
            }
        }
        it = cache.insert(list.id(), std::move(p));
    }
    return *it;
}

} // namespace

PlaceField::PlaceField(QWidget *parent) : QLineEdit(parent)
{
    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    // The list is filtered here (without accents), not by the completer (which compares accents).
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(u"placeCompletions"_s);
    m_completer->popup()->setAccessibleName(tr("Administrative units"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &PlaceField::pick);
    // textEdited: what the officer typed (and committed), not what the program set.
    connect(this, &QLineEdit::textEdited, this, &PlaceField::update);
    setPlaceholderText(tr("e.g. ba dinh (without accents) — then pick from the list"));
}

void PlaceField::setValidOn(QDate date)
{
    m_validOn = date;
}

qsizetype PlaceField::segmentStart(const QString &text)
{
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma < 0)
        return 0;
    qsizetype start = comma + 1;
    while (start < text.size() && text[start].isSpace())
        ++start;
    return start;
}

QStringList PlaceField::offered() const
{
    return m_model->stringList();
}

void PlaceField::update(const QString &typed)
{
    if (m_picking)
        return;
    const QString query = text::fold(QStringView(typed).sliced(segmentStart(typed)));
    QStringList matches;
    if (query.size() >= 2) {
        const UnitList &list = m_validOn.isValid() ? AdministrativeUnits::instance().validOn(m_validOn)
                                                   : AdministrativeUnits::instance().current();
        const Places &places = placesOf(list);
        // Units whose name starts with the words come before those that merely contain them.
        QStringList later;
        for (qsizetype i = 0; i < places.folded.size() && matches.size() < kOffered; ++i) {
            const QString &folded = places.folded[i];
            const qsizetype at = folded.indexOf(query);
            if (at < 0)
                continue;
            // "phuong ba dinh, …": the words right after the unit's type word count as the start.
            const bool atName =
                at == 0 || (at > 0 && folded[at - 1] == u' ' && folded.indexOf(u' ') == at - 1);
            (atName ? matches : later) << places.paths[i];
        }
        while (matches.size() < kOffered && !later.isEmpty())
            matches << later.takeFirst();
    }
    m_model->setStringList(matches);
    if (matches.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void PlaceField::pick(const QString &unit)
{
    const QString current = text();
    const qsizetype start = segmentStart(current);
    m_picking = true;
    setText(current.left(start) + unit);
    Q_EMIT textEdited(text()); // the form learns of the change as of any typing
    m_picking = false;
    m_completer->popup()->hide();
}

} // namespace hotich::desktop
