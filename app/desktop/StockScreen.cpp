#include "StockScreen.h"

#include "Language.h"
#include "ScreenHeading.h"
#include "printing/SheetLedger.h"
#include "printing/TemplateLoader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

using printing::BlankFormStock;
using printing::Serial;
using printing::SheetLedger;
using printing::TemplateLoader;

namespace {

QTableWidget *table(const QString &name, const QString &accessible, const QStringList &headers,
                    QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    return t;
}

QLineEdit *line(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *l = new QLineEdit(parent);
    l->setObjectName(name);
    l->setAccessibleName(accessible);
    return l;
}

/// The title of a built-in form, or its id.
QString formTitle(const QString &id)
{
    auto form = TemplateLoader::fromIdOrFile(id);
    return form ? form->title : id;
}

} // namespace

StockScreen::StockScreen(Session &session, RegisterJobs &jobs, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs)
{
    setObjectName(u"stockScreen"_s);
    auto *heading = new QLabel(tr("Blank forms"), this);
    styleAsHeading(heading);
    m_message = new QLabel(this);
    m_message->setObjectName(u"stockMessage"_s);
    m_message->setAccessibleName(tr("Blank-form stock state"));
    m_message->setWordWrap(true);

    auto *stockBox = new QGroupBox(tr("Stock"), this);
    m_stock = table(
        u"stockLines"_s, tr("Blank-form stock"),
        {tr("Form"), tr("Series"), tr("Received"), tr("Used"), tr("Spoiled"), tr("Waiting"), tr("Left")},
        stockBox);
    m_stock->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_low = new QLabel(stockBox);
    m_low->setObjectName(u"lowStock"_s);
    m_low->setWordWrap(true);
    auto *stockLayout = new QVBoxLayout(stockBox);
    stockLayout->addWidget(m_stock, 1);
    stockLayout->addWidget(m_low);

    auto *pendingBox = new QGroupBox(tr("Sheets sent to the printer and not confirmed"), this);
    m_pending = table(u"pendingSheets"_s, tr("Sheets waiting for confirmation"),
                      {tr("Serial"), tr("Form"), tr("Printer or file"), tr("Sent at")}, pendingBox);
    m_pending->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_reason = line(u"spoilReason"_s, tr("Why the sheet is spoiled"), pendingBox);
    m_reason->setPlaceholderText(tr("Why spoiled: jammed, misprinted, torn…"));
    m_confirm = new QPushButton(tr("It came out &printed"), pendingBox);
    m_confirm->setObjectName(u"confirmSheet"_s);
    connect(m_confirm, &QPushButton::clicked, this, &StockScreen::confirmCurrent);
    m_spoil = new QPushButton(tr("It is sp&oiled"), pendingBox);
    m_spoil->setObjectName(u"spoilSheet"_s);
    connect(m_spoil, &QPushButton::clicked, this, &StockScreen::spoilCurrent);
    auto *pendingButtons = new QHBoxLayout;
    pendingButtons->addWidget(m_reason, 1);
    pendingButtons->addWidget(m_spoil);
    pendingButtons->addWidget(m_confirm);
    auto *pendingLayout = new QVBoxLayout(pendingBox);
    pendingLayout->addWidget(m_pending, 1);
    pendingLayout->addLayout(pendingButtons);

    auto *receiveBox = new QGroupBox(tr("Blanks received"), this);
    m_form = new QComboBox(receiveBox);
    m_form->setObjectName(u"receiveForm"_s);
    m_form->setAccessibleName(tr("Form of the blanks received"));
    for (const QString &id : TemplateLoader::builtInIds()) {
        if (auto form = TemplateLoader::fromIdOrFile(id);
            form && form->mode == printing::FormMode::Preprinted)
            m_form->addItem(form->title, id);
    }
    m_series = line(u"receiveSeries"_s, tr("Series of the blanks received"), receiveBox);
    m_from = line(u"receiveFrom"_s, tr("First number received"), receiveBox);
    m_to = line(u"receiveTo"_s, tr("Last number received"), receiveBox);
    m_receive = new QPushButton(tr("Recei&ve"), receiveBox);
    m_receive->setObjectName(u"receiveBlanks"_s);
    connect(m_receive, &QPushButton::clicked, this, &StockScreen::receive);
    connect(m_to, &QLineEdit::returnPressed, this, &StockScreen::receive);
    auto *receiveForm = new QFormLayout(receiveBox);
    receiveForm->addRow(tr("Form:"), m_form);
    receiveForm->addRow(tr("Series:"), m_series);
    receiveForm->addRow(tr("From number:"), m_from);
    receiveForm->addRow(tr("To number:"), m_to);
    receiveForm->addRow(QString(), m_receive);

    auto *lower = new QHBoxLayout;
    lower->addWidget(pendingBox, 3);
    lower->addWidget(receiveBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(stockBox, 1);
    layout->addLayout(lower, 1);
    setFocusProxy(m_stock);
}

void StockScreen::refresh()
{
    QPointer<StockScreen> self(this);
    const Clock *clock = &m_session.clock;
    m_jobs.run([self, clock](Result<Database *> db) {
        const Result<StockView> view = [&]() -> Result<StockView> {
            if (!db)
                return db.error();
            BlankFormStock stock(*db.value(), *clock);
            StockView v;
            auto report = stock.report(kLowStock);
            if (!report)
                return report.error();
            v.report = *report;
            auto pending = stock.pendingSheets();
            if (!pending)
                return pending.error();
            v.pending = *pending;
            auto receipts = FormJournal(*db.value()).receipts();
            if (!receipts)
                return receipts.error();
            for (const StockReceipt &r : std::as_const(*receipts))
                v.digits.insert(r.series, std::max(v.digits.value(r.series, 1), r.digits));
            return v;
        }();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, view] {
                if (self)
                    self->display(view);
            },
            Qt::QueuedConnection);
    });
}

void StockScreen::display(const Result<StockView> &view)
{
    m_stock->setRowCount(0);
    m_pending->setRowCount(0);
    if (!view) {
        m_message->setText(Language::message(view.error()));
        Q_EMIT refreshed();
        return;
    }
    QSet<QString> lowForms;
    for (const auto &[form, remaining] : view->report.low)
        lowForms << form;
    const auto &lines = view->report.lines;
    m_stock->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const printing::StockLine &l = lines[row];
        const QStringList cells{formTitle(l.form),           l.series,
                                QString::number(l.received), QString::number(l.used()),
                                QString::number(l.spoiled),  QString::number(l.pending),
                                QString::number(l.remaining)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (lowForms.contains(l.form))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_stock->setItem(row, column, item);
        }
    }
    for (int column = 1; column < m_stock->columnCount(); ++column)
        m_stock->resizeColumnToContents(column);
    QStringList low;
    for (const auto &[form, remaining] : view->report.low)
        low << tr("%1: %2 left").arg(formTitle(form)).arg(remaining);
    m_low->setText(low.isEmpty() ? tr("No form is below %1 sheets.").arg(view->report.lowThreshold)
                                 : tr("Running low (below %1 sheets): %2. Ask the province for more.")
                                       .arg(view->report.lowThreshold)
                                       .arg(low.join(u"; "_s)));

    m_pending->setRowCount(int(view->pending.size()));
    for (int row = 0; row < view->pending.size(); ++row) {
        const FormJournalEntry &e = view->pending[row];
        const QString serial = Serial{e.series, e.number}.text(view->digits.value(e.series, 1));
        const QStringList cells{
            serial, formTitle(e.form), e.printer,
            QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime().toString(u"HH:mm dd/MM/yyyy"_s)};
        for (int column = 0; column < cells.size(); ++column)
            m_pending->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_pending->resizeColumnToContents(0);
    m_pending->resizeColumnToContents(3);
    if (!view->pending.isEmpty())
        m_pending->setCurrentCell(0, 0);
    m_confirm->setEnabled(!view->pending.isEmpty());
    m_spoil->setEnabled(!view->pending.isEmpty());

    QString state = view->pending.isEmpty()
                        ? tr("No sheet waits for confirmation.")
                        : tr("%n sheet(s) were sent to the printer and not confirmed: say how each came out.",
                             nullptr, int(view->pending.size()));
    if (!m_afterRefresh.isEmpty())
        state = m_afterRefresh + u' ' + state;
    m_afterRefresh.clear();
    m_message->setText(state);
    Q_EMIT refreshed();
}

QString StockScreen::currentSerial() const
{
    const int row = m_pending->currentRow();
    return row < 0 ? QString() : m_pending->item(row, 0)->text();
}

void StockScreen::receive()
{
    const QString form = m_form->currentData().toString();
    const QString series = m_series->text().trimmed();
    const QString from = m_from->text().trimmed();
    const QString to = m_to->text().trimmed();
    if (form.isEmpty() || series.isEmpty() || from.isEmpty() || to.isEmpty()) {
        m_message->setText(tr("Give the form, the series and the first and last numbers received."));
        Q_EMIT changeFinished(false);
        return;
    }
    const QString actor = m_session.account.login;
    const Clock *clock = &m_session.clock;
    m_receiving = true;
    change([form, series, from, to, actor, clock](Database &db) -> Result<QString> {
        auto loaded = TemplateLoader::fromIdOrFile(form);
        if (!loaded)
            return loaded.error();
        auto receipt = BlankFormStock(db, *clock).receive(*loaded, series, from, to, actor);
        if (!receipt)
            return receipt.error();
        return tr("Received %1 blanks: %2 to %3.")
            .arg(receipt->count())
            .arg(Serial{receipt->series, receipt->first}.text(receipt->digits),
                 Serial{receipt->series, receipt->last}.text(receipt->digits));
    });
}

void StockScreen::confirmCurrent()
{
    const QString text = currentSerial();
    if (text.isEmpty())
        return;
    const QString actor = m_session.account.login;
    const Clock *clock = &m_session.clock;
    change([text, actor, clock](Database &db) -> Result<QString> {
        auto serial = Serial::parse(text);
        if (!serial)
            return serial.error();
        if (auto entry = SheetLedger(db, *clock).confirm(*serial, actor); !entry)
            return entry.error();
        return tr("%1 is recorded as printed.").arg(text);
    });
}

void StockScreen::spoilCurrent()
{
    const QString text = currentSerial();
    const QString reason = m_reason->text().simplified();
    if (text.isEmpty())
        return;
    if (reason.isEmpty()) {
        m_message->setText(tr("Say why %1 is spoiled before recording it.").arg(text));
        m_reason->setFocus();
        Q_EMIT changeFinished(false);
        return;
    }
    const QString actor = m_session.account.login;
    const Clock *clock = &m_session.clock;
    change([text, reason, actor, clock](Database &db) -> Result<QString> {
        auto serial = Serial::parse(text);
        if (!serial)
            return serial.error();
        if (auto entry = SheetLedger(db, *clock).spoil(*serial, reason, actor); !entry)
            return entry.error();
        return tr("%1 is recorded as spoiled.").arg(text);
    });
}

void StockScreen::change(const std::function<Result<QString>(Database &)> &work)
{
    for (QPushButton *b : {m_receive, m_confirm, m_spoil})
        b->setEnabled(false);
    QPointer<StockScreen> self(this);
    m_jobs.run([self, work](Result<Database *> db) {
        const Result<QString> done = [&]() -> Result<QString> {
            if (!db)
                return db.error();
            Transaction tx(*db.value());
            if (auto r = tx.begin(); !r)
                return r.error();
            auto said = work(*db.value());
            if (!said)
                return said.error();
            if (auto r = tx.commit(); !r)
                return r.error();
            return said;
        }();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done] {
                if (self)
                    self->finishChange(done);
            },
            Qt::QueuedConnection);
    });
}

void StockScreen::finishChange(const Result<QString> &done)
{
    m_receive->setEnabled(true);
    if (!done) {
        m_receiving = false;
        m_confirm->setEnabled(m_pending->rowCount() > 0);
        m_spoil->setEnabled(m_pending->rowCount() > 0);
        m_message->setText(Language::message(done.error()));
        Q_EMIT changeFinished(false);
        return;
    }
    m_afterRefresh = *done;
    m_reason->clear();
    if (m_receiving) {
        for (QLineEdit *l : {m_series, m_from, m_to})
            l->clear();
    }
    m_receiving = false;
    Q_EMIT changeFinished(true);
    refresh();
}

QString StockScreen::messageText() const
{
    return m_message->text();
}

void StockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace hotich::desktop
