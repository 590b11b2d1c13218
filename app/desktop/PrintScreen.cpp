#include "PrintScreen.h"

#include "Labels.h"
#include "Language.h"
#include "PrinterList.h"
#include "ScreenHeading.h"
#include "printing/BlankFormStock.h"
#include "printing/RecordPrint.h"
#include "printing/SheetLedger.h"
#include "registry/RegisterSetup.h"
#include "registry/Workflow.h"
#include "store/RecordStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace hotich::printing;

namespace hotich::desktop {

/// The preview's page, drawn whole and as large as the space allows (its proportions kept).
class FormPreview : public QWidget
{
public:
    explicit FormPreview(QWidget *parent) : QWidget(parent)
    {
        setMinimumSize(200, 280);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void setImage(const QImage &image, const QString &failure)
    {
        m_image = image;
        m_failure = failure;
        update();
    }
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().window());
        if (m_image.isNull()) {
            painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_failure);
            return;
        }
        const QSizeF page =
            m_image.deviceIndependentSize().scaled(QSizeF(size()) - QSizeF(8, 8), Qt::KeepAspectRatio);
        const QRectF target(QPointF((width() - page.width()) / 2, (height() - page.height()) / 2), page);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_image);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(target);
    }

private:
    QImage m_image;
    QString m_failure;
};

/// What the register's thread answers: the serial used (empty on plain paper) and whether the
/// file's step "printed" was taken; or why nothing was printed.
struct PrintScreen::Outcome
{
    Result<QString> serial = QString();
    bool stepTaken = false;
    std::optional<Error> stepError; ///< the sheet is printed; only the step failed
    QString destination;
    QString formTitle;
};

/// Everything the print job needs, copied for the register's thread.
struct PrintScreen::PrintOrder
{
    QUuid record;
    FormTemplate form;
    QString pdfPath; ///< empty when printing on paper
    QString printer;
    std::optional<Serial> serial;
    std::optional<Calibration> calibration;
    QString calibrationName;
};

PrintScreen::PrintScreen(Session &session, const QUuid &record, RegisterJobs &jobs, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs), m_record(record)
{
    setObjectName(u"printScreen"_s);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"printHeading"_s);
    styleAsHeading(m_heading);

    m_form = new QComboBox(this);
    m_form->setObjectName(u"printForm"_s);
    m_form->setAccessibleName(tr("Form"));

    m_toPdf = new QRadioButton(tr("PDF &file"), this);
    m_toPdf->setObjectName(u"toPdf"_s);
    m_pdfPath = new QLineEdit(this);
    m_pdfPath->setObjectName(u"pdfPath"_s);
    m_pdfPath->setAccessibleName(tr("PDF file"));
    m_browse = new QPushButton(tr("&Choose…"), this);
    m_browse->setObjectName(u"choosePdf"_s);
    m_toPrinter = new QRadioButton(tr("Prin&ter"), this);
    m_toPrinter->setObjectName(u"toPrinter"_s);
    m_printer = new QComboBox(this);
    m_printer->setObjectName(u"printer"_s);
    m_printer->setAccessibleName(tr("Printer"));
    m_calibrationText = new QLabel(this);
    m_calibrationText->setObjectName(u"calibration"_s);
    m_calibrationText->setWordWrap(true);

    m_serialLabel = new QLabel(tr("Blank &serial"), this);
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(u"serial"_s);
    m_serial->setAccessibleName(tr("Blank serial"));
    m_serial->setToolTip(tr("The serial printed on the blank form in the printer"));
    m_serialLabel->setBuddy(m_serial);
    m_stock = new QLabel(this);
    m_stock->setObjectName(u"stock"_s);
    m_stock->setWordWrap(true);

    m_print = new QPushButton(tr("&Print"), this);
    m_print->setObjectName(u"print"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"printMessage"_s);
    m_message->setAccessibleName(tr("Print result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_preview = new FormPreview(this);
    m_preview->setObjectName(u"printPreview"_s);
    m_preview->setAccessibleName(tr("Preview on the blank form"));

    auto *formLabel = new QLabel(tr("F&orm"), this);
    formLabel->setBuddy(m_form);
    auto *destination = new QGroupBox(tr("Print to"), this);
    auto *pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdfPath, 1);
    pdfRow->addWidget(m_browse);
    auto *destinationLayout = new QVBoxLayout(destination);
    destinationLayout->addWidget(m_toPdf);
    destinationLayout->addLayout(pdfRow);
    destinationLayout->addWidget(m_toPrinter);
    destinationLayout->addWidget(m_printer);
    destinationLayout->addWidget(m_calibrationText);

    auto *side = new QVBoxLayout;
    side->addWidget(formLabel);
    side->addWidget(m_form);
    side->addWidget(destination);
    side->addWidget(m_serialLabel);
    side->addWidget(m_serial);
    side->addWidget(m_stock);
    side->addWidget(m_print, 0, Qt::AlignLeft);
    side->addWidget(m_message);
    side->addStretch();
    auto *sideBox = new QWidget(this);
    sideBox->setLayout(side);
    // Wide enough for a PDF path and a Vietnamese message; the preview takes the rest.
    sideBox->setMinimumWidth(440);
    sideBox->setMaximumWidth(520);

    auto *body = new QHBoxLayout;
    body->addWidget(m_preview, 1);
    body->addWidget(sideBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(body, 1);

    connect(m_form, &QComboBox::currentIndexChanged, this, &PrintScreen::chooseForm);
    connect(m_toPdf, &QRadioButton::toggled, this, &PrintScreen::updateDestination);
    connect(m_printer, &QComboBox::currentIndexChanged, this, &PrintScreen::showCalibration);
    connect(m_browse, &QPushButton::clicked, this, &PrintScreen::chooseFile);
    connect(m_print, &QPushButton::clicked, this, &PrintScreen::print);
    setFocusProxy(m_form);
    load();
}

void PrintScreen::load()
{
    RecordStore store(m_session.db);
    auto subject = loadPrintSubject(store, m_record);
    if (!subject) {
        m_title = tr("Print");
        m_heading->setText(tr("Nothing to print"));
        m_message->setText(Language::message(subject.error()));
        m_print->setEnabled(false);
        return;
    }
    const StoredRecord &stored = subject->record.stored;
    m_recordName = Labels::kind(stored.kind);
    if (stored.number > 0) {
        m_recordName += u' ' + Labels::registerNumber(stored.number, stored.year);
        m_fileTag = u"-%1-%2"_s.arg(stored.number).arg(stored.year);
    }
    m_title = tr("Print %1").arg(m_recordName);
    m_heading->setText(m_title);

    auto forms = formsForRecord(*subject);
    if (!forms || forms->isEmpty()) {
        m_message->setText(forms ? tr("No form is printed for this kind of record.")
                                 : Language::message(forms.error()));
        m_print->setEnabled(false);
        return;
    }
    m_forms = std::move(forms.value());

    m_toPrinter->setEnabled(listPrinters(m_printer));
    // A PDF is the default: nothing reaches paper before the officer says which printer.
    m_toPdf->setChecked(true);
    updateDestination();

    m_loaded = true;
    for (const FormTemplate &form : std::as_const(m_forms))
        m_form->addItem(form.title, form.id);
    m_form->setCurrentIndex(0);
    chooseForm();
}

const FormTemplate *PrintScreen::currentForm() const
{
    const int index = m_form->currentIndex();
    return index >= 0 && index < m_forms.size() ? &m_forms.at(index) : nullptr;
}

void PrintScreen::chooseForm()
{
    const FormTemplate *form = currentForm();
    if (!form)
        return;
    m_message->clear();
    // The PDF's name follows the form, unless the officer typed one.
    if (m_pdfPath->text().isEmpty() || m_pdfPath->property("proposed").toString() == m_pdfPath->text()) {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QDir(folder).exists())
            folder = QDir::homePath();
        const QString proposed = QDir(folder).filePath(form->id + m_fileTag + u".pdf"_s);
        m_pdfPath->setText(proposed);
        m_pdfPath->setProperty("proposed", proposed);
    }
    showPreview();
    showStock();
    showCalibration();
}

void PrintScreen::showPreview()
{
    const FormTemplate &form = *currentForm();
    // Without the calibration: the preview shows the values where the form puts them on the blank.
    auto office = readOffice(m_session.db);
    RecordStore store(m_session.db);
    Result<FormRenderer> renderer =
        office ? prepareRecordForm(store, m_record, form,
                                   IssueContext::forOffice(*office, m_session.clock.today()), std::nullopt)
               : Result<FormRenderer>(office.error());
    m_formSet = renderer.ok();
    if (!renderer) {
        m_preview->setImage({}, Language::message(renderer.error()));
        m_message->setText(Language::message(renderer.error()));
        m_print->setEnabled(false);
        return;
    }
    // At the screen's own resolution (device pixels), so that the scaled preview stays sharp.
    const qreal ratio = devicePixelRatioF();
    auto image = renderer->image(qRound(logicalDpiY() * ratio), RenderTarget::Preview);
    if (!image) {
        m_formSet = false;
        m_preview->setImage({}, Language::message(image.error()));
        m_message->setText(Language::message(image.error()));
        m_print->setEnabled(false);
        return;
    }
    image->setDevicePixelRatio(ratio);
    m_preview->setImage(*image, {});
    m_print->setEnabled(true);
}

void PrintScreen::showStock()
{
    const FormTemplate &form = *currentForm();
    const bool preprinted = form.mode == FormMode::Preprinted;
    m_serialLabel->setVisible(preprinted);
    m_serial->setVisible(preprinted);
    m_stock->setVisible(preprinted);
    m_serial->clear();
    if (!preprinted)
        return;
    BlankFormStock stock(m_session.db, m_session.clock);
    auto report = stock.report(0);
    if (!report) {
        m_stock->setText(Language::message(report.error()));
        return;
    }
    qint64 remaining = 0;
    for (const StockLine &line : std::as_const(report->lines)) {
        if (line.form == form.id)
            remaining += line.remaining;
    }
    if (remaining == 0) {
        m_stock->setText(noStockText());
        return;
    }
    m_stock->setText(tr("%n blank form(s) left in stock.", nullptr, int(remaining)));
    auto next = stock.freeSerials(form, 1);
    if (!next)
        return;
    auto state = stock.state(next->constFirst(), form.id);
    m_serial->setText(state ? state->serialText() : next->constFirst().text(1));
}

void PrintScreen::updateDestination()
{
    const bool pdf = m_toPdf->isChecked();
    m_pdfPath->setEnabled(pdf);
    m_browse->setEnabled(pdf);
    m_printer->setEnabled(!pdf && m_toPrinter->isEnabled());
    showCalibration();
}

void PrintScreen::showCalibration()
{
    m_calibration.reset();
    const FormTemplate *form = currentForm();
    if (!form || m_toPdf->isChecked() || !m_toPrinter->isEnabled()) {
        m_calibrationText->setText(tr("A PDF is not calibrated: it holds the form as designed."));
        return;
    }
    // A printer's calibration is saved under the printer's name (hotich-admin calibration set).
    const QString printer = m_printer->currentText();
    auto loaded = CalibrationStore(calibrationDirectory()).load(printer, form->id);
    if (!loaded) {
        m_calibrationText->setText(loaded.error().kind == ErrorKind::NotFound
                                       ? tr("No calibration is saved for this printer and form.")
                                       : Language::message(loaded.error()));
        return;
    }
    m_calibration = loaded.value();
    m_calibrationText->setText(tr("Calibrated for this printer: offset %1 mm, %2 mm")
                                   .arg(QLocale().toString(m_calibration->offsetMm.x(), 'f', 1),
                                        QLocale().toString(m_calibration->offsetMm.y(), 'f', 1)));
}

void PrintScreen::chooseFile()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save the PDF as"), m_pdfPath->text(), tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        m_pdfPath->setText(chosen);
}

QString PrintScreen::noStockText()
{
    return tr("No blank forms of this kind are left in stock. Receive the next stock before printing.");
}

QString PrintScreen::messageText() const
{
    return m_message->text();
}

QImage PrintScreen::previewImage() const
{
    return m_preview->image();
}

void PrintScreen::print()
{
    const FormTemplate *form = currentForm();
    if (!m_loaded || !form || !m_formSet || !m_print->isEnabled())
        return;
    PrintOrder order{m_record, *form, {}, {}, {}, m_calibration, {}};
    if (m_toPdf->isChecked()) {
        order.pdfPath = m_pdfPath->text().trimmed();
        if (order.pdfPath.isEmpty()) {
            m_message->setText(tr("Give the PDF file to write."));
            m_pdfPath->setFocus();
            return;
        }
        // Checked before a serial is taken: a typing mistake must not leave a sheet pending.
        if (const QDir folder = QFileInfo(order.pdfPath).absoluteDir(); !folder.exists()) {
            m_message->setText(
                tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.path())));
            m_pdfPath->setFocus();
            return;
        }
    } else {
        order.printer = m_printer->currentText();
        if (m_calibration)
            order.calibrationName = order.printer;
    }
    if (form->mode == FormMode::Preprinted && !m_serial->text().trimmed().isEmpty()) {
        auto serial = Serial::parse(m_serial->text().trimmed());
        if (!serial) {
            m_message->setText(Language::message(serial.error()));
            m_serial->setFocus();
            return;
        }
        order.serial = serial.value();
    }

    m_print->setEnabled(false);
    m_message->setText(tr("Printing…"));
    QPointer<PrintScreen> self(this);
    const Clock *clock = &m_session.clock;
    const Account account = m_session.account;
    m_jobs.run([self, clock, account, order](Result<Database *> db) {
        const Outcome outcome = carryOut(order, db, *clock, account);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome] {
                if (self)
                    self->finishPrinting(outcome);
            },
            Qt::QueuedConnection);
    });
}

PrintScreen::Outcome PrintScreen::carryOut(const PrintOrder &order, Result<Database *> db, const Clock &clock,
                                           const Account &account)
{
    Outcome outcome;
    outcome.formTitle = order.form.title;
    outcome.destination = order.pdfPath.isEmpty() ? order.printer : QDir(order.pdfPath).absolutePath();
    if (!db) {
        outcome.serial = db.error();
        return outcome;
    }
    outcome.serial = printSheetOf(order, *db.value(), clock, account.login);
    if (!outcome.serial)
        return outcome;
    // The certificate is on paper: the file moves on, when it was waiting for it.
    Workflow workflow(*db.value(), clock);
    auto file = workflow.fileOfRecord(order.record);
    if (!file) {
        outcome.stepError = file.error();
    } else if (file.value() && file.value()->state == FileState::Entered) {
        if (auto step = workflow.markPrinted(file.value()->id, account); !step)
            outcome.stepError = step.error();
        else
            outcome.stepTaken = true;
    }
    return outcome;
}

Result<QString> PrintScreen::printSheetOf(const PrintOrder &order, Database &db, const Clock &clock,
                                          const QString &actor)
{
    // The printer may have gone since the list was read.
    if (!order.printer.isEmpty()) {
        if (auto there = checkPrinter(order.printer); !there)
            return there.error();
    }
    auto office = readOffice(db);
    if (!office)
        return office.error();
    RecordStore store(db);
    // Every refusal (the record, a text that does not fit) comes before a serial is taken.
    auto renderer = prepareRecordForm(store, order.record, order.form,
                                      IssueContext::forOffice(*office, clock.today()), order.calibration);
    if (!renderer)
        return renderer.error();
    auto send = [&](const QString &serialText, int) -> Result<void> {
        if (!order.printer.isEmpty())
            return printSheet(*renderer, order.printer, serialText);
        PdfOptions options;
        options.archive = true;
        options.recordId = order.record;
        options.creator = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return renderer->writePdf(order.pdfPath, options);
    };
    if (order.form.mode != FormMode::Preprinted) {
        if (auto sent = send({}, 0); !sent)
            return sent.error();
        return QString();
    }
    BlankPrintRequest request;
    request.firstSerial = order.serial;
    request.use = {order.record, order.form.edition,
                   order.printer.isEmpty() ? pdfDestination(order.pdfPath) : order.printer,
                   order.calibrationName};
    request.actor = actor;
    auto serials = printOnBlanks(db, clock, order.form, request, send);
    if (!serials)
        return serials.error();
    return serials->constFirst();
}

void PrintScreen::finishPrinting(const Outcome &outcome)
{
    m_print->setEnabled(m_formSet);
    if (!outcome.serial) {
        const Error &error = outcome.serial.error();
        // The core's words for an empty stock name the command-line tool; the officer gets the screen's.
        const bool noStock = error.code == u"stock.none"_s || error.code == u"stock.exhausted"_s;
        m_message->setText(
            tr("Nothing was printed: %1").arg(noStock ? noStockText() : Language::message(error)));
        showStock();
        Q_EMIT printFinished(false);
        return;
    }
    const QString &what = outcome.formTitle;
    QString text = outcome.serial->isEmpty()
                       ? tr("Printed: %1 to %2.").arg(what, outcome.destination)
                       : tr("Printed: %1 on blank %2 to %3.").arg(what, *outcome.serial, outcome.destination);
    if (outcome.stepTaken)
        text += u' ' + tr("The file is marked as printed.");
    if (outcome.stepError)
        text += u' ' + tr("The file's step was not taken: %1").arg(Language::message(*outcome.stepError));
    m_message->setText(text);
    showStock();
    Q_EMIT printFinished(true);
}

void PrintScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hotich::desktop
