#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "model/Finding.h"
#include "registry/DraftCheck.h"
#include "registry/RegistrationOutcome.h"

#include <QJsonObject>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace hotich::desktop {

class DateField;
class PersonFields;
struct FormField;

/// Đăng ký khai sinh — the birth form, in the order of the paper Giấy khai sinh: the child, the
/// mother, the father, the declarant, the registration. The core's errors and warnings show under
/// each field as the officer types (the core's checkDraft; nothing is judged here); the date of
/// birth is shown in words; before saving, births already registered with the same name, date of
/// birth and mother are shown beside this one, and saving again registers it anyway. Saving runs
/// on the register's own thread (RegisterJobs): the form waits, the window does not. Enter saves,
/// Escape cancels (asking first when something was typed).
class BirthForm : public QWidget
{
    Q_OBJECT

public:
    BirthForm(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);
    ~BirthForm() override;

    /// The record as the form holds it now (what the core checks and saves).
    QJsonObject record() const;
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; }
    /// The message over the form (what saving needs, or what went wrong); empty when none.
    QString messageText() const;
    /// The message shown under the field at `path` ("subject.birthDate"); empty when none.
    QString fieldMessage(const QString &path) const;
    /// The suspected duplicates on screen (empty when the panel is hidden).
    QList<DuplicateCandidate> shownDuplicates() const { return m_candidates; }

    /// Puts the cursor in the first field (the child's family name).
    void focusFirst();
    /// Checks, looks for duplicates, then registers (Enter).
    void save();
    /// Closes the form, after asking when something was typed (Escape).
    void requestCancel();

Q_SIGNALS:
    /// The birth is registered: the main window opens it.
    void registered(const QUuid &id);
    void cancelled();
    /// The register's thread answered (the duplicates were looked up, or the save ended).
    void answered();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void edited(const QString &path);
    void validate();
    Findings currentFindings() const;
    void showDuplicates(const QJsonObject &record, const Result<QList<DuplicateCandidate>> &found);
    void write(const QJsonObject &record);
    void finishWrite(const Result<RegistrationOutcome> &outcome, const std::optional<Error> &fileError);
    void setBusy(bool busy);
    void setMessage(const QString &text, bool error);
    QList<FormField *> allFields();

    Session &m_session;
    RegisterJobs &m_jobs;
    PersonFields *m_child = nullptr;
    PersonFields *m_mother = nullptr;
    PersonFields *m_father = nullptr;
    PersonFields *m_declarant = nullptr;
    DateField *m_registrationDate = nullptr;
    std::unique_ptr<FormField> m_registrationField;
    QLabel *m_message = nullptr;
    QLabel *m_notes = nullptr; ///< the core's messages that name no field of the form
    QGroupBox *m_duplicates = nullptr;
    QTableWidget *m_duplicateTable = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_check = nullptr;
    QList<DuplicateCandidate> m_candidates;
    QJsonObject m_confirmedDuplicates; ///< the record the officer saw the duplicates of
    bool m_dirty = false;
    bool m_busy = false;
    bool m_showAll = false; ///< after a save attempt every field's message shows
};

} // namespace hotich::desktop
