#pragma once

#include "RegisterJobs.h"
#include "printing/Calibration.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hotich::desktop {

/// Hiệu chỉnh máy in — a new printer right in two sheets: (1) print the form's calibration page
/// on plain paper (with the correction saved for this printer and form, if any); (2) hold it
/// against a blank form to the light and type where the form's own mark falls on the ticks; save
/// it for this printer and form (added to what was saved); print the page again to check. The
/// calibration belongs to this workstation (printing::calibrationDirectory), under the printer's
/// name, where the print screen looks it up. Printing runs on the register's thread.
class CalibrationScreen : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationScreen(RegisterJobs &jobs, QWidget *parent = nullptr);

    /// Prints the calibration page of the chosen form to the chosen printer, or to the PDF file
    /// when one is typed; printFinished() tells how it went.
    void printPage();
    /// Adds the offsets read off the sheet to the printer's saved calibration and saves it.
    void save();

    /// The correction saved now for the chosen printer and form (none: zero).
    printing::Calibration current() const;
    QString messageText() const;

Q_SIGNALS:
    void printFinished(bool ok);

private:
    void showCurrent();
    QString printerName() const;

    RegisterJobs &m_jobs;
    QComboBox *m_form = nullptr;
    QComboBox *m_printer = nullptr;
    QLineEdit *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QDoubleSpinBox *m_x = nullptr;
    QDoubleSpinBox *m_y = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace hotich::desktop
