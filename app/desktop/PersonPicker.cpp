#include "PersonPicker.h"

#include "Labels.h"
#include "Language.h"
#include "store/SearchText.h"

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

// As the Find screen: a pause this long after a keystroke starts the search.
constexpr int kTypingPauseMs = 200;
constexpr int kRecordLimit = 50;

enum Column
{
    NameColumn,
    RoleColumn,
    BirthDateColumn,
    RecordColumn,
    ColumnCount
};

} // namespace

PersonPicker::PersonPicker(const QString &databasePath, const QString &groupTitle, QWidget *parent)
    : QDialog(parent), m_runner(databasePath)
{
    setObjectName(u"personPicker"_s);
    setWindowTitle(tr("%1 — pick from the register").arg(groupTitle));
    setAccessibleName(windowTitle());

    m_box = new QLineEdit(this);
    m_box->setObjectName(u"pickerSearch"_s);
    m_box->setAccessibleName(tr("Name of the person to pick"));
    m_box->setPlaceholderText(tr("Name (with or without diacritics) or register number, e.g. 12/2026"));
    m_box->setClearButtonEnabled(true);
    m_box->installEventFilter(this);
    auto *boxLabel = new QLabel(tr("&Find:"), this);
    boxLabel->setBuddy(m_box);

    m_state = new QLabel(tr("Type the name of a person the register holds."), this);
    m_state->setObjectName(u"pickerState"_s);
    m_state->setAccessibleName(tr("Search state"));
    m_state->setWordWrap(true);

    m_results = new QTableWidget(0, ColumnCount, this);
    m_results->setObjectName(u"pickerResults"_s);
    m_results->setAccessibleName(tr("Persons found"));
    m_results->setHorizontalHeaderLabels(
        {tr("Name"), tr("In the record as"), tr("Date of birth"), tr("Record")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_results->installEventFilter(this);
    connect(m_results, &QTableWidget::activated, this, &PersonPicker::take);

    auto *hint =
        new QLabel(tr("Down: to the results · Enter: fill in the form with the person · Esc: close"), this);
    hint->setWordWrap(true);

    auto *search = new QHBoxLayout;
    search->addWidget(boxLabel);
    search->addWidget(m_box, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_state);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);
    resize(760, 420);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &PersonPicker::searchNow);
    connect(m_box, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(&m_runner, &SearchRunner::answered, this, &PersonPicker::showAnswer);
    m_box->setFocus();
}

void PersonPicker::searchNow()
{
    SearchQuery base;
    base.limit = kRecordLimit;
    const SearchQuery query = searchQueryFromText(m_box->text(), base);
    if (!asksForSomething(query)) {
        m_runner.cancel();
        m_waiting = false;
        m_found.clear();
        m_results->setRowCount(0);
        m_state->setText(tr("Type the name of a person the register holds."));
        Q_EMIT resultsShown();
        return;
    }
    m_state->setText(tr("Searching…"));
    m_runner.requestPersons(query);
    m_waiting = true;
}

void PersonPicker::showAnswer(int ticket, const SearchAnswer &answer)
{
    if (ticket != m_runner.latest())
        return; // the officer has typed on since
    m_waiting = false;
    m_results->setRowCount(0);
    m_found = answer.persons;
    if (answer.error) {
        m_found.clear();
        m_state->setText(Language::message(*answer.error));
        Q_EMIT resultsShown();
        return;
    }
    m_results->setRowCount(int(m_found.size()));
    for (int row = 0; row < m_found.size(); ++row) {
        const FoundPerson &found = m_found[row];
        const QString birth = found.person.fields.value(u"birthDate"_s).toString();
        QString record = Labels::kind(found.record.kind);
        if (found.record.number > 0)
            record += u' ' + Labels::registerNumber(found.record.number, found.record.year);
        const QStringList texts{found.person.fullName, Labels::member(found.person.role),
                                birth.isEmpty() ? QString() : Labels::value(u"birthDate"_s, birth), record};
        for (int column = 0; column < ColumnCount; ++column)
            m_results->setItem(row, column, new QTableWidgetItem(texts[column]));
    }
    m_results->resizeColumnsToContents();
    m_results->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    if (!m_found.isEmpty())
        m_results->setCurrentCell(0, NameColumn);
    m_state->setText(m_found.isEmpty() ? tr("No person of that name in the register.")
                                       : tr("%n person(s) found: Down to choose, Enter to fill in the form.",
                                            nullptr, int(m_found.size())));
    Q_EMIT resultsShown();
}

void PersonPicker::take()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_found.size())
        return;
    m_chosen = m_found[row].person;
    accept();
}

bool PersonPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_box && key == Qt::Key_Down && m_results->rowCount() > 0) {
            m_results->setFocus();
            if (m_results->currentRow() < 0)
                m_results->setCurrentCell(0, NameColumn);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_pause->isActive())
                searchNow(); // Enter before the pause ended: the results for what is typed first
            else if (!m_waiting)
                take(); // from the box, the first (current) result
            return true;
        }
        if (watched == m_results && key == Qt::Key_Up && m_results->currentRow() <= 0) {
            m_box->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hotich::desktop
