#include "PersonFields.h"

#include "DateField.h"
#include "DateWordsEditor.h"
#include "Labels.h"
#include "PersonPicker.h"
#include "PlaceField.h"
#include "model/Person.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

// The picker's button keeps this far from the group's right edge (the frame's corner).
constexpr int kPickButtonInset = 8;

} // namespace

PersonFields::PersonFields(const QString &member, const QString &title, const QList<Field> &fields,
                           QWidget *parent)
    : QGroupBox(title, parent), m_member(member)
{
    setObjectName(member + u"Fields"_s);
    m_form = new QFormLayout(this);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label stays beside its input when a message grows the row under it.
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The picker's button comes first (before the fields in the tab order); it sits on the title's
    // line, not in a row of its own, so that the forms still fit the screen. Hidden, and so out
    // of the tab order, until the form enables picking.
    m_pick = new QPushButton(tr("Pick from the register… (F4)"), this);
    m_pick->setObjectName(member + u".pick"_s);
    m_pick->setAccessibleName(tr("%1 — pick from the register").arg(title));
    m_pick->setAutoDefault(true); // Enter on it opens the picker (not the form's save)
    m_pick->hide();
    connect(m_pick, &QPushButton::clicked, this, &PersonFields::openPicker);
    for (Field field : fields) // created in the paper form's order: the tab order follows it
        add(field);
}

QString PersonFields::key(Field field)
{
    switch (field) {
    case Field::FamilyName:
        return u"familyName"_s;
    case Field::MiddleName:
        return u"middleName"_s;
    case Field::GivenName:
        return u"givenName"_s;
    case Field::FullName:
        return u"fullName"_s;
    case Field::BirthDate:
    case Field::BirthYearOrDate:
        return u"birthDate"_s;
    case Field::Sex:
        return u"sex"_s;
    case Field::Ethnicity:
        return u"ethnicity"_s;
    case Field::Nationality:
        return u"nationality"_s;
    case Field::BirthPlace:
        return u"birthPlace"_s;
    case Field::Hometown:
        return u"hometown"_s;
    case Field::Residence:
        return u"residence"_s;
    case Field::IdNumber:
        return u"idNumber"_s;
    case Field::IdDocument:
        return u"idDocument"_s;
    case Field::Relationship:
        return u"relationship"_s;
    }
    return {};
}

void PersonFields::add(Field field)
{
    const QString name = key(field);
    const QString path = m_member + u'.' + name;
    QWidget *input = nullptr;
    switch (field) {
    case Field::BirthDate:
        input = new DateField(DateField::Precision::FullOnly, this);
        break;
    case Field::BirthYearOrDate:
        input = new DateField(DateField::Precision::Partial, this);
        break;
    case Field::Sex: {
        auto *sex = new QComboBox(this);
        sex->addItem(tr("— choose —"), QString());
        sex->addItem(Labels::value(u"sex"_s, u"male"_s), u"male"_s);
        sex->addItem(Labels::value(u"sex"_s, u"female"_s), u"female"_s);
        connect(sex, &QComboBox::activated, this, [this, path] { Q_EMIT edited(path); });
        input = sex;
        break;
    }
    case Field::BirthPlace:
    case Field::Hometown:
    case Field::Residence:
        input = new PlaceField(this);
        break;
    default:
        input = new QLineEdit(this);
        break;
    }
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        connect(line, &QLineEdit::textEdited, this, [this, path] { Q_EMIT edited(path); });
        if (field == Field::IdNumber)
            line->setMaxLength(12);
    }
    const QString label = Labels::member(name);
    input->setAccessibleName(tr("%1 — %2").arg(title(), label));
    QWidget *words = nullptr;
    if (field == Field::BirthDate) {
        auto *date = static_cast<DateField *>(input);
        const QString wordsPath = path + u"Words"_s;
        m_words =
            new DateWordsEditor(date, path, wordsPath,
                                {tr("Date of birth in words"), tr("Edit the date of birth in words"),
                                 tr("%1 — date of birth in words, as the family wants it read").arg(title())},
                                this);
        connect(m_words, &DateWordsEditor::edited, this, [this, wordsPath] { Q_EMIT edited(wordsPath); });
        words = m_words;
    }
    m_fields.append(addRow(m_form, path, label, input, words));
    m_inputs.insert(int(field), input);
}

QLabel *PersonFields::birthDateWords() const
{
    return m_words ? m_words->preview() : nullptr;
}

QLineEdit *PersonFields::editedBirthDateWords() const
{
    return m_words ? m_words->line() : nullptr;
}

FormField PersonFields::addRow(QFormLayout *form, const QString &path, const QString &label, QWidget *input,
                               QWidget *below)
{
    QWidget *parent = form->parentWidget();
    input->setObjectName(path);
    auto *message = new QLabel(parent);
    message->setObjectName(path + u".message"_s);
    message->setAccessibleName(tr("Message about %1").arg(label));
    message->setWordWrap(true);
    message->hide();
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(input);
    if (below)
        cellLayout->addWidget(below);
    cellLayout->addWidget(message);
    auto *rowLabel = new QLabel(label + u':', parent);
    rowLabel->setBuddy(input);
    form->addRow(rowLabel, cell);
    return FormField{path, input, message, false};
}

QWidget *PersonFields::input(Field field) const
{
    return m_inputs.value(int(field));
}

void PersonFields::setDefault(Field field, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(input(field))) {
        line->setText(text);
        m_defaults.insert(int(field), text);
    }
}

void PersonFields::enablePicking(const QString &databasePath)
{
    m_databasePath = databasePath;
    m_pick->show();
    m_pick->raise();
    // The button is taller than the title: the fields start below it.
    const QMargins margins = m_form->contentsMargins();
    m_form->setContentsMargins(margins.left(),
                               margins.top() + qMax(0, m_pick->sizeHint().height() - fontMetrics().height()),
                               margins.right(), margins.bottom());
    placePickButton();
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_F4), QKeySequence(Qt::CTRL | Qt::Key_Space)}) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &PersonFields::openPicker);
    }
}

void PersonFields::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    placePickButton();
}

void PersonFields::placePickButton()
{
    const QSize size = m_pick->sizeHint();
    m_pick->setGeometry(width() - size.width() - kPickButtonInset, 0, size.width(), size.height());
}

void PersonFields::openPicker()
{
    if (m_databasePath.isEmpty())
        return;
    QPointer<QWidget> back = focusWidget() ? focusWidget() : m_pick;
    auto *picker = new PersonPicker(m_databasePath, title(), window());
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    connect(picker, &QDialog::finished, this, [this, picker, back](int result) {
        if (result == QDialog::Accepted && picker->chosen())
            fill(*picker->chosen());
        if (back)
            back->setFocus();
    });
    Q_EMIT pickerOpened(picker);
    picker->open();
}

void PersonFields::fill(const NamedPerson &person)
{
    for (auto it = m_inputs.begin(); it != m_inputs.end(); ++it) {
        const Field field = Field(it.key());
        const QString name = key(field);
        QString text;
        switch (field) {
        case Field::FamilyName:
            text = person.name.family;
            break;
        case Field::MiddleName:
            text = person.name.middle;
            break;
        case Field::GivenName:
            text = person.name.given;
            break;
        case Field::FullName:
            text = person.fullName;
            break;
        default: {
            const QJsonValue value = person.fields.value(name);
            if (value.isObject()) { // a document given in parts: written as the form's line has it
                const QJsonObject document = value.toObject();
                text =
                    QStringList{document.value(u"type"_s).toString(), document.value(u"number"_s).toString()}
                        .join(u' ')
                        .simplified();
            } else {
                // A country comes as its code: the form's line has its name, as the officer types it.
                text = Labels::value(name, value.toString());
            }
            break;
        }
        }
        if (auto *date = qobject_cast<DateField *>(it.value()))
            date->setIsoText(text);
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setText(text.isEmpty() ? m_defaults.value(it.key()) : text);
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentIndex(qMax(0, combo->findData(text)));
        Q_EMIT edited(m_member + u'.' + name);
    }
}

QJsonObject PersonFields::value() const
{
    QJsonObject person;
    bool typed = false;
    for (auto it = m_inputs.begin(); it != m_inputs.end(); ++it) {
        const QString name = key(Field(it.key()));
        QString text;
        if (auto *date = qobject_cast<DateField *>(it.value()))
            text = date->isoText();
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            text = line->text().trimmed();
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            text = combo->currentData().toString();
        if (!text.isEmpty()) {
            person.insert(name, text);
            typed = typed || text != m_defaults.value(it.key());
        }
    }
    if (const QString words = m_words ? m_words->editedWords() : QString(); !words.isEmpty()) {
        person.insert(u"birthDateWords"_s, words);
        typed = true;
    }
    return typed ? person : QJsonObject();
}

} // namespace hotich::desktop
