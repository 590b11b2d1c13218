#include "PersonFields.h"

#include "DateField.h"
#include "Labels.h"
#include "PlaceField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

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
    QLabel *words = nullptr;
    if (field == Field::BirthDate) {
        m_words = static_cast<DateField *>(input)->makeWordsLabel(path + u".words"_s,
                                                                  tr("Date of birth in words"), this);
        words = m_words;
    }
    m_fields.append(addRow(m_form, path, label, input, words));
    m_inputs.insert(int(field), input);
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
    return typed ? person : QJsonObject();
}

} // namespace hotich::desktop
