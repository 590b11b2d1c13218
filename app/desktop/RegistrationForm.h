#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "model/Finding.h"
#include "registry/RegistrationOutcome.h"
#include "text/NumberWords.h"

#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <QWidget>

#include <deque>
#include <optional>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;

namespace hotich::desktop {

class DateField;
class PersonFields;
struct FormField;

/// What every registration form does, whatever its kind (BirthForm, DeathForm, MarriageForm): the
/// core's errors and warnings under each field as the officer types (the core's checkDraft; nothing
/// is judged here), saving on the register's own thread (RegisterJobs: the form waits, the window
/// does not), and the file entered at once. Enter saves, Escape cancels (asking first when
/// something was typed). A form kind only lays out its fields in the order of its paper form.
class RegistrationForm : public QWidget
{
    Q_OBJECT

public:
    ~RegistrationForm() override;

    /// The record as the form holds it now (what the core checks and saves).
    QJsonObject record() const;
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; }
    /// The message over the form (what saving needs, or what went wrong); empty when none.
    QString messageText() const;
    /// The record an amending kind's form amends (a guardianship ended); null for the others.
    QUuid amends() const { return m_amends; }
    /// The message shown under the field at `path` ("subject.birthDate"); empty when none.
    QString fieldMessage(const QString &path) const;

    /// Puts the cursor in the first field.
    void focusFirst();
    /// Checks, then registers (Enter).
    void save();
    /// Closes the form, after asking when something was typed (Escape).
    void requestCancel();

Q_SIGNALS:
    /// The record is registered: the main window opens it.
    void registered(const QUuid &id);
    void cancelled();
    /// The register's thread answered (a look-up before saving, or the save ended).
    void answered();

protected:
    /// `kind` is the record's kind ("death"); `heading` the form's title; `discardQuestion` what
    /// Escape asks when something was typed.
    RegistrationForm(Session &session, RegisterJobs &jobs, const QString &kind, const QString &heading,
                     const QString &discardQuestion, QWidget *parent);

    /// The widget the form kind lays its groups out in (inside a scroll area).
    QWidget *content() const { return m_content; }
    /// The core's messages that name no field of the form: the form kind places it.
    QLabel *notes() const { return m_notes; }
    /// A person's fields, in the record under the person's member; created in the paper's order.
    /// The person can be picked from the register (PersonFields::enablePicking).
    void addPerson(PersonFields *person);
    /// A field that belongs to no person ("death.place"), as a row of `form` with its message
    /// under it (and `below` between the two, such as a date in words). A field not `inRecord`
    /// is read by the form kind itself (completeRecord); editing "death.dateTime.time" also
    /// counts as editing "death.dateTime", whose messages it shares.
    void addField(QFormLayout *form, const QString &path, const QString &label, QWidget *input,
                  bool inRecord = true, QWidget *below = nullptr);
    /// A group of fields that belong to no person ("The decision"), its rows laid out as a person's.
    QFormLayout *makeGroup(const QString &title, const QString &objectName, QGroupBox **group);
    /// The choices the core's schema gives the member at `path` ("basis"), in the office's words,
    /// after an empty "choose" entry: a required choice left unmade is the core's to say.
    QComboBox *makeChoice(const QString &path, QWidget *parent) const;
    /// A person's name as the record holds it (full, or family, middle and given), empty for none.
    static QString nameOf(const QJsonObject &record, const QString &member);
    /// Makes this the form of an amending kind: the record carries `member` ("amends"; a
    /// recording's "relatedRecord") with the target's id, and the target (its kind, number and
    /// names, as the register holds it) shows over the fields.
    void setAmends(const QUuid &target, const QString &member = QStringLiteral("amends"));
    /// The registration group (its date, today by default), created where the paper has it.
    QGroupBox *makeRegistrationGroup();
    /// The grid the form kind lays its groups in: two equal columns, so that a form fits a
    /// 1366×768 screen (the tab order stays the paper's: the order the fields were created in).
    QGridLayout *twoColumns();
    /// Closes the grid: the notes, then `below`, each across both columns under the groups, and
    /// the rest of the height left empty.
    void endColumns(QGridLayout *grid, const QList<QWidget *> &below = {});
    DateField *registrationDate() const { return m_registrationDate; }
    void setFirstField(QWidget *input);
    Session &session() const { return m_session; }
    RegisterJobs &jobs() const { return m_jobs; }

    /// What the form kind adds to the record beyond its fields (a spouse's sex, a time of death).
    virtual void completeRecord(QJsonObject &record) const;
    /// Who filed the file at the counter: the declarant, else the requester, else (an amending
    /// kind's) the names of the record amended.
    virtual QString applicantOf(const QJsonObject &record) const;
    /// Called with a record free of errors on Enter: registers it by default; a form kind may
    /// look the register up first (the birth's suspected duplicates).
    virtual void readyToWrite(const QJsonObject &record);
    /// The officer changed something: what the form showed for the old record goes.
    virtual void changed() {}
    /// Escape, before it cancels the form: true when the form kind took it (back from a panel).
    virtual bool escapeTaken() { return false; }

    void write(const QJsonObject &record);
    void setBusy(bool busy);
    void setMessage(const QString &text, bool error);

    void keyPressEvent(QKeyEvent *event) override;

    /// The officer edited the field at `path`: for an input the form kind reads itself (the words
    /// of a date).
    void edited(const QString &path);

private:
    void validate();
    Findings currentFindings() const;
    void finishWrite(const Result<RegistrationOutcome> &outcome, const std::optional<Error> &fileError);
    QList<FormField *> allFields() const;

    Session &m_session;
    RegisterJobs &m_jobs;
    QString m_kind;
    QString m_heading;
    QString m_discardQuestion;
    QWidget *m_content = nullptr;
    QWidget *m_first = nullptr;
    QList<PersonFields *> m_persons;
    std::deque<FormField> m_fields; ///< the fields of no person (stable addresses)
    QSet<QString> m_recordPaths;    ///< those of them the record holds as they are
    DateField *m_registrationDate = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_amendsLabel = nullptr;
    QUuid m_amends;
    QString m_amendsMember; ///< the record's member that names it
    QString m_amendedNames; ///< the principal names of the record amended
    QLabel *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_check = nullptr;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_showAll = false;  ///< after a save attempt every field's message shows
    text::WordStyle m_words; ///< the office's number words, for the dates in words
};

} // namespace hotich::desktop
