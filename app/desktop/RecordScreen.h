#pragma once

#include "Session.h"

#include <QJsonValue>
#include <QUuid>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace hotich::desktop {

/// Hồ sơ — one registration as it stands now (its content with every amendment applied) and its
/// history (the registration and each amendment: when, by whom, what changed). Read only: the
/// actions (print, correct, extract copy) come with their screens. Escape closes it.
class RecordScreen : public QWidget
{
    Q_OBJECT

public:
    RecordScreen(Session &session, const QUuid &id, QWidget *parent = nullptr);

    /// Whether the record was found and read; otherwise the screen shows why not.
    bool loaded() const { return m_loaded; }
    /// The title the main window gives the record's tab: kind and register number.
    QString title() const { return m_title; }

Q_SIGNALS:
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load(const QUuid &id);
    static void addValue(QTreeWidgetItem *parent, const QString &member, const QJsonValue &value);

    Session &m_session;
    bool m_loaded = false;
    QString m_title;
    QLabel *m_heading = nullptr;
    QLabel *m_names = nullptr;
    QLabel *m_facts = nullptr;
    QTreeWidget *m_content = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace hotich::desktop
