#include "BatchPrintScreen.h"

#include "Labels.h"
#include "Language.h"
#include "PrinterList.h"
#include "ScreenHeading.h"
#include "printing/Calibration.h"
#include "printing/PrintBatch.h"
#include "printing/RecordPrint.h"
#include "printing/TemplateLoader.h"
#include "registry/RegisterSetup.h"
#include "store/RecordStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;
using namespace hotich::printing;

namespace hotich::desktop {

/// What the register's thread answers: how many sheets went out of how many, and why it stopped
/// early (nothing when it was cancelled or finished).
struct BatchPrintScreen::Outcome
{
    int printed = 0;
    int total = 0;
    std::optional<Error> error;
    std::optional<Error> stepError; ///< a sheet printed whose file could not take its step
    bool cancelled = false;
};

/// Everything the batch needs, copied for the print thread.
struct BatchPrintScreen::BatchOrder
{
    FormTemplate form;
    QList<FileStatus> files;
    QString folder; ///< empty when printing on paper
    QString printer;
    std::optional<Calibration> calibration;
};

BatchPrintScreen::BatchPrintScreen(Session &session, RegisterJobs &jobs, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs)
{
    setObjectName(u"batchPrintScreen"_s);
    auto *heading = new QLabel(tr("Print the files waiting for their paper"), this);
    styleAsHeading(heading);

    m_form = new QComboBox(this);
    m_form->setObjectName(u"batchForm"_s);
    m_form->setAccessibleName(tr("Form"));
    auto *formLabel = new QLabel(tr("F&orm"), this);
    formLabel->setBuddy(m_form);

    m_files = new QTableWidget(0, ColumnCount, this);
    m_files->setObjectName(u"batchFiles"_s);
    m_files->setAccessibleName(tr("Files waiting for their paper"));
    m_files->setHorizontalHeaderLabels({tr("Number"), tr("Names"), tr("Due")});
    m_files->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setSectionResizeMode(NamesColumn, QHeaderView::Stretch);
    m_files->verticalHeader()->hide();
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setTabKeyNavigation(false);

    m_toFolder = new QRadioButton(tr("A PDF file for each record, in the &folder"), this);
    m_toFolder->setObjectName(u"toFolder"_s);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"pdfFolder"_s);
    m_folder->setAccessibleName(tr("Folder for the PDF files"));
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir(documents).exists() ? documents : QDir::homePath());
    m_browse = new QPushButton(tr("&Choose…"), this);
    m_browse->setObjectName(u"chooseFolder"_s);
    m_toPrinter = new QRadioButton(tr("Prin&ter"), this);
    m_toPrinter->setObjectName(u"toPrinter"_s);
    m_printer = new QComboBox(this);
    m_printer->setObjectName(u"printer"_s);
    m_printer->setAccessibleName(tr("Printer"));
    m_hasPrinters = listPrinters(m_printer);
    m_toPrinter->setEnabled(m_hasPrinters);
    // PDFs are the default: nothing reaches paper before the officer says which printer.
    m_toFolder->setChecked(true);

    auto *destination = new QGroupBox(tr("Print to"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *destinationLayout = new QVBoxLayout(destination);
    destinationLayout->addWidget(m_toFolder);
    destinationLayout->addLayout(folderRow);
    destinationLayout->addWidget(m_toPrinter);
    destinationLayout->addWidget(m_printer);

    m_print = new QPushButton(tr("&Print them all"), this);
    m_print->setObjectName(u"printAll"_s);
    m_cancel = new QPushButton(tr("Stop after this sheet (Esc)"), this);
    m_cancel->setObjectName(u"cancelBatch"_s);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"batchProgress"_s);
    m_progress->setAccessibleName(tr("Sheets printed"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(u"batchMessage"_s);
    m_message->setAccessibleName(tr("Print result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *side = new QVBoxLayout;
    side->addWidget(formLabel);
    side->addWidget(m_form);
    side->addWidget(destination);
    side->addLayout(buttons);
    side->addWidget(m_progress);
    side->addWidget(m_message);
    side->addStretch();
    auto *sideBox = new QWidget(this);
    sideBox->setLayout(side);
    sideBox->setMinimumWidth(440);
    sideBox->setMaximumWidth(520);
    auto *body = new QHBoxLayout;
    body->addWidget(m_files, 1);
    body->addWidget(sideBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(body, 1);

    setTabOrder(m_form, m_files);
    setTabOrder(m_files, m_toFolder);
    setTabOrder(m_toFolder, m_folder);
    setTabOrder(m_folder, m_browse);
    setTabOrder(m_browse, m_toPrinter);
    setTabOrder(m_toPrinter, m_printer);
    setTabOrder(m_printer, m_print);
    setTabOrder(m_print, m_cancel);
    setFocusProxy(m_form);

    connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
        m_message->clear();
        refresh();
    });
    connect(m_toFolder, &QRadioButton::toggled, this, &BatchPrintScreen::updateDestination);
    connect(m_browse, &QPushButton::clicked, this, &BatchPrintScreen::chooseFolder);
    connect(m_print, &QPushButton::clicked, this, &BatchPrintScreen::print);
    connect(m_cancel, &QPushButton::clicked, this, &BatchPrintScreen::cancel);
    updateDestination();
    loadForms();
}

BatchPrintScreen::~BatchPrintScreen()
{
    // A batch still running stops after its sheet: nobody is there to see the rest.
    if (m_cancelRequested)
        m_cancelRequested->store(true);
}

void BatchPrintScreen::loadForms()
{
    // The forms a registration is printed on; a copy is asked for one record at a time.
    for (const QString &id : TemplateLoader::builtInIds()) {
        auto form = TemplateLoader::fromIdOrFile(id);
        if (form && form->kind != EventKind::ExtractCopy)
            m_forms << *form;
    }
    const QSignalBlocker quiet(m_form);
    for (const FormTemplate &form : std::as_const(m_forms))
        m_form->addItem(form.title, form.id);
    m_form->setCurrentIndex(m_forms.isEmpty() ? -1 : 0);
    refresh();
}

const FormTemplate *BatchPrintScreen::currentForm() const
{
    const int index = m_form->currentIndex();
    return index >= 0 && index < m_forms.size() ? &m_forms.at(index) : nullptr;
}

void BatchPrintScreen::refresh()
{
    const FormTemplate *form = currentForm();
    if (!form || m_busy)
        return;
    const Clock *clock = &m_session.clock;
    const EventKind kind = form->kind;
    const int generation = ++m_generation;
    QPointer<BatchPrintScreen> self(this);
    m_jobs.run([self, clock, kind, generation](Result<Database *> db) {
        Result<QList<FileStatus>> files =
            db ? Workflow(*db.value(), *clock).inProgress() : Result<QList<FileStatus>>(db.error());
        if (files) {
            // Entered in the register and waiting for their paper, of the form's kind.
            QList<FileStatus> waiting;
            for (const FileStatus &file : std::as_const(files.value())) {
                if (file.state == FileState::Entered && file.kind == kind)
                    waiting << file;
            }
            files = waiting;
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, files, generation] {
                // Only the answer to the latest question: another form may have been chosen since.
                if (self && generation == self->m_generation)
                    self->showFiles(files);
            },
            Qt::QueuedConnection);
    });
}

void BatchPrintScreen::showFiles(const Result<QList<FileStatus>> &files)
{
    m_files->setRowCount(0);
    m_waiting.clear();
    if (!files) {
        m_message->setText(Language::message(files.error()));
        m_print->setEnabled(false);
        Q_EMIT refreshed();
        return;
    }
    m_waiting = files.value();
    m_files->setRowCount(int(m_waiting.size()));
    for (int row = 0; row < m_waiting.size(); ++row) {
        const FileStatus &file = m_waiting.at(row);
        m_files->setItem(row, NumberColumn,
                         new QTableWidgetItem(Labels::registerNumber(file.number, file.year)));
        m_files->setItem(row, NamesColumn, new QTableWidgetItem(file.names));
        m_files->setItem(row, DueColumn, new QTableWidgetItem(Labels::date(file.dueOn)));
    }
    if (!m_waiting.isEmpty())
        m_files->selectRow(0);
    m_print->setEnabled(!m_waiting.isEmpty());
    if (!m_busy && m_message->text().isEmpty())
        m_message->setText(m_waiting.isEmpty()
                               ? tr("No file of this kind is waiting for its paper.")
                               : tr("%n file(s) waiting for their paper.", nullptr, int(m_waiting.size())));
    Q_EMIT refreshed();
}

void BatchPrintScreen::updateDestination()
{
    const bool toFolder = m_toFolder->isChecked();
    m_folder->setEnabled(toFolder && !m_busy);
    m_browse->setEnabled(toFolder && !m_busy);
    m_printer->setEnabled(!toFolder && !m_busy);
}

void BatchPrintScreen::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the PDF files"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

QString BatchPrintScreen::messageText() const
{
    return m_message->text();
}

void BatchPrintScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_toFolder->setEnabled(!busy);
    m_toPrinter->setEnabled(!busy && m_hasPrinters);
    m_print->setEnabled(!busy && !m_waiting.isEmpty());
    m_cancel->setEnabled(busy);
    updateDestination();
}

void BatchPrintScreen::print()
{
    const FormTemplate *form = currentForm();
    if (m_busy || !form || m_waiting.isEmpty())
        return;
    BatchOrder order{*form, m_waiting, {}, {}, std::nullopt};
    if (m_toFolder->isChecked()) {
        order.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    } else {
        order.printer = m_printer->currentText();
        // A printer's calibration is saved under its name (hotich-admin calibration set).
        if (auto saved = CalibrationStore(calibrationDirectory()).load(order.printer, form->id))
            order.calibration = saved.value();
    }
    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    setBusy(true);
    m_progress->setRange(0, int(order.files.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_message->setText(tr("Preparing %n sheet(s)…", nullptr, int(order.files.size())));
    m_cancel->setFocus();

    QPointer<BatchPrintScreen> self(this);
    const Clock *clock = &m_session.clock;
    const Account account = m_session.account;
    auto cancelled = m_cancelRequested;
    m_jobs.run([self, clock, account, order, cancelled](Result<Database *> opened) {
        auto progressed = [self](int done, int total) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, done, total] {
                    if (self)
                        self->showProgress(done, total);
                },
                Qt::QueuedConnection);
        };
        Outcome outcome;
        outcome.total = int(order.files.size());
        if (!opened)
            outcome.error = opened.error();
        else
            carryOut(order, *opened.value(), *clock, account, *cancelled, progressed, outcome);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome] {
                if (self)
                    self->finishPrinting(outcome);
            },
            Qt::QueuedConnection);
    });
}

void BatchPrintScreen::carryOut(const BatchOrder &order, Database &db, const Clock &clock,
                                const Account &account, const std::atomic<bool> &cancelled,
                                const std::function<void(int, int)> &progressed, Outcome &outcome)
{
    PrintOutput output = order.folder.isEmpty() ? PrintOutput::toPrinter(order.printer)
                                                : PrintOutput::toPdfFolder(order.folder);
    if (auto checked = output.check(); !checked) {
        outcome.error = checked.error();
        return;
    }
    auto office = readOffice(db);
    if (!office) {
        outcome.error = office.error();
        return;
    }
    QList<BatchLine> lines;
    for (const FileStatus &file : order.files)
        lines << BatchLine{int(lines.size()) + 1, file.record};
    RecordStore store(db);
    // Every record prepared and the stock checked before the first sheet: a refusal prints nothing.
    auto batch = PrintBatch::prepare(store, order.form, IssueContext::forOffice(*office, clock.today()),
                                     order.calibration, lines);
    if (!batch) {
        outcome.error = batch.error();
        return;
    }
    if (auto stock = batch->checkStock(db, clock); !stock) {
        outcome.error = stock.error();
        return;
    }
    PdfOptions pdf;
    pdf.archive = true;
    pdf.creator = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
    const SheetUse use{{}, order.form.edition, {}, order.calibration ? order.printer : QString()};
    Workflow workflow(db, clock);
    auto afterSheet = [&](int done, int total, const BatchSheet &sheet) {
        // The file takes its step at once: a Cancel or a crash never prints it twice.
        outcome.printed = done;
        const FileStatus &file = order.files.at(sheet.line - 1);
        if (auto step = workflow.markPrinted(file.id, account); !step && !outcome.stepError)
            outcome.stepError = step.error();
        progressed(done, total);
        return !cancelled.load();
    };
    auto sheets = batch->run(db, clock, output, use, account.login, pdf, afterSheet);
    if (!sheets)
        outcome.error = sheets.error(); // the sheets before the failing one went out, with their steps
    else
        outcome.cancelled = outcome.printed < outcome.total;
}

void BatchPrintScreen::cancel()
{
    if (!m_busy || !m_cancelRequested)
        return;
    m_cancelRequested->store(true);
    m_cancel->setEnabled(false);
    m_message->setText(tr("Stopping after the sheet being printed…"));
}

void BatchPrintScreen::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (!m_cancelRequested || !m_cancelRequested->load())
        m_message->setText(tr("Printed %1 of %2…").arg(done).arg(total));
    Q_EMIT progressed(done, total);
}

void BatchPrintScreen::finishPrinting(const Outcome &outcome)
{
    setBusy(false);
    m_progress->setValue(outcome.printed);
    QString text;
    if (outcome.error) {
        text = outcome.printed == 0 ? tr("Nothing was printed: %1").arg(Language::message(*outcome.error))
                                    : tr("Printing stopped after %1 of %2 files: %3")
                                          .arg(outcome.printed)
                                          .arg(outcome.total)
                                          .arg(Language::message(*outcome.error));
    } else if (outcome.cancelled) {
        text = tr("Stopped after %1 of %2 files, as asked. Those printed are marked printed; the others "
                  "are still listed.")
                   .arg(outcome.printed)
                   .arg(outcome.total);
    } else {
        text = tr("Printed %1 of %2 files on %3. Each file is marked printed and waits for the signature.")
                   .arg(outcome.printed)
                   .arg(outcome.total)
                   .arg(m_form->currentText());
    }
    if (outcome.stepError)
        text +=
            u'\n' + tr("A file could not be marked printed: %1").arg(Language::message(*outcome.stepError));
    m_message->setText(text);
    m_cancelRequested.reset();
    refresh();
    Q_EMIT finished(outcome.printed, outcome.total);
}

void BatchPrintScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_busy)
            cancel();
        else
            Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hotich::desktop
