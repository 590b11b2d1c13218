#include "PrintOutput.h"

#include "CupsJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPrinterInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace hotich::printing {

namespace {

/// How long a job may take before it counts as not printed (yet): a sheet, then each further page.
constexpr auto kJobWait = std::chrono::seconds(120);
constexpr auto kJobWaitPerPage = std::chrono::seconds(10);

/// What the Qt print path gave CUPS: the form's paper, one-sided, one copy, never scaled.
CupsJob::Options jobOptions(const PaperSpec &paper)
{
    const QPageLayout layout = paper.pageLayout();
    CupsJob::Options options{{"media", layout.pageSize().key().toUtf8()},
                             {"sides", "one-sided"},
                             {"copies", "1"},
                             {"print-scaling", "none"},
                             {"fit-to-page", "false"}};
    if (layout.orientation() == QPageLayout::Landscape)
        options.emplaceBack("landscape", "");
    return options;
}

} // namespace

PrintOutput PrintOutput::toPdf(const QString &path)
{
    return {Kind::PdfFile, QFileInfo(path).absoluteFilePath()};
}

PrintOutput PrintOutput::toPdfFolder(const QString &folder)
{
    return {Kind::PdfFolder, QDir(folder).absolutePath()};
}

PrintOutput PrintOutput::toPrinter(const QString &name)
{
    return {Kind::Printer, name};
}

Result<void> PrintOutput::check() const
{
    if (m_kind == Kind::Printer) {
        if (!QPrinterInfo::printerInfo(m_target).isNull())
            return {};
        const QString known = QPrinterInfo::availablePrinterNames().join(u", "_s);
        return Error::make(ErrorKind::NotFound, u"print.noPrinter"_s,
                           u"Không có máy in \"%1\"; các máy in có: %2"_s.arg(
                               m_target, known.isEmpty() ? u"(không có)"_s : known),
                           u"There is no printer \"%1\"; the printers are: %2"_s.arg(
                               m_target, known.isEmpty() ? u"(none)"_s : known));
    }
    const QDir folder = m_kind == Kind::PdfFolder ? QDir(m_target) : QFileInfo(m_target).absoluteDir();
    if (!folder.exists()) {
        return Error::invalid(u"print.noFolder"_s, u"pdf"_s, u"Thư mục %1 không tồn tại"_s.arg(folder.path()),
                              u"The folder %1 does not exist"_s.arg(folder.path()));
    }
    return {};
}

QString PrintOutput::pathFor(const QString &tag) const
{
    switch (m_kind) {
    case Kind::Printer:
        return {};
    case Kind::PdfFolder:
        return QDir(m_target).filePath(tag + u".pdf"_s);
    case Kind::PdfFile:
        break;
    }
    if (tag.isEmpty())
        return m_target;
    const QFileInfo info(m_target);
    const QString suffix = info.suffix().isEmpty() ? QString() : u"."_s + info.suffix();
    return info.dir().filePath(info.completeBaseName() + u"-"_s + tag + suffix);
}

QString PrintOutput::journalName(const QString &tag) const
{
    return isPrinter() ? m_target : u"pdf:"_s + pathFor(tag);
}

Result<void> PrintOutput::send(const FormRenderer &renderer, const QString &tag, const PdfOptions &options,
                               const QString &jobName)
{
    return send(std::span(&renderer, 1), tag, options, jobName);
}

Result<void> PrintOutput::send(std::span<const FormRenderer> pages, const QString &tag,
                               const PdfOptions &options, const QString &jobName)
{
    if (isPrinter())
        return print(pages, options, jobName);
    const QString path = pathFor(tag);
    if (auto written = FormRenderer::writePdf(pages, path, options); !written)
        return written;
    m_files << path;
    return {};
}

Result<void> PrintOutput::print(std::span<const FormRenderer> pages, const PdfOptions &options,
                                const QString &jobName) const
{
    QTemporaryDir spool;
    if (!spool.isValid()) {
        return Error::make(ErrorKind::Storage, u"print.spool"_s,
                           u"Không tạo được thư mục tạm để in: %1"_s.arg(spool.errorString()),
                           u"Cannot make a temporary folder to print: %1"_s.arg(spool.errorString()));
    }
    const QString pdf = spool.filePath(u"job.pdf"_s);
    if (auto written = FormRenderer::writePdf(pages, pdf, options); !written)
        return written; // also refuses no pages at all
    // An instance ("queue/instance") only names client-side defaults: the job goes to the queue.
    const QString queue = m_target.section(u'/', 0, 0);
    auto job = CupsJob::submit(queue, pdf, jobName, jobOptions(pages.front().form().paper));
    if (!job)
        return job.error();
    return job->waitUntilCompleted(kJobWait + kJobWaitPerPage * static_cast<int>(pages.size() - 1));
}

void PrintOutput::describe(QJsonObject &out) const
{
    switch (m_kind) {
    case Kind::Printer:
        out.insert(u"printer"_s, m_target);
        return;
    case Kind::PdfFolder:
        out.insert(u"pdfDir"_s, m_target);
        out.insert(u"files"_s, QJsonArray::fromStringList(m_files));
        return;
    case Kind::PdfFile:
        out.insert(u"pdf"_s, m_files.size() == 1 ? QJsonValue(m_files.constFirst())
                                                 : QJsonValue(QJsonArray::fromStringList(m_files)));
        return;
    }
}

} // namespace hotich::printing
