#include "SyncReport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

QUuid uuidAt(const QSqlQuery &q, int column)
{
    return q.value(column).isNull() ? QUuid() : QUuid::fromRfc4122(q.value(column).toByteArray());
}

/// The report's rows: every record's, or (with `record`) one record's.
Result<SyncReport> read(Database &db, const QUuid &record)
{
    const QString only = record.isNull() ? QString() : u" WHERE record = ?"_s;
    SyncReport report;
    QSqlQuery &findings = db.statement(u"SELECT record, seq, code, message_vi, message_en, related_office, "
                                       u"related_record FROM sync_findings"_s +
                                       only + u" ORDER BY id"_s);
    if (!record.isNull())
        findings.bindValue(0, record.toRfc4122());
    if (auto r = db.run(findings, u"đọc kết quả đối chiếu"_s); !r)
        return r.error();
    while (findings.next()) {
        report.findings.append({uuidAt(findings, 0), findings.value(1).toLongLong(),
                                findings.value(2).toString(), findings.value(3).toString(),
                                findings.value(4).toString(), findings.value(5).toString(),
                                uuidAt(findings, 6)});
    }
    findings.finish();
    QSqlQuery &ids =
        db.statement(u"SELECT record, state, id_number, reason_vi, reason_en FROM id_number_results"_s +
                     only + u" ORDER BY updated_at"_s);
    if (!record.isNull())
        ids.bindValue(0, record.toRfc4122());
    if (auto r = db.run(ids, u"đọc kết quả cấp số định danh"_s); !r)
        return r.error();
    while (ids.next()) {
        const auto state = parseIdNumberState(ids.value(1).toString());
        report.idNumbers.append({uuidAt(ids, 0), state.value_or(IdNumberResult::State::Pending),
                                 ids.value(2).toString(), ids.value(3).toString(), ids.value(4).toString()});
    }
    ids.finish();
    return report;
}

} // namespace

Result<SyncReport> readSyncReport(Database &db)
{
    return read(db, {});
}

Result<SyncReport> readSyncReportOf(Database &db, const QUuid &record)
{
    return read(db, record);
}

} // namespace hotich
