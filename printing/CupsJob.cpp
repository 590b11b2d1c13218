#include "CupsJob.h"

#include <QDeadlineTimer>
#include <QStringList>

#include <cups/cups.h>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace hotich::printing {

// Every failure is ErrorKind::Storage, as a device's: the serial is already journalled pending, so
// it is not an input refused with nothing written.

namespace {

/// How often a job's state is asked for while it is queued or printing.
constexpr auto kPollInterval = std::chrono::milliseconds(200);

struct IppDelete
{
    void operator()(ipp_t *ipp) const { ippDelete(ipp); }
};
using Ipp = std::unique_ptr<ipp_t, IppDelete>;

QString cupsReason()
{
    return QString::fromUtf8(cupsLastErrorString());
}

Error cannotAsk(const QString &queue)
{
    return Error::make(ErrorKind::Storage, u"print.cups"_s,
                       u"Không hỏi được CUPS về lệnh in trên máy in %1: %2"_s.arg(queue, cupsReason()),
                       u"Cannot ask CUPS about the print job on %1: %2"_s.arg(queue, cupsReason()));
}

/// The URI of `path` ("/jobs/7", "/printers/NAME") on the server libcups talks to.
QByteArray serverUri(const QByteArray &path)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURI(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(),
                    path.constData());
    return QByteArray(uri);
}

/// A Get-…-Attributes request for `attributes` of the object at `uri`; null when CUPS failed.
Ipp askFor(ipp_op_t operation, const char *uriAttribute, const QByteArray &uri,
           std::initializer_list<const char *> attributes)
{
    ipp_t *request = ippNewRequest(operation);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, uriAttribute, nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(attributes.size()), nullptr, attributes.begin());
    Ipp response(cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/"));
    if (cupsLastError() > IPP_STATUS_OK_CONFLICTING)
        return nullptr;
    return response;
}

QString text(ipp_t *response, const char *name)
{
    QStringList values;
    if (ipp_attribute_t *attribute = ippFindAttribute(response, name, IPP_TAG_ZERO)) {
        for (int i = 0; i < ippGetCount(attribute); ++i) {
            if (const char *value = ippGetString(attribute, i, nullptr); value && *value)
                values << QString::fromUtf8(value);
        }
    }
    return values.join(u", "_s);
}

int enumValue(ipp_t *response, const char *name)
{
    ipp_attribute_t *attribute = ippFindAttribute(response, name, IPP_TAG_ENUM);
    return attribute ? ippGetInteger(attribute, 0) : 0;
}

/// What CUPS says of a job or a printer: its state-reasons and its message, for the officer.
QString why(ipp_t *response, const char *reasons, const char *message)
{
    const QString said = text(response, message);
    const QString keywords = text(response, reasons);
    return said.isEmpty() ? keywords : said + u" ("_s + keywords + u")"_s;
}

} // namespace

Result<CupsJob> CupsJob::submit(const QString &queue, const QString &file, const QString &title,
                                const Options &options)
{
    // The server as the environment names it now: libcups keeps the first one it read in this
    // thread (and its connection), and CUPS_SERVER may have changed since (Qt's printer list,
    // an earlier job).
    cupsSetServer(nullptr);
    QList<cups_option_t> cupsOptions;
    for (const auto &[name, value] : options)
        cupsOptions.append(
            cups_option_t{const_cast<char *>(name.constData()), const_cast<char *>(value.constData())});
    const int id =
        cupsPrintFile2(CUPS_HTTP_DEFAULT, queue.toUtf8().constData(), file.toUtf8().constData(),
                       title.toUtf8().constData(), static_cast<int>(cupsOptions.size()), cupsOptions.data());
    // Job id 0: CUPS took no job (the queue rejects jobs, it does not exist, cupsd is not there).
    if (id == 0) {
        return Error::make(ErrorKind::Storage, u"print.refused"_s,
                           u"CUPS không nhận lệnh in trên máy in %1: %2"_s.arg(queue, cupsReason()),
                           u"CUPS refused the print job on %1: %2"_s.arg(queue, cupsReason()));
    }
    return CupsJob(queue, id);
}

Result<void> CupsJob::waitUntilCompleted(std::chrono::milliseconds bound) const
{
    const QByteArray jobUri = serverUri("/jobs/" + QByteArray::number(m_id));
    const QByteArray printerUri = serverUri("/printers/" + m_queue.toUtf8());
    const QString job = QString::number(m_id);
    auto stillQueued = [&](const QString &vi, const QString &en) {
        return Error::make(
            ErrorKind::Storage, u"print.queued"_s,
            u"Lệnh in %1 vẫn chờ trên máy in %2 (%3), chưa in: kiểm tra máy in; lệnh có thể in ra khi máy in "
            u"chạy lại (hủy bằng: cancel %1)"_s.arg(job, m_queue, vi),
            u"The print job %1 is still queued on %2 (%3), not printed: check the printer; the job may print "
            u"once the printer runs again (cancel it with: cancel %1)"_s.arg(job, m_queue, en));
    };
    const QDeadlineTimer deadline(bound);
    for (;;) {
        Ipp status = askFor(IPP_OP_GET_JOB_ATTRIBUTES, "job-uri", jobUri,
                            {"job-state", "job-state-reasons", "job-printer-state-message"});
        if (!status)
            return cannotAsk(m_queue);
        const int state = enumValue(status.get(), "job-state");
        if (state == IPP_JSTATE_COMPLETED)
            return {};
        if (state == IPP_JSTATE_ABORTED || state == IPP_JSTATE_CANCELED || state == IPP_JSTATE_STOPPED) {
            const QString reason = why(status.get(), "job-state-reasons", "job-printer-state-message");
            const QString vi = state == IPP_JSTATE_ABORTED    ? u"bị hệ thống hủy"_s
                               : state == IPP_JSTATE_CANCELED ? u"bị hủy"_s
                                                              : u"bị dừng"_s;
            const QString en = state == IPP_JSTATE_ABORTED    ? u"aborted"_s
                               : state == IPP_JSTATE_CANCELED ? u"canceled"_s
                                                              : u"stopped"_s;
            return Error::make(
                ErrorKind::Storage, u"print.notCompleted"_s,
                u"Lệnh in %1 trên máy in %2 %3, không in xong: %4"_s.arg(job, m_queue, vi, reason),
                u"The print job %1 on %2 was %3, not printed: %4"_s.arg(job, m_queue, en, reason));
        }
        if (state == IPP_JSTATE_PENDING || state == IPP_JSTATE_HELD) {
            // A stopped printer prints nothing until someone starts it again: no use waiting.
            Ipp printer = askFor(IPP_OP_GET_PRINTER_ATTRIBUTES, "printer-uri", printerUri,
                                 {"printer-state", "printer-state-reasons", "printer-state-message"});
            if (!printer)
                return cannotAsk(m_queue);
            if (enumValue(printer.get(), "printer-state") == IPP_PSTATE_STOPPED) {
                const QString reason = why(printer.get(), "printer-state-reasons", "printer-state-message");
                return stillQueued(u"máy in đang dừng: "_s + reason, u"the printer is stopped: "_s + reason);
            }
        }
        if (deadline.hasExpired()) {
            const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(bound).count();
            return stillQueued(u"sau %1 giây"_s.arg(seconds), u"after %1 s"_s.arg(seconds));
        }
        std::this_thread::sleep_for(kPollInterval);
    }
}

} // namespace hotich::printing
