#include "IdNumberOverview.h"

#include "store/RecordStore.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

constexpr auto kProblemStates = "('suspectedDuplicate', 'needsVerification', 'rejected')";

} // namespace

Result<IdNumberOverview> readIdNumberOverview(Database &db, qint64 sinceMs, int problemLimit)
{
    IdNumberOverview overview;
    {
        // One pass over the results: the table holds a row per birth the centre has answered.
        Reader q(db.statement(u"SELECT coalesce(sum(state = 'pending'), 0), "
                              u"coalesce(sum(state = 'assigned' AND updated_at >= ?), 0), "
                              u"coalesce(sum(state IN "_s +
                              QLatin1StringView(kProblemStates) + u"), 0) FROM id_number_results"_s));
        q->bindValue(0, sinceMs);
        if (auto r = db.run(*q, u"đọc kết quả cấp số định danh"_s); !r)
            return r.error();
        if (q->next()) {
            overview.pending = q->value(0).toLongLong();
            overview.arrived = q->value(1).toLongLong();
            overview.problems = q->value(2).toLongLong();
        }
    }
    if (overview.problems == 0 || problemLimit <= 0)
        return overview;
    {
        Reader q(db.statement(
            u"SELECT record, state, reason_vi, reason_en FROM id_number_results WHERE state IN "_s +
            QLatin1StringView(kProblemStates) + u" ORDER BY updated_at DESC LIMIT ?"_s));
        q->bindValue(0, problemLimit);
        if (auto r = db.run(*q, u"đọc kết quả cấp số định danh"_s); !r)
            return r.error();
        while (q->next()) {
            IdNumberProblem p;
            p.record = QUuid::fromRfc4122(q->value(0).toByteArray());
            p.state = parseIdNumberState(q->value(1).toString()).value_or(IdNumberResult::State::Rejected);
            p.reasonVi = q->value(2).toString();
            p.reasonEn = q->value(3).toString();
            overview.newestProblems << p;
        }
    }
    RecordStore records(db);
    for (IdNumberProblem &p : overview.newestProblems) {
        auto found = records.find(p.record);
        if (!found)
            return found.error();
        if (!*found)
            continue; // the centre answered about a record this register does not hold
        p.year = (*found)->year;
        p.number = (*found)->number;
        Reader q(db.statement(u"SELECT display FROM record_index WHERE record = ?"_s));
        q->bindValue(0, (*found)->rowId);
        if (auto r = db.run(*q, u"đọc kết quả cấp số định danh"_s); !r)
            return r.error();
        if (q->next())
            p.names = q->value(0).toString();
    }
    return overview;
}

} // namespace hotich
