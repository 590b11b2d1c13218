#include "WireChanges.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

sync::IdNumberResult::State wireState(IdNumberState state)
{
    using To = sync::IdNumberResult::State;
    switch (state) {
    case IdNumberState::Pending:
        return To::Pending;
    case IdNumberState::Assigned:
        return To::Assigned;
    case IdNumberState::SuspectedDuplicate:
        return To::SuspectedDuplicate;
    case IdNumberState::NeedsVerification:
        return To::NeedsVerification;
    case IdNumberState::Rejected:
        return To::Rejected;
    }
    return To::Pending;
}

sync::IdNumberResult wire(const IdNumberResult &r)
{
    sync::IdNumberResult out;
    out.recordId = r.record;
    out.state = wireState(r.state);
    if (r.state == IdNumberState::Assigned) {
        out.idNumber = r.idNumber;
    } else if (!r.vi.isEmpty() || !r.en.isEmpty()) {
        // The protocol carries both reasons or neither.
        out.reasonVi = r.vi.isEmpty() ? r.en : r.vi;
        out.reasonEn = r.en.isEmpty() ? r.vi : r.en;
    }
    return out;
}

sync::OfficeFinding wire(const CrossOfficeFinding &f)
{
    return {f.record, f.code, f.vi, f.en, f.otherOffice, f.otherRecord};
}

sync::ReferenceUpdate wire(const ReferenceUpdate &u)
{
    return {u.list, QString::number(u.version), u.content.toUtf8()};
}

sync::Revocation wire(const Revocation &r, qint64 changeId, qint64 atMs)
{
    sync::Revocation out;
    out.recordId = r.record;
    // The same however often the change is sent (made from the change itself), so a register that
    // wants to name its void amendment after the centre's decision can.
    out.amendmentId = QUuid::createUuidV5(r.record, u"revocation/%1"_s.arg(changeId));
    out.decision = r.decision.value(u"number"_s).toString();
    out.decisionDate = QDate::fromString(r.decision.value(u"date"_s).toString(), Qt::ISODate);
    out.authority = r.decision.value(u"issuer"_s).toString();
    const QString reason = r.decision.value(u"reason"_s).toString();
    out.reasonVi = r.decision.value(u"reasonVi"_s).toString(reason);
    out.reasonEn = r.decision.value(u"reasonEn"_s).toString(reason);
    out.createdAtMs = atMs;
    return out;
}

} // namespace

sync::Change toWire(const Change &change)
{
    return std::visit(
        [&](const auto &body) -> sync::Change {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, Revocation>)
                return wire(body, change.id, change.atMs);
            else
                return wire(body);
        },
        change.body);
}

sync::PullPage toWire(const PullPage &page)
{
    sync::PullPage out;
    out.changes.reserve(size_t(page.changes.size()));
    for (const Change &c : page.changes)
        out.changes.push_back(toWire(c));
    out.cursor = page.cursor;
    out.more = page.more;
    return out;
}

} // namespace hotich::server
