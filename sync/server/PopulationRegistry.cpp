#include "sync/server/PopulationRegistry.h"

#include "sync/server/BulkInsert.h"
#include "util/Uuid.h"

#include <QHash>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

// Random numbers collide rarely (a million per province, sex and year); a full block is refused
// after this many draws instead of looping.
constexpr int kDraws = 64;

IdNumberResult answer(const IdNumberRequest &request, IdNumberState state, const QString &code = {},
                      const QString &vi = {}, const QString &en = {})
{
    IdNumberResult r;
    r.record = request.record;
    r.state = state;
    r.code = code;
    r.vi = vi;
    r.en = en;
    return r;
}

} // namespace

QString BuiltInPopulationRegistry::numberPrefix(const QString &provinceCode, Sex sex, int birthYear)
{
    // Digit 4: the century (0 for the 1900s, 2 for the 2000s, …) plus 1 for a woman.
    const int century = (birthYear / 100 - 19) * 2 + (sex == Sex::Female ? 1 : 0);
    return u"0%1%2%3"_s.arg(provinceCode, 2, QLatin1Char('0'))
        .arg(century)
        .arg(birthYear % 100, 2, 10, QLatin1Char('0'));
}

Result<QList<IdNumberResult>>
PopulationRegistry::askAll(ServerDatabase &db, const QList<IdNumberRequest> &requests, const QDateTime &now)
{
    QList<IdNumberResult> out;
    for (const IdNumberRequest &r : requests) {
        auto answer = ask(db, r, now);
        if (!answer)
            return answer.error();
        out << *answer;
    }
    return out;
}

std::optional<IdNumberResult> BuiltInPopulationRegistry::answerWithoutLookUp(const IdNumberRequest &request,
                                                                             const QDateTime &now) const
{
    const qint64 dueAt = request.requestedAtMs + qint64(m_options.delayDays) * 24 * 3600 * 1000;
    if (now.toMSecsSinceEpoch() < dueAt) {
        IdNumberResult pending = answer(request, IdNumberState::Pending);
        pending.dueAtMs = dueAt;
        return pending;
    }
    if (m_options.fail) {
        return answer(
            request, IdNumberState::Rejected, u"registry.refused"_s,
            u"Cơ sở dữ liệu quốc gia về dân cư từ chối cấp số định danh cá nhân (đang ngừng phục vụ)"_s,
            u"The national population database refused to issue a personal ID number (out of service)"_s);
    }
    if (!request.sex || !request.birthDate.isValid() || request.birthDate.year() < 1900 ||
        request.birthDate.year() > 2399) {
        return answer(
            request, IdNumberState::NeedsVerification, u"registry.incomplete"_s,
            u"Cần kiểm tra lại giới tính và ngày sinh của trẻ trước khi cấp số định danh cá nhân"_s,
            u"The child's sex and date of birth must be checked before a personal ID number is issued"_s);
    }
    return std::nullopt;
}

IdNumberResult BuiltInPopulationRegistry::twinOf(const IdNumberRequest &request, const QUuid &other)
{
    const QString id = uuidText(other);
    return answer(request, IdNumberState::SuspectedDuplicate, u"registry.twin"_s,
                  u"Đã có trẻ sinh cùng ngày của cùng người mẹ (hồ sơ %1): sinh đôi hay đăng ký trùng? "
                  u"Cần xác minh trước khi cấp số"_s.arg(id),
                  u"A child of the same mother born the same day is already registered (record %1): twins "
                  u"or a duplicate? To be verified before a number is issued"_s.arg(id));
}

QString BuiltInPopulationRegistry::draw(const IdNumberRequest &request)
{
    if (sodium_init() < 0)
        qFatal("hotich-server: libsodium cannot start: no random numbers");
    return numberPrefix(request.provinceCode, *request.sex, request.birthDate.year()) +
           u"%1"_s.arg(randombytes_uniform(1000000), 6, 10, QLatin1Char('0'));
}

Result<IdNumberResult> BuiltInPopulationRegistry::ask(ServerDatabase &db, const IdNumberRequest &request,
                                                      const QDateTime &now)
{
    if (auto early = answerWithoutLookUp(request, now))
        return *early;
    if (m_options.flagTwins && !request.twinKey.isEmpty()) {
        // Another birth of the same mother on the same day, asked before this one (all of them, when
        // this one is asked for the first time and not yet written down).
        // Only one asked earlier: the first twin keeps its number when the second is asked about.
        auto q = db.run(u"SELECT record FROM id_requests WHERE twin_key = ? AND "
                        u"id < coalesce((SELECT id FROM id_requests WHERE record = ?), 9223372036854775807) "
                        u"ORDER BY id LIMIT 1"_s,
                        {request.twinKey, uuidValue(request.record)}, u"tra cứu trẻ sinh cùng mẹ"_s);
        if (!q)
            return q.error();
        if (q->next())
            return twinOf(request, uuidFrom(q->value(0)));
    }
    return issue(db, request, now);
}

Result<QList<IdNumberResult>> BuiltInPopulationRegistry::askAll(ServerDatabase &db,
                                                                const QList<IdNumberRequest> &requests,
                                                                const QDateTime &now)
{
    QList<std::optional<IdNumberResult>> answers(requests.size());
    // The twins: the first request recorded with the same key, else the first of the batch.
    QHash<QString, QUuid> firstOfKey;
    if (m_options.flagTwins) {
        QStringList keys;
        for (const IdNumberRequest &r : requests) {
            if (!r.twinKey.isEmpty() && !keys.contains(r.twinKey))
                keys << r.twinKey;
        }
        auto looked = selectForKeys(
            db, u"SELECT twin_key, record FROM id_requests WHERE twin_key IN (%1) ORDER BY id"_s, keys, {},
            u"tra cứu trẻ sinh cùng mẹ"_s, [&firstOfKey](const Rows &q) {
                const QString key = q.value(0).toString();
                if (!firstOfKey.contains(key))
                    firstOfKey.insert(key, uuidFrom(q.value(1)));
            });
        if (!looked)
            return looked.error();
    }
    QList<qsizetype> toIssue;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const IdNumberRequest &r = requests[i];
        const auto first = firstOfKey.constFind(r.twinKey);
        if (auto early = answerWithoutLookUp(r, now))
            answers[i] = *early;
        else if (m_options.flagTwins && !r.twinKey.isEmpty() && first != firstOfKey.constEnd())
            answers[i] = twinOf(r, *first);
        else
            toIssue << i;
        // Recorded, whatever its answer, before the ones behind it.
        if (!r.twinKey.isEmpty() && first == firstOfKey.constEnd())
            firstOfKey.insert(r.twinKey, r.record);
    }
    // One insert for the numbers; one drawn twice (or held already) is not returned.
    BulkInsert issued(db, u"issued_id_numbers (number, record, issued_at)"_s, 3,
                      u" ON CONFLICT DO NOTHING RETURNING number"_s, u"ghi số định danh"_s);
    QHash<QString, qsizetype> drawnFor;
    for (const qsizetype i : std::as_const(toIssue)) {
        const QString number = draw(requests[i]);
        if (drawnFor.contains(number))
            continue; // drawn again below, alone
        drawnFor.insert(number, i);
        issued.add({number, uuidValue(requests[i].record), now.toMSecsSinceEpoch()});
    }
    if (auto r = issued.run([&](const Rows &row) {
            const QString number = row.value(0).toString();
            IdNumberResult assigned = answer(requests[drawnFor.value(number)], IdNumberState::Assigned);
            assigned.idNumber = number;
            answers[drawnFor.value(number)] = assigned;
        });
        !r)
        return r.error();
    QList<IdNumberResult> out;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!answers[i]) {
            auto again = issue(db, requests[i], now);
            if (!again)
                return again.error();
            answers[i] = *again;
        }
        out << *answers[i];
    }
    return out;
}

Result<IdNumberResult> BuiltInPopulationRegistry::issue(ServerDatabase &db, const IdNumberRequest &request,
                                                        const QDateTime &now)
{
    IdNumberResult assigned = answer(request, IdNumberState::Assigned);
    if (!request.firstAsk) {
        // Asked again after an answer that did not reach the office: the same number.
        auto held = db.run(u"SELECT number FROM issued_id_numbers WHERE record = ?"_s,
                           {uuidValue(request.record)}, u"đọc số định danh đã cấp"_s);
        if (!held)
            return held.error();
        if (held->next()) {
            assigned.idNumber = held->value(0).toString();
            return assigned;
        }
    }
    for (int drawn = 0; drawn < kDraws; ++drawn) {
        const QString number = draw(request);
        // A number another transaction took first conflicts (after it commits, on PostgreSQL).
        auto r = db.run(u"INSERT INTO issued_id_numbers (number, record, issued_at) VALUES (?, ?, ?) "
                        u"ON CONFLICT DO NOTHING"_s,
                        {number, uuidValue(request.record), now.toMSecsSinceEpoch()}, u"ghi số định danh"_s);
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 1) {
            assigned.idNumber = number;
            return assigned;
        }
    }
    return answer(request, IdNumberState::Rejected, u"registry.exhausted"_s,
                  u"Không còn số định danh trống cho tỉnh, giới tính và năm sinh này"_s,
                  u"No free personal ID number is left for this province, sex and year of birth"_s);
}

} // namespace hotich::server
