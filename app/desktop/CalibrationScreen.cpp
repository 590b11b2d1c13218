#include "CalibrationScreen.h"

#include "Language.h"
#include "ScreenHeading.h"
#include "printing/BundledFont.h"
#include "printing/CalibrationPage.h"
#include "printing/FormRenderer.h"
#include "printing/PrintOutput.h"
#include "printing/RecordPrint.h"
#include "printing/TemplateLoader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

using namespace hotich::printing;

namespace {

QDoubleSpinBox *offsetBox(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setRange(-Calibration::kMaxOffsetMm, Calibration::kMaxOffsetMm);
    box->setSingleStep(0.5); // the page's ticks are every millimetre: half of one can be read
    box->setDecimals(1);
    box->setSuffix(u" mm"_s);
    return box;
}

} // namespace

CalibrationScreen::CalibrationScreen(RegisterJobs &jobs, QWidget *parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(u"calibrationScreen"_s);
    auto *heading = new QLabel(tr("Calibrate a printer"), this);
    styleAsHeading(heading);

    m_form = new QComboBox(this);
    m_form->setObjectName(u"calibrationForm"_s);
    m_form->setAccessibleName(tr("Form to calibrate"));
    for (const QString &id : TemplateLoader::builtInIds()) {
        if (auto form = TemplateLoader::fromIdOrFile(id); form && form->mode == FormMode::Preprinted)
            m_form->addItem(form->title, id);
    }
    m_printer = new QComboBox(this);
    m_printer->setObjectName(u"calibrationPrinter"_s);
    m_printer->setAccessibleName(tr("Printer to calibrate"));
    m_printer->setEditable(true); // a queue CUPS does not list yet can still be named
    m_printer->addItems(QPrinterInfo::availablePrinterNames());
    if (const QString preferred = QPrinterInfo::defaultPrinterName(); !preferred.isEmpty())
        m_printer->setCurrentText(preferred);
    m_pdf = new QLineEdit(this);
    m_pdf->setObjectName(u"calibrationPdf"_s);
    m_pdf->setAccessibleName(tr("PDF file instead of the printer"));
    m_pdf->setPlaceholderText(tr("Empty: the page goes to the printer"));
    m_current = new QLabel(this);
    m_current->setObjectName(u"calibrationCurrent"_s);
    m_current->setWordWrap(true);

    auto *first = new QGroupBox(tr("1. Print the calibration page on plain paper"), this);
    auto *firstForm = new QFormLayout(first);
    firstForm->addRow(tr("Form:"), m_form);
    firstForm->addRow(tr("Printer:"), m_printer);
    firstForm->addRow(tr("Or a PDF file:"), m_pdf);
    firstForm->addRow(QString(), m_current);
    m_print = new QPushButton(tr("&Print the calibration page"), first);
    m_print->setObjectName(u"printCalibrationPage"_s);
    connect(m_print, &QPushButton::clicked, this, &CalibrationScreen::printPage);
    firstForm->addRow(QString(), m_print);

    auto *second = new QGroupBox(tr("2. Hold it on a blank form against the light"), this);
    auto *how =
        new QLabel(tr("At each crosshair, read where the blank form's own mark falls on the ticks: to the "
                      "right and down are positive, to the left and up negative."),
                   second);
    how->setWordWrap(true);
    m_x = offsetBox(u"calibrationX"_s, tr("Offset to the right"), second);
    m_y = offsetBox(u"calibrationY"_s, tr("Offset down"), second);
    m_save = new QPushButton(tr("&Save the correction"), second);
    m_save->setObjectName(u"saveCalibration"_s);
    connect(m_save, &QPushButton::clicked, this, &CalibrationScreen::save);
    auto *secondForm = new QFormLayout(second);
    secondForm->addRow(how);
    secondForm->addRow(tr("Mark to the right by:"), m_x);
    secondForm->addRow(tr("Mark down by:"), m_y);
    secondForm->addRow(QString(), m_save);

    m_message = new QLabel(this);
    m_message->setObjectName(u"calibrationMessage"_s);
    m_message->setAccessibleName(tr("Calibration state"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_form, &QComboBox::currentIndexChanged, this, &CalibrationScreen::showCurrent);
    connect(m_printer, &QComboBox::currentTextChanged, this, &CalibrationScreen::showCurrent);
    setFocusProxy(m_form);
    showCurrent();
}

QString CalibrationScreen::printerName() const
{
    return m_printer->currentText().trimmed();
}

Calibration CalibrationScreen::current() const
{
    const QString name = printerName();
    if (name.isEmpty())
        return {};
    auto saved = CalibrationStore(calibrationDirectory()).load(name, m_form->currentData().toString());
    return saved ? *saved : Calibration{};
}

void CalibrationScreen::showCurrent()
{
    const Calibration c = current();
    m_current->setText(c.offsetMm.isNull() ? tr("No correction is saved for this printer and form.")
                                           : tr("Saved correction: %1 mm to the right, %2 mm down.")
                                                 .arg(c.offsetMm.x(), 0, 'f', 1)
                                                 .arg(c.offsetMm.y(), 0, 'f', 1));
}

void CalibrationScreen::printPage()
{
    const QString formId = m_form->currentData().toString();
    const QString pdf = m_pdf->text().trimmed();
    const QString printer = printerName();
    if (formId.isEmpty() || (pdf.isEmpty() && printer.isEmpty())) {
        m_message->setText(tr("Choose the form and a printer (or type a PDF file)."));
        Q_EMIT printFinished(false);
        return;
    }
    Calibration calibration = current();
    calibration.nudgesMm.clear(); // the page has none of the form's fields
    m_print->setEnabled(false);
    m_message->setText(tr("Printing the calibration page…"));
    QPointer<CalibrationScreen> self(this);
    m_jobs.run([self, formId, pdf, printer, calibration](Result<Database *>) {
        // No register work: the register's thread keeps the window free while CUPS takes the job.
        const Result<void> done = [&]() -> Result<void> {
            auto form = TemplateLoader::fromIdOrFile(formId);
            if (!form)
                return form.error();
            PrintOutput output = pdf.isEmpty() ? PrintOutput::toPrinter(printer) : PrintOutput::toPdf(pdf);
            if (auto checked = output.check(); !checked)
                return checked;
            auto font = BundledFont::load();
            if (!font)
                return font.error();
            auto page = CalibrationPage::build(*form, *font);
            if (!page)
                return page.error();
            FormRenderer renderer(std::move(page.value()));
            if (auto set = renderer.setCalibration(calibration); !set)
                return set;
            PdfOptions options;
            options.creator = QCoreApplication::applicationName();
            return output.send(renderer, {}, options, form->title);
        }();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done, pdf] {
                if (!self)
                    return;
                self->m_print->setEnabled(true);
                self->m_message->setText(
                    done ? (pdf.isEmpty() ? tr("The calibration page is printed: hold it on a blank form.")
                                          : tr("The calibration page is written to %1.")
                                                .arg(QDir::toNativeSeparators(pdf)))
                         : tr("The calibration page was not printed: %1")
                               .arg(Language::message(done.error())));
                Q_EMIT self->printFinished(bool(done));
            },
            Qt::QueuedConnection);
    });
}

void CalibrationScreen::save()
{
    const QString name = printerName();
    if (name.isEmpty()) {
        m_message->setText(tr("Name the printer the correction is for."));
        return;
    }
    // What was read off the sheet is what remains after the saved correction: add it.
    Calibration next = current();
    next.printer = name;
    next.offsetMm += QPointF(m_x->value(), m_y->value());
    const auto saved =
        CalibrationStore(calibrationDirectory()).save(name, m_form->currentData().toString(), next);
    if (!saved) {
        m_message->setText(tr("The correction was not saved: %1").arg(Language::message(saved.error())));
        return;
    }
    m_x->setValue(0);
    m_y->setValue(0);
    showCurrent();
    m_message->setText(
        tr("Saved for %1. Print the page again on plain paper to check it: the marks should now "
           "fall on the crosshairs.")
            .arg(name));
}

QString CalibrationScreen::messageText() const
{
    return m_message->text();
}

} // namespace hotich::desktop
