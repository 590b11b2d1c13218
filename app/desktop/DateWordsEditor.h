#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hotich::desktop {

class DateField;

/// A date's words as the paper prints them, under the date: the preview ("In words: …"), and the
/// words in a line of their own when the family wants another reading ("mùng" for "mồng"), opened
/// by F2 in the date or by the button beside the preview (out of the tab order, so Tab from the
/// date goes on to the next field). A new date discards the words typed for the old one.
class DateWordsEditor : public QWidget
{
    Q_OBJECT

public:
    /// What the screen reader says of each part.
    struct Names
    {
        QString preview; ///< "Date of birth in words"
        QString button;  ///< "Edit the date of birth in words"
        QString line;    ///< "Child — date of birth in words, as the family wants it read"
    };

    /// The preview is `path`.words, the button `path`.editWords, the line `wordsPath`.
    DateWordsEditor(DateField *date, const QString &path, const QString &wordsPath, const Names &names,
                    QWidget *parent);

    QLabel *preview() const { return m_preview; }
    QLineEdit *line() const { return m_line; }
    /// The words typed, when they differ from the date's own; empty otherwise.
    QString editedWords() const;
    /// Opens the words for editing (F2), the cursor in them; nothing while the date has no words.
    void edit();

Q_SIGNALS:
    void edited();

private:
    DateField *m_date;
    QLabel *m_preview = nullptr;
    QPushButton *m_button = nullptr;
    QLineEdit *m_line = nullptr;
};

} // namespace hotich::desktop
