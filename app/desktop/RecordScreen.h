#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "registry/Workflow.h"

#include <QJsonValue>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hotich::desktop {

/// Hồ sơ — one registration as it stands now (its content with every amendment applied) and its
/// history (the registration and each amendment: when, by whom, what changed), and where its file
/// stands in the workflow (entered, printed, signed, issued, with its legal due date) with the next
/// step's action, run on the register's thread. "Print…" (Ctrl+P) asks for the print screen,
/// "Correct…" (Ctrl+E) for the correction screen; extract copy comes with its screen. Escape
/// closes it.
class RecordScreen : public QWidget
{
    Q_OBJECT

public:
    /// Without `jobs` the screen shows the workflow but offers no step.
    RecordScreen(Session &session, const QUuid &id, RegisterJobs *jobs = nullptr, QWidget *parent = nullptr);

    /// Whether the record was found and read; otherwise the screen shows why not.
    bool loaded() const { return m_loaded; }
    /// The title the main window gives the record's tab: kind and register number.
    QString title() const { return m_title; }
    /// The line about the record's file ("File: entered in the register · due …"); empty without one.
    QString workflowText() const;

    /// Reads the record again (after a correction): its content, its history, its file.
    void reload();

    /// Takes the file's next step (printed, signed or issued), as the step button does.
    void takeNextStep();

Q_SIGNALS:
    void closeRequested();
    /// The officer asked to correct the record (Ctrl+E).
    void correctRequested(const QUuid &id);
    /// The officer asked to register an amending kind on this record (a guardianship ended).
    void amendRequested(hotich::EventKind kind, const QUuid &id);
    /// The core answered a workflow step (see workflowText()).
    void stepFinished();
    /// The officer asked to print the record (the Print… button, Ctrl+P).
    void printRequested(const QUuid &record);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /// Reads the file's state again: it may have been signed in the queue since.
    void showEvent(QShowEvent *event) override;

private:
    void load(const QUuid &id);
    void showFile(const Result<std::optional<FileStatus>> &file);
    /// The blank forms printed for the record (the form journal), in the history.
    void showPrints(const QUuid &id);
    /// The ministry's findings about the record and its ID number's state, under its history.
    void showMinistryAnswers(const QUuid &id);
    void loadFile();
    static void addValue(QTreeWidgetItem *parent, const QString &member, const QJsonValue &value);
    /// A change of an amendment: the value before, then the one after ("An → Ân").
    static void addChange(QTreeWidgetItem *parent, const QString &member, const QJsonValue &after,
                          const QJsonValue &before);

    Session &m_session;
    bool m_loaded = false;
    QString m_title;
    QLabel *m_heading = nullptr;
    QLabel *m_names = nullptr;
    QLabel *m_facts = nullptr;
    QTreeWidget *m_content = nullptr;
    QTreeWidget *m_history = nullptr;
    RegisterJobs *m_jobs = nullptr;
    QUuid m_id;
    std::optional<FileStatus> m_file;
    QLabel *m_workflow = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_correct = nullptr;
    /// The amending kinds offered on a record in force of the kind they amend, each its button.
    QList<std::pair<EventKind, QPushButton *>> m_amend;
};

} // namespace hotich::desktop
