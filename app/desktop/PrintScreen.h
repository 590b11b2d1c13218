#pragma once

#include "RegisterJobs.h"
#include "Session.h"
#include "printing/Calibration.h"
#include "printing/FormTemplate.h"

#include <QImage>
#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hotich::desktop {

class FormPreview;

/// In giấy tờ — printing one record: the forms its kind is printed on, a preview of its values on
/// a drawing of the blank form exactly as they will print, the destination (a PDF file, or a
/// printer with the calibration saved for it) and, for a preprinted form, the blank's serial (the
/// next free one proposed) with the stock left. Print runs on the register's thread: the sheet is
/// journalled by serial as hotich-admin print journals it, and the file's step "printed" is taken.
/// A refusal (a text that does not fit, a missing glyph, no stock, a serial used) changes nothing.
/// Escape closes it.
class PrintScreen : public QWidget
{
    Q_OBJECT

public:
    PrintScreen(Session &session, const QUuid &record, RegisterJobs &jobs, QWidget *parent = nullptr);

    /// Whether the record was read and has a form to print on; otherwise the screen says why not.
    bool loaded() const { return m_loaded; }
    const QUuid &recordId() const { return m_record; }
    /// The title the main window gives the screen's tab.
    QString title() const { return m_title; }
    /// The line under the preview: what was printed, or why not.
    QString messageText() const;
    /// The preview as drawn, before it is scaled to the screen; null when the form cannot be set.
    QImage previewImage() const;

    /// Prints the chosen form, as the Print button does; printFinished() tells when it is done.
    void print();

Q_SIGNALS:
    void printFinished(bool printed);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct PrintOrder;
    struct Outcome;

    /// On the register's thread: the sheet (journalled on a preprinted form), then the file's step.
    static Outcome carryOut(const PrintOrder &order, Result<Database *> db, const Clock &clock,
                            const Account &account);
    static Result<QString> printSheetOf(const PrintOrder &order, Database &db, const Clock &clock,
                                        const QString &actor);

    void load();
    void chooseForm();
    void showPreview();
    void showStock();
    void showCalibration();
    void chooseFile();
    void updateDestination();
    const printing::FormTemplate *currentForm() const;
    void finishPrinting(const Outcome &outcome);
    static QString noStockText();

    Session &m_session;
    RegisterJobs &m_jobs;
    QUuid m_record;
    bool m_loaded = false;
    bool m_formSet = false; ///< the chosen form takes the record (every text fits)
    QString m_title;
    QString m_recordName; ///< kind and register number, for messages
    QString m_fileTag;    ///< "-1-2026": the register number in the proposed PDF's name
    QList<printing::FormTemplate> m_forms;
    std::optional<printing::Calibration> m_calibration;

    QLabel *m_heading = nullptr;
    QComboBox *m_form = nullptr;
    FormPreview *m_preview = nullptr;
    QRadioButton *m_toPdf = nullptr;
    QLineEdit *m_pdfPath = nullptr;
    QPushButton *m_browse = nullptr;
    QRadioButton *m_toPrinter = nullptr;
    QComboBox *m_printer = nullptr;
    QLabel *m_calibrationText = nullptr;
    QLabel *m_serialLabel = nullptr;
    QLineEdit *m_serial = nullptr;
    QLabel *m_stock = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace hotich::desktop
