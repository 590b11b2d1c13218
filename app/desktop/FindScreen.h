#pragma once

#include "SearchRunner.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace hotich::desktop {

/// Tìm hồ sơ — one search box with results while typing: names with or without diacritics, or a
/// register number ("12/2026"), narrowed by kind and year. Down or Enter in the box moves into the
/// results, Enter on a result opens it, Escape in the results goes back to the box.
class FindScreen : public QWidget
{
    Q_OBJECT

public:
    /// `currentYear` heads the year filter's list (the office's today, from the session's clock).
    FindScreen(const QString &databasePath, int currentYear, QWidget *parent = nullptr);

    /// The results table's column of each item, for tests and the record view's title.
    enum Column
    {
        KindColumn,
        NumberColumn,
        NamesColumn,
        DateColumn,
        StatusColumn,
        ColumnCount
    };

    /// Puts the cursor in the search box.
    void focusSearch();
    /// Starts the pending search now instead of after the typing pause.
    void searchNow();

Q_SIGNALS:
    void openRequested(const QUuid &id);
    /// The results of the newest search are on the screen.
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void showAnswer(int ticket, const SearchAnswer &answer);
    void moveIntoResults();
    void openCurrent();

    SearchRunner m_runner;
    QTimer *m_pause = nullptr;
    QLineEdit *m_box = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_year = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_state = nullptr;
    bool m_inFlight = false;       ///< the newest search has not answered yet
    bool m_enterWhenShown = false; ///< Down/Enter came before the results: move into them on arrival
};

} // namespace hotich::desktop
