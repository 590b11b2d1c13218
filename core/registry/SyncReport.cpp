#include "SyncReport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

QUuid uuidAt(const QSqlQuery &q, int column)
{
    return q.value(column).isNull() ? QUuid() : QUuid::fromRfc4122(q.value(column).toByteArray());
}

} // namespace

Result<SyncReport> readSyncReport(Database &db)
{
    SyncReport report;
    QSqlQuery &findings = db.statement(u"SELECT record, seq, code, message_vi, message_en, related_office, "
                                       u"related_record FROM sync_findings ORDER BY id"_s);
    if (auto r = db.run(findings, u"đọc kết quả đối chiếu"_s); !r)
        return r.error();
    while (findings.next()) {
        report.findings.append({uuidAt(findings, 0), findings.value(1).toLongLong(),
                                findings.value(2).toString(), findings.value(3).toString(),
                                findings.value(4).toString(), findings.value(5).toString(),
                                uuidAt(findings, 6)});
    }
    QSqlQuery &ids = db.statement(
        u"SELECT record, state, id_number, reason_vi, reason_en FROM id_number_results ORDER BY updated_at"_s);
    if (auto r = db.run(ids, u"đọc kết quả cấp số định danh"_s); !r)
        return r.error();
    while (ids.next()) {
        const auto state = parseIdNumberState(ids.value(1).toString());
        report.idNumbers.append({uuidAt(ids, 0), state.value_or(IdNumberResult::State::Pending),
                                 ids.value(2).toString(), ids.value(3).toString(), ids.value(4).toString()});
    }
    return report;
}

} // namespace hotich
