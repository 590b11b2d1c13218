#pragma once

#include <QGroupBox>
#include <QJsonObject>
#include <QList>

class QDialog;

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hotich {
struct NamedPerson;
}

namespace hotich::desktop {

class DateWordsEditor;

class DateField;

/// One input of a form, known by the record path the core's messages name ("subject.birthDate"),
/// with the message shown beside it (under the input).
struct FormField
{
    QString path;
    QWidget *input = nullptr;
    QLabel *message = nullptr;
    bool touched = false; ///< the officer has typed in it: its messages show at once
};

/// A person's fields on a form (the child, a parent, the declarant, a spouse …), in the paper
/// form's order, as the record member `member` holds them. The same widget serves every form kind.
class PersonFields : public QGroupBox
{
    Q_OBJECT

public:
    enum class Field
    {
        FamilyName,
        MiddleName,
        GivenName,
        FullName,
        BirthDate,       ///< full date, with its words shown under it (a child's)
        BirthYearOrDate, ///< a year, a month or a full date (a parent's)
        Sex,
        Ethnicity,
        Nationality,
        BirthPlace,
        Hometown,
        Residence,
        IdNumber,
        IdDocument,
        Relationship,
    };

    PersonFields(const QString &member, const QString &title, const QList<Field> &fields,
                 QWidget *parent = nullptr);

    /// The person as the record holds them; empty when nothing is filled in.
    QJsonObject value() const;
    QList<FormField> &fields() { return m_fields; }
    const QString &member() const { return m_member; }
    /// The input of a field (nullptr when this person has none).
    QWidget *input(Field field) const;
    /// The words of the date of birth, under it (BirthDate only).
    QLabel *birthDateWords() const;
    /// The date of birth in words as the family wants it read (F2 in the date, or the button
    /// beside the words): starts with the computed words; when changed, the record carries them
    /// ("birthDateWords") and the certificate prints them. Hidden until asked for; a new date
    /// discards it. Nullptr without BirthDate.
    QLineEdit *editedBirthDateWords() const;
    /// Adds `input` to `form` as a row under `label`, with the field's message under it (and
    /// `below` between the two, such as a date in words): how every form lays out a field. The
    /// input is named by `path`.
    static FormField addRow(QFormLayout *form, const QString &path, const QString &label, QWidget *input,
                            QWidget *below = nullptr);
    /// Fills in a default (such as the nationality) without counting as typing: a person with
    /// nothing but defaults is left out of the record.
    void setDefault(Field field, const QString &text);

    /// Lets the officer pick this person from the register instead of typing them (PersonPicker):
    /// a button "Pick from the register…" beside the title, and F4 or Ctrl+Space in the group.
    /// Optional: a group without it is typed only.
    void enablePicking(const QString &databasePath);
    /// The button that opens the picker (nullptr until enablePicking).
    QPushButton *pickButton() const { return m_pick; }
    /// Opens the picker (F4); a person taken fills the fields.
    void openPicker();
    /// Fills every field this group has from a person as a record holds them (names whole or
    /// apart, dates, ethnicity, residence, ID number …), as if typed: a field the person lacks is
    /// emptied (back to its default). Whether the person may be named here is the core's to say.
    void fill(const NamedPerson &person);

Q_SIGNALS:
    /// The officer changed the field at `path`.
    void edited(const QString &path);
    /// The picker was opened (its dialog, shown window-modal) for this group.
    void pickerOpened(QDialog *picker);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void add(Field field);
    void placePickButton();
    static QString key(Field field);

    QString m_member;
    QFormLayout *m_form = nullptr;
    QList<FormField> m_fields;
    QHash<int, QWidget *> m_inputs;
    QHash<int, QString> m_defaults;
    QString m_databasePath;
    QPushButton *m_pick = nullptr;
    DateWordsEditor *m_words = nullptr; ///< under the date of birth
};

} // namespace hotich::desktop
