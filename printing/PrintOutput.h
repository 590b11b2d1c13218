#pragma once

#include "FormRenderer.h"

#include <QJsonObject>
#include <QStringList>

namespace hotich::printing {

/// Where the sheets of one print request go: a PDF file, a folder of PDFs (one per sheet) or a CUPS
/// printer. One choice for a single print, the calibration page and a batch, so each checks its
/// destination, sends its sheets and reports them the same way.
class PrintOutput
{
public:
    /// Sheets as PDF at `path`; a sheet with a tag goes next to it as PATH-TAG.pdf.
    static PrintOutput toPdf(const QString &path);
    /// One file per sheet in `folder`, named TAG.pdf.
    static PrintOutput toPdfFolder(const QString &folder);
    static PrintOutput toPrinter(const QString &name);

    bool isPrinter() const { return m_kind == Kind::Printer; }
    /// Refuses a printer that is not installed and a folder that does not exist: checked before any
    /// serial is taken, so a typing mistake leaves no sheet pending.
    Result<void> check() const;
    /// The file a sheet tagged `tag` is written to (absolute); empty for a printer.
    QString pathFor(const QString &tag) const;
    /// Where the journal says the sheet went: the printer, or "pdf:" and the file.
    QString journalName(const QString &tag) const;
    /// Sends one sheet: a PDF file (with `options`), or a print job named `jobName`. A print job
    /// succeeds only once CUPS has completed it: refused, aborted, canceled or still queued when
    /// the wait ends is an error (CupsJob).
    Result<void> send(const FormRenderer &renderer, const QString &tag, const PdfOptions &options,
                      const QString &jobName);
    /// The same for a document of several pages (a register book): one file, or one print job.
    Result<void> send(std::span<const FormRenderer> pages, const QString &tag, const PdfOptions &options,
                      const QString &jobName);
    /// The destination in a command's JSON output: "printer", or "pdf" (one file or a list), or
    /// "pdfDir" and "files".
    void describe(QJsonObject &out) const;
    const QStringList &files() const { return m_files; }

private:
    enum class Kind
    {
        PdfFile,
        PdfFolder,
        Printer,
    };
    PrintOutput(Kind kind, QString target) : m_kind(kind), m_target(std::move(target)) {}
    /// The pages as a PDF in a temporary folder, submitted to the queue and followed to its end.
    Result<void> print(std::span<const FormRenderer> pages, const PdfOptions &options,
                       const QString &jobName) const;

    Kind m_kind;
    QString m_target;
    QStringList m_files; ///< written so far, absolute
};

} // namespace hotich::printing
