#include "sync/server/IdNumberRequests.h"

#include "model/PartialDate.h"
#include "model/Person.h"
#include "sync/server/BulkInsert.h"
#include "sync/server/ChangeFeed.h"
#include "sync/server/Offices.h"
#include "text/Fold.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

/// The mother and the day of birth: what twins share. The mother by her ID number when the record
/// gives it, else by her folded name and date of birth (often only a year).
QString twinKeyOf(const PersonView &child, const PersonView &mother)
{
    if (!child.birthDate.isFull() || mother.isEmpty())
        return {};
    const QString who =
        !mother.idNumber.isEmpty()
            ? QString(u"id:"_s + mother.idNumber)
            : QString(u"nb:"_s + text::fold(mother.fullName) + u'|' + mother.birthDate.toIso());
    return child.birthDate.toIso() + u'|' + who;
}

} // namespace

bool IdNumberRequests::wants(const QJsonObject &birth, const PersonView &child)
{
    // A birth digitised from an old paper register ("historical": its book, page and entry): the
    // person was numbered long ago, or will be through the population register, not as a newborn.
    if (birth.value(u"historical"_s).isObject())
        return false;
    return child.idNumber.isEmpty();
}

Result<void> IdNumberRequests::requestAll(const QList<Birth> &births, const QString &office,
                                          const QString &provinceCode, const QDateTime &now,
                                          QList<OfficeChange> &feed)
{
    QList<IdNumberRequest> requests;
    QStringList twins;
    for (const Birth &b : births) {
        IdNumberRequest request;
        request.record = b.record;
        request.office = office;
        request.provinceCode = provinceCode;
        request.sex = b.child.sex;
        if (b.child.birthDate.isFull())
            request.birthDate = b.child.birthDate.earliest();
        request.twinKey = twinKeyOf(b.child, b.mother);
        request.requestedAtMs = now.toMSecsSinceEpoch();
        request.firstAsk = true;
        if (!request.twinKey.isEmpty())
            twins << request.twinKey;
        requests << request;
    }
    // Two offices pushing the twins at once: the second waits and sees the first. In one order
    // everywhere, so that two pushes never wait for each other.
    twins.sort();
    twins.removeDuplicates();
    for (const QString &key : std::as_const(twins)) {
        if (auto r = m_db.lockKey(u"twin:"_s + key); !r)
            return r.error();
    }
    auto answers = m_registry.askAll(m_db, requests, now);
    if (!answers)
        return answers.error();
    // Written once, with the registry's answer (pending or not).
    BulkInsert rows(m_db,
                    u"id_requests (record, office, state, id_number, due_at, code, vi, en, twin_key, sex, "
                    u"birth_date, requested_at, updated_at)"_s,
                    13, QString(), u"ghi yêu cầu cấp số định danh"_s);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const IdNumberRequest &request = requests[i];
        const IdNumberResult &answer = answers->at(i);
        rows.add({uuidValue(request.record), office, idNumberStateCode(answer.state),
                  nullIfEmpty(answer.idNumber),
                  answer.dueAtMs ? QVariant(answer.dueAtMs) : QVariant(QMetaType::fromType<qint64>()),
                  nullIfEmpty(answer.code), nullIfEmpty(answer.vi), nullIfEmpty(answer.en),
                  nullIfEmpty(request.twinKey),
                  request.sex ? QVariant(sexCode(*request.sex)) : QVariant(QMetaType::fromType<QString>()),
                  request.birthDate.isValid() ? QVariant(isoDate(request.birthDate))
                                              : QVariant(QMetaType::fromType<QString>()),
                  request.requestedAtMs, request.requestedAtMs});
        Change change;
        change.body = answer;
        feed << OfficeChange{office, change};
    }
    return rows.run();
}

Result<void> IdNumberRequests::publish(const IdNumberResult &answer, const QString &office,
                                       const QDateTime &now)
{
    Change change;
    change.body = answer;
    if (auto r = ChangeFeed(m_db).append(office, change, now); !r)
        return r.error();
    return {};
}

Result<void> IdNumberRequests::record(const IdNumberResult &answer, const QString &office,
                                      const QDateTime &now)
{
    if (auto r = m_db.run(
            u"UPDATE id_requests SET state = ?, id_number = ?, due_at = ?, code = ?, vi = ?, en = ?, "
            u"updated_at = ? WHERE record = ?"_s,
            {idNumberStateCode(answer.state), nullIfEmpty(answer.idNumber),
             answer.dueAtMs ? QVariant(answer.dueAtMs) : QVariant(QMetaType::fromType<qint64>()),
             nullIfEmpty(answer.code), nullIfEmpty(answer.vi), nullIfEmpty(answer.en),
             now.toMSecsSinceEpoch(), uuidValue(answer.record)},
            u"ghi kết quả cấp số định danh"_s);
        !r)
        return r.error();
    return publish(answer, office, now);
}

Result<int> IdNumberRequests::resolveDue(const QString &office, const QDateTime &now)
{
    // Most pulls find nothing due: they do not wait for the office's row.
    auto waiting = m_db.number(u"SELECT count(*) FROM id_requests WHERE office = ? AND state = 'pending' AND "
                               u"(due_at IS NULL OR due_at <= ?)"_s,
                               {office, now.toMSecsSinceEpoch()}, u"đọc yêu cầu cấp số định danh"_s);
    if (!waiting)
        return waiting.error();
    if (*waiting == 0)
        return 0;
    ServerTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    // The office's row serialises this with its pushes and with another process resolving.
    if (auto head = Offices(m_db).lock(office); !head)
        return head.error();
    auto q = m_db.run(u"SELECT i.record, i.twin_key, i.sex, i.birth_date, i.requested_at, o.province_code "
                      u"FROM id_requests i JOIN offices o ON o.code = i.office "
                      u"WHERE i.office = ? AND i.state = 'pending' AND (i.due_at IS NULL OR i.due_at <= ?) "
                      u"ORDER BY i.id LIMIT ?"_s,
                      {office, now.toMSecsSinceEpoch(), kResolveBatch}, u"đọc yêu cầu cấp số định danh"_s);
    if (!q)
        return q.error();
    QList<IdNumberRequest> due;
    while (q->next()) {
        IdNumberRequest r;
        r.record = uuidFrom(q->value(0));
        r.office = office;
        r.twinKey = q->value(1).toString();
        r.sex = parseSexCode(q->value(2).toString());
        r.birthDate = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        r.requestedAtMs = q->value(4).toLongLong();
        r.provinceCode = q->value(5).toString();
        due << r;
    }
    q->finish();
    int changed = 0;
    for (const IdNumberRequest &request : std::as_const(due)) {
        auto answer = m_registry.ask(m_db, request, now);
        if (!answer)
            return answer.error();
        if (answer->state == IdNumberState::Pending)
            continue;
        if (auto r = record(*answer, office, now); !r)
            return r.error();
        ++changed;
    }
    if (changed == 0)
        return 0; // nothing written: the transaction is rolled back
    if (auto r = tx.commit(); !r)
        return r.error();
    return changed;
}

} // namespace hotich::server
