#include "FindScreen.h"

#include "Labels.h"
#include "Language.h"
#include "store/SearchText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

// A pause this long after a keystroke starts the search: each keystroke does not queue one.
constexpr int kTypingPauseMs = 200;
constexpr int kResultLimit = 200;
// The year filter's oldest year. A digitised historical record has register year 0 (it keeps its
// book's own reference) and is found by name, not by year.
constexpr int kFirstYear = 1945;

} // namespace

FindScreen::FindScreen(const QString &databasePath, int currentYear, QWidget *parent)
    : QWidget(parent), m_runner(databasePath)
{
    setObjectName(u"findScreen"_s);

    m_box = new QLineEdit(this);
    m_box->setObjectName(u"searchBox"_s);
    m_box->setAccessibleName(tr("Search the register"));
    m_box->setPlaceholderText(tr("Name (with or without diacritics) or register number, e.g. 12/2026"));
    m_box->setClearButtonEnabled(true);
    m_box->installEventFilter(this);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->setAccessibleName(tr("Kind of event"));
    m_kind->addItem(tr("All kinds"), QString());
    for (EventKind kind : allEventKinds())
        m_kind->addItem(Labels::kind(kind), kindCode(kind));

    // A list, not a number box: the years an office searches are few, and typing "2025" on the
    // closed list jumps to it.
    m_year = new QComboBox(this);
    m_year->setObjectName(u"yearFilter"_s);
    m_year->setAccessibleName(tr("Register year"));
    m_year->addItem(tr("All years"), 0);
    for (int year = currentYear; year >= kFirstYear; --year)
        m_year->addItem(QString::number(year), year);

    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_box);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *yearLabel = new QLabel(tr("Y&ear:"), this);
    yearLabel->setBuddy(m_year);

    m_results = new QTableWidget(0, ColumnCount, this);
    m_results->setObjectName(u"results"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Number"), tr("Names"), tr("Registration date"), tr("Status")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(NamesColumn, QHeaderView::Stretch);
    m_results->installEventFilter(this);
    connect(m_results, &QTableWidget::activated, this, &FindScreen::openCurrent);

    m_state = new QLabel(tr("Type a name or a register number."), this);
    m_state->setObjectName(u"searchState"_s);
    m_state->setAccessibleName(tr("Search state"));
    m_state->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_box, 1);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_state);
    layout->addWidget(m_results, 1);
    setTabOrder(m_box, m_kind);
    setTabOrder(m_kind, m_year);
    setTabOrder(m_year, m_results);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &FindScreen::searchNow);
    connect(m_box, &QLineEdit::textChanged, this, &FindScreen::schedule);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FindScreen::searchNow);
    connect(m_year, &QComboBox::currentIndexChanged, this, &FindScreen::searchNow);
    connect(&m_runner, &SearchRunner::answered, this, &FindScreen::showAnswer);
}

void FindScreen::focusSearch()
{
    m_box->setFocus();
    m_box->selectAll();
}

void FindScreen::schedule()
{
    m_pause->start();
}

void FindScreen::searchNow()
{
    m_pause->stop();
    SearchQuery base;
    base.limit = kResultLimit;
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        base.kind = parseKindCode(kind);
    base.year = m_year->currentData().toInt();
    const SearchQuery query = searchQueryFromText(m_box->text(), base);
    if (!asksForSomething(query)) {
        m_runner.cancel();
        m_inFlight = false;
        m_enterWhenShown = false; // nothing to move into
        m_results->setRowCount(0);
        m_state->setText(tr("Type a name or a register number."));
        return;
    }
    m_state->setText(tr("Searching…"));
    m_runner.request(query);
    m_inFlight = true;
}

void FindScreen::showAnswer(int ticket, const SearchAnswer &answer)
{
    if (ticket != m_runner.latest())
        return; // the officer has typed on since
    m_inFlight = false;
    m_results->setRowCount(0);
    if (answer.error) {
        m_state->setText(Language::message(*answer.error));
        m_enterWhenShown = false;
        Q_EMIT resultsShown();
        return;
    }
    m_results->setRowCount(int(answer.hits.size()));
    for (int row = 0; row < answer.hits.size(); ++row) {
        const SearchHit &hit = answer.hits[row];
        const QStringList cells{Labels::kind(hit.kind), Labels::registerNumber(hit.number, hit.year),
                                hit.names, Labels::date(hit.registrationDate), Labels::status(hit.status)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == KindColumn)
                item->setData(Qt::UserRole, hit.id);
            m_results->setItem(row, column, item);
        }
    }
    m_results->resizeColumnToContents(KindColumn);
    m_results->resizeColumnToContents(NumberColumn);
    m_results->resizeColumnToContents(DateColumn);
    if (answer.hits.isEmpty())
        m_state->setText(tr("No record matches."));
    else if (answer.hits.size() >= kResultLimit)
        m_state->setText(tr("The first %n records; type more to narrow the search.", nullptr, kResultLimit));
    else
        m_state->setText(tr("%n record(s) found.", nullptr, int(answer.hits.size())));
    if (m_enterWhenShown) {
        m_enterWhenShown = false;
        moveIntoResults();
    }
    Q_EMIT resultsShown();
}

void FindScreen::moveIntoResults()
{
    if (m_results->rowCount() == 0)
        return;
    m_results->setFocus();
    if (!m_results->currentIndex().isValid() || m_results->selectedItems().isEmpty())
        m_results->setCurrentCell(0, NamesColumn);
}

void FindScreen::openCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0)
        return;
    Q_EMIT openRequested(m_results->item(row, KindColumn)->data(Qt::UserRole).toUuid());
}

bool FindScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_box && (enter || key == Qt::Key_Down)) {
        if (m_pause->isActive() || m_inFlight) { // the results on screen are for older text
            m_enterWhenShown = true;
            if (m_pause->isActive())
                searchNow();
        } else {
            moveIntoResults();
        }
        return true;
    }
    if (watched == m_results && key == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    if (watched == m_results && key == Qt::Key_Up && m_results->currentRow() == 0) {
        focusSearch(); // no trap: Up from the first result goes back to the box
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hotich::desktop
