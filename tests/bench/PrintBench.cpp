#include "PrintBench.h"

#include "Stats.h"
#include "SyntheticRecords.h"

#include "auth/Accounts.h"
#include "printing/BundledFont.h"
#include "printing/FormRenderer.h"
#include "printing/IssueContext.h"
#include "printing/PrintBatch.h"
#include "printing/RecordValues.h"
#include "printing/TemplateLoader.h"
#include "registry/RegisterSetup.h"
#include "registry/Registrar.h"
#include "store/RecordStore.h"
#include "util/Clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hotich::bench {

namespace {

using namespace hotich::printing;

[[noreturn]] void fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "hotich-bench: print: %s: %s [%s]\n", qPrintable(what), qPrintable(e.en),
                 qPrintable(e.code));
    std::exit(1);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// What hotich-admin print does for one record, from the register to the finished file.
void printToPdf(RecordStore &store, const QUuid &id, const FormTemplate &form, const IssueContext &context,
                const QString &path)
{
    auto font = BundledFont::load();
    if (!font)
        fail(u"font"_s, font.error());
    auto renderer = prepareSheet(store, id, form, context, *font, std::nullopt);
    if (!renderer)
        fail(u"prepare"_s, renderer.error());
    PdfOptions options;
    options.archive = true;
    options.recordId = id;
    if (auto written = renderer->writePdf(path, options); !written)
        fail(u"pdf"_s, written.error());
}

/// The bare reference: the same texts, each at its box's corner in the bundled family at the
/// template's size, by QPdfWriter and QPainter::drawText alone (no fitting, no glyph check, no
/// PDF/A). The texts are bound beforehand, outside the time.
void bareToPdf(const QList<BoundText> &bound, const FormTemplate &form, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(form.paper.pageLayout());
    QPainter painter(&writer);
    const double dotsPerMm = writer.resolution() / 25.4;
    for (const BoundText &text : bound) {
        if (text.blankFormOnly)
            continue;
        QFont font(BundledFont::family());
        font.setPointSizeF(text.box.fontSizePt);
        painter.setFont(font);
        const QRectF box = text.box.boxMm;
        painter.drawText(QRectF(box.x() * dotsPerMm, box.y() * dotsPerMm, box.width() * dotsPerMm,
                                box.height() * dotsPerMm),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text.text);
    }
}

QList<QUuid> recordsOf(RecordStore &store, EventKind kind, qsizetype max)
{
    QList<QUuid> ids;
    auto r = store.forEachRecordId(kind, [&](const QUuid &id) -> Result<void> {
        if (ids.size() < max)
            ids << id;
        return {};
    });
    if (!r)
        fail(u"records"_s, r.error());
    return ids;
}

} // namespace

void benchPrint(const QString &dir, int samples)
{
    QDir().mkpath(dir);
    const QString path = dir + u"/print.db"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    const Clock &clock = Clock::system();
    OfficeSetup setup;
    setup.communeCode = u"00004"_s;
    setup.admin = {u"admin"_s, u"Quản Trị"_s, Role::Admin, {}, {}, "bench-admin-password"};
    if (auto r = initializeRegister(path, setup, clock); !r)
        fail(u"init"_s, r.error());
    auto opened = Database::open(path, Database::OpenMode::Existing);
    if (!opened)
        fail(u"open"_s, opened.error());
    Database &db = **opened;
    Transaction tx(db);
    (void)tx.begin();
    auto officer = Accounts(db, clock).add({u"canbo"_s, u"Cán Bộ"_s, Role::Officer, {}, {}, "bench-officer"},
                                           u"admin"_s);
    if (!officer)
        fail(u"officer"_s, officer.error());
    (void)tx.commit();
    // 15 % of synthetic records are deaths: 4,000 give the 500 extracts of the batch.
    constexpr qsizetype kRecords = 4000;
    constexpr qsizetype kBatch = 500;
    SyntheticRecords synthetic(20261203, QDate(2024, 1, 2), QDate(2026, 11, 1), kRecords);
    if (auto r = Registrar(db, clock).registerMany(synthetic.next(kRecords), *officer, 0, {}); !r)
        fail(u"register"_s, r.error());
    auto office = readOffice(db);
    if (!office)
        fail(u"office"_s, office.error());
    const IssueContext context = IssueContext::forOffice(*office, clock.today());
    RecordStore store(db);
    auto certificate = TemplateLoader::fromIdOrFile(u"birth-certificate"_s);
    auto extract = TemplateLoader::fromIdOrFile(u"death-extract"_s);
    if (!certificate)
        fail(u"template"_s, certificate.error());
    if (!extract)
        fail(u"template"_s, extract.error());
    const int single = std::clamp(samples, 5, 200);
    const QList<QUuid> births = recordsOf(store, EventKind::Birth, single);
    const QList<QUuid> deaths = recordsOf(store, EventKind::Death, kBatch);
    if (births.isEmpty() || deaths.isEmpty()) {
        problem("print: the synthetic register has no birth or no death");
        return;
    }
    const QString out = dir + u"/pdf"_s;
    QDir(out).removeRecursively();
    QDir().mkpath(out);

    // One certificate at a time, ours and the bare one alternating (the machine's noise falls on both).
    QList<double> ours, bare;
    for (qsizetype i = 0; i < births.size(); ++i) {
        auto subject = loadPrintSubject(store, births[i]);
        if (!subject)
            fail(u"record"_s, subject.error());
        auto bound = FormBinding::bind(*certificate, *subject, context);
        if (!bound)
            fail(u"bind"_s, bound.error());
        QElapsedTimer timer;
        timer.start();
        printToPdf(store, births[i], *certificate, context, out + u"/birth-%1.pdf"_s.arg(i));
        ours << msSince(timer);
        timer.restart();
        bareToPdf(*bound, *certificate, out + u"/bare-birth-%1.pdf"_s.arg(i));
        bare << msSince(timer);
    }
    report("print_pdf_p50", quantile(ours, 0.5), "ms", quantile(bare, 0.5));
    report("print_pdf_p95", quantile(ours, 0.95), "ms", quantile(bare, 0.95));

    // A batch of extracts, each its own file (print --batch --pdf-dir).
    QList<QList<BoundText>> boundDeaths;
    for (const QUuid &id : deaths) {
        auto subject = loadPrintSubject(store, id);
        if (!subject)
            fail(u"record"_s, subject.error());
        auto bound = FormBinding::bind(*extract, *subject, context);
        if (!bound)
            fail(u"bind"_s, bound.error());
        boundDeaths << *bound;
    }
    // Through the batch code of print --batch: every record prepared first, then one file each.
    QList<BatchLine> lines;
    for (qsizetype i = 0; i < deaths.size(); ++i)
        lines.push_back({int(i + 1), deaths[i]});
    QElapsedTimer timer;
    timer.start();
    auto batch = PrintBatch::prepare(store, *extract, context, std::nullopt, lines);
    if (!batch)
        fail(u"batch"_s, batch.error());
    PrintOutput files = PrintOutput::toPdfFolder(out);
    PdfOptions options;
    options.archive = true;
    if (auto sent = batch->run(db, clock, files, {{}, extract->edition, {}, {}}, u"canbo"_s, options); !sent)
        fail(u"batch"_s, sent.error());
    const double batchSeconds = msSince(timer) / 1000;
    timer.restart();
    for (qsizetype i = 0; i < boundDeaths.size(); ++i)
        bareToPdf(boundDeaths[i], *extract, out + u"/bare-death-%1.pdf"_s.arg(i));
    const double bareSeconds = msSince(timer) / 1000;
    std::printf("# print: %lld certificates one by one, a batch of %lld extracts\n", qlonglong(births.size()),
                qlonglong(deaths.size()));
    report("print_batch_extracts", batchSeconds, "s", bareSeconds);
    reportPlain("print_batch_extracts_count", double(deaths.size()), "extracts");
    QDir(out).removeRecursively();
}

} // namespace hotich::bench
