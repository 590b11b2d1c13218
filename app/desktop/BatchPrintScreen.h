#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "printing/FormTemplate.h"
#include "registry/Workflow.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace hotich::desktop {

/// In hàng loạt — the files waiting for their paper, printed in one go onto one form: the officer
/// picks the form, the files of its kind entered in the register and not printed yet are listed
/// (the earliest due first), and they go to a folder of PDFs (one a record) or to a printer with
/// its calibration. The batch runs on the register's thread through printing::PrintBatch, so every
/// record is prepared and the stock checked before the first sheet. It shows its progress, and
/// Cancel stops it after the sheet being printed: each sheet is journalled and its file marked
/// printed as it goes, so what was printed is never printed again and what was not stays listed.
class BatchPrintScreen : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NamesColumn,
        DueColumn,
        ColumnCount
    };

    BatchPrintScreen(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);
    ~BatchPrintScreen() override;

    /// Reads the files waiting for the chosen form again; refreshed() tells when they are shown.
    void refresh();
    /// Prints every file listed (Alt+I); finished() tells how it ended.
    void print();
    /// Asks the running batch to stop after the sheet being printed.
    void cancel();

    bool isBusy() const { return m_busy; }
    QString messageText() const;
    QTableWidget *files() const { return m_files; }

Q_SIGNALS:
    void refreshed();
    /// After each sheet: how many of how many are printed.
    void progressed(int done, int total);
    /// The batch ended: `printed` sheets of `total` (fewer after a Cancel or a failure).
    void finished(int printed, int total);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Outcome;
    struct BatchOrder;

    /// On the print thread: the batch prepared, then each sheet sent and its file marked printed,
    /// `progressed` told after each; stops after the sheet in hand once `cancelled` is set.
    static void carryOut(const BatchOrder &order, Database &db, const Clock &clock, const Account &account,
                         const std::atomic<bool> &cancelled, const std::function<void(int, int)> &progressed,
                         Outcome &outcome);

    void loadForms();
    const printing::FormTemplate *currentForm() const;
    void showFiles(const Result<QList<FileStatus>> &files);
    void updateDestination();
    void chooseFolder();
    void showProgress(int done, int total);
    void finishPrinting(const Outcome &outcome);
    void setBusy(bool busy);

    Session &m_session;
    RegisterJobs &m_jobs;
    QList<printing::FormTemplate> m_forms;
    QList<FileStatus> m_waiting; ///< the files listed, in the table's order
    QComboBox *m_form = nullptr;
    QTableWidget *m_files = nullptr;
    QRadioButton *m_toFolder = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QRadioButton *m_toPrinter = nullptr;
    QComboBox *m_printer = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
    bool m_busy = false;
    bool m_hasPrinters = false; ///< CUPS knew a printer when the screen opened
    int m_generation = 0;       ///< of the latest refresh asked for
};

} // namespace hotich::desktop
