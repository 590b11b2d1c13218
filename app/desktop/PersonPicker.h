#pragma once

#include "SearchRunner.h"

#include <QDialog>
#include <QList>

#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace hotich::desktop {

/// Picks a person from the register for a form's group (a parent, a spouse, the deceased) instead
/// of retyping them: a search box whose results come while typing (findPersons, off the GUI thread
/// as the Find screen's), one row per person a found record names with the name searched. Down
/// moves from the box to the results, Enter takes the person, Escape closes and takes nothing.
class PersonPicker : public QDialog
{
    Q_OBJECT

public:
    /// `groupTitle` is the group the person goes to ("The mother").
    PersonPicker(const QString &databasePath, const QString &groupTitle, QWidget *parent = nullptr);

    /// The person taken with Enter; nothing before (or after Escape).
    const std::optional<NamedPerson> &chosen() const { return m_chosen; }

Q_SIGNALS:
    /// The results of the text typed are shown (or the search's error).
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchNow();
    void showAnswer(int ticket, const SearchAnswer &answer);
    void take();

    SearchRunner m_runner;
    QLineEdit *m_box = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_state = nullptr;
    QTimer *m_pause = nullptr;
    QList<FoundPerson> m_found;
    std::optional<NamedPerson> m_chosen;
    bool m_waiting = false; ///< a search is under way: Enter does not take an older result
};

} // namespace hotich::desktop
