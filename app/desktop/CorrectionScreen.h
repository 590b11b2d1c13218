#pragma once

#include "PersonFields.h"
#include "RegisterJobs.h"
#include "Session.h"
#include "model/Finding.h"
#include "registry/RecordView.h"
#include "registry/RegistrationOutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace hotich::desktop {

/// Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch — a correction of one registration, as
/// its own piece of work: each field the law lets a correction change (the core's
/// correctableFields) with its value in the register beside the new value the officer types; the
/// kind of correction, its reason and the reference of the supporting document. The core's checks
/// show beside the fields as the officer types (checkCorrectionDraft; nothing is judged here).
/// Saving registers the correction on the register's own thread (RegisterJobs). Enter saves,
/// Escape cancels (asking first when something was typed).
class CorrectionScreen : public QWidget
{
    Q_OBJECT

public:
    CorrectionScreen(Session &session, RegisterJobs &jobs, const QUuid &id, QWidget *parent = nullptr);
    ~CorrectionScreen() override;

    /// Whether the record was read and can be corrected here; otherwise the screen says why not.
    bool loaded() const { return m_view.has_value() && !m_fields.isEmpty(); }
    const QUuid &recordId() const { return m_id; }
    /// The title of the screen's tab: "Correction of Birth 1/2026".
    QString title() const { return m_title; }
    /// The correction as the screen holds it now (type, changes, reason, supportingDocument).
    QJsonObject correction() const;
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; }
    /// The message over the screen (what saving needs, or what went wrong); empty when none.
    QString messageText() const;
    /// The message beside the field at `path` ("subject.givenName", "reason"); empty when none.
    QString fieldMessage(const QString &path) const;

    /// Puts the cursor in the first new value.
    void focusFirst();
    /// Checks, then registers the correction (Enter).
    void save();
    /// Closes the screen, after asking when something was typed (Escape).
    void requestCancel();

Q_SIGNALS:
    /// The correction is registered: the record's screen shows the record as it is now.
    void corrected(const QUuid &record);
    void cancelled();
    /// The register's thread answered the save.
    void answered();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildFields(QWidget *content);
    /// The kind of correction, its reason and its supporting document.
    QWidget *buildRequest();
    QWidget *makeInput(const QString &path, const QString &label, QWidget *parent);
    FormField &addRow(QGridLayout *grid, int row, const QString &path, const QString &label,
                      const QString &oldText, QWidget *input);
    static QString textOf(const QWidget *input);
    void edited(const QString &path);
    void validate();
    Findings currentFindings() const;
    void finishWrite(const Result<RegistrationOutcome> &outcome);
    void setBusy(bool busy);
    void setMessage(const QString &text, bool error);

    Session &m_session;
    RegisterJobs &m_jobs;
    QUuid m_id;
    std::optional<RecordView> m_view;
    QString m_title;
    QList<FormField> m_fields;          ///< the new values, then type, reason and document
    QHash<QString, QString> m_oldTexts; ///< a new value's text when it equals the register's
    QComboBox *m_type = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_document = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_notes = nullptr; ///< the core's messages that name no field of the screen
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_check = nullptr;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_showAll = false; ///< after a save attempt every field's message shows
};

} // namespace hotich::desktop
