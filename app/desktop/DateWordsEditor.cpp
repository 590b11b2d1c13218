#include "DateWordsEditor.h"

#include "DateField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

DateWordsEditor::DateWordsEditor(DateField *date, const QString &path, const QString &wordsPath,
                                 const Names &names, QWidget *parent)
    : QWidget(parent), m_date(date)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_preview = date->makeWordsLabel(path + u".words"_s, names.preview, this);
    m_button = new QPushButton(tr("Edit the words (F2)"), this);
    m_button->setObjectName(path + u".editWords"_s);
    m_button->setAccessibleName(names.button);
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->hide();
    auto *preview = new QHBoxLayout;
    preview->addWidget(m_preview, 1);
    preview->addWidget(m_button, 0, Qt::AlignTop);
    layout->addLayout(preview);
    m_line = new QLineEdit(this);
    m_line->setObjectName(wordsPath);
    m_line->setAccessibleName(names.line);
    m_line->hide();
    layout->addWidget(m_line);

    connect(date, &QLineEdit::textChanged, this, [this] {
        if (!m_line->isHidden()) { // the words were another date's
            m_line->hide();
            m_line->clear();
        }
        m_button->setVisible(!m_date->inWords().isEmpty());
    });
    connect(m_button, &QPushButton::clicked, this, &DateWordsEditor::edit);
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_F2), date, nullptr, nullptr, Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &DateWordsEditor::edit);
    connect(m_line, &QLineEdit::textEdited, this, &DateWordsEditor::edited);
}

QString DateWordsEditor::editedWords() const
{
    if (m_line->isHidden())
        return {};
    const QString words = m_line->text().simplified();
    return words == m_date->inWords() ? QString() : words;
}

void DateWordsEditor::edit()
{
    const QString computed = m_date->inWords();
    if (computed.isEmpty())
        return; // no date to read yet
    if (m_line->isHidden()) {
        m_line->setText(computed);
        m_line->show();
        m_button->hide();
    }
    m_line->setFocus();
}

} // namespace hotich::desktop
