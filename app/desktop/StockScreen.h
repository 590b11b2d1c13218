#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "printing/BlankFormStock.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hotich::desktop {

/// What the stock screen shows, read in one job off the GUI thread.
struct StockView
{
    printing::StockReport report;
    QList<FormJournalEntry> pending; ///< sheets sent and never confirmed
    QHash<QString, int> digits;      ///< per series, how its serials are written
};

/// Phôi — the office's blank forms: what each form and series holds (received, used, spoiled,
/// waiting, left; low stock in red), the sheets sent to the printer and never confirmed (after a
/// crash or a jam: the officer says whether each came out printed or spoiled), and a range of
/// numbered blanks received from the province. Every change is journaled by the printing library
/// on the register's thread.
class StockScreen : public QWidget
{
    Q_OBJECT

public:
    /// Below this many sheets of a form, its lines show in red.
    static constexpr qint64 kLowStock = 50;

    StockScreen(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

    void refresh();
    /// Records the range typed as received.
    void receive();
    /// The chosen waiting sheet came out printed.
    void confirmCurrent();
    /// The chosen waiting sheet is spoiled, for the reason typed.
    void spoilCurrent();

    QString messageText() const;
    QTableWidget *stock() const { return m_stock; }
    QTableWidget *pending() const { return m_pending; }

Q_SIGNALS:
    void refreshed();
    /// A change was answered (see messageText()).
    void changeFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const Result<StockView> &view);
    void change(const std::function<Result<QString>(Database &)> &work);
    void finishChange(const Result<QString> &done);
    QString currentSerial() const;

    Session &m_session;
    RegisterJobs &m_jobs;
    QTableWidget *m_stock = nullptr;
    QLabel *m_low = nullptr;
    QTableWidget *m_pending = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_spoil = nullptr;
    QComboBox *m_form = nullptr;
    QLineEdit *m_series = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QPushButton *m_receive = nullptr;
    QLabel *m_message = nullptr;
    QString m_afterRefresh;
    bool m_receiving = false; ///< the change running is a receipt: its fields clear once done
};

} // namespace hotich::desktop
