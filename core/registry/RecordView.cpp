#include "RecordView.h"

#include "model/RecordValidator.h"
#include "util/Uuid.h"

using namespace Qt::StringLiterals;

namespace hotich {

const QStringList &statusMembers()
{
    static const QStringList members = {u"voided"_s, u"dissolved"_s, u"ended"_s};
    return members;
}

QJsonObject RecordView::content() const
{
    QJsonObject c = current;
    for (const QString &m : statusMembers())
        c.remove(m);
    return c;
}

QJsonObject RecordView::toJson() const
{
    QJsonObject o = content();
    o.insert(u"id"_s, uuidText(stored.id));
    if (stored.number) {
        o.insert(u"year"_s, stored.year);
        o.insert(u"number"_s, stored.number);
        o.insert(u"book"_s, stored.book);
    }
    o.insert(u"recordStatus"_s, statusCode(status));
    return o;
}

RecordView RecordView::derive(StoredRecord stored, QList<StoredAmendment> amendments)
{
    RecordView v;
    v.current = stored.json();
    for (const StoredAmendment &a : amendments)
        v.current = applyMergePatch(v.current, a.patchJson());
    v.status = statusFromView(v.current);
    v.stored = std::move(stored);
    v.amendments = std::move(amendments);
    return v;
}

Result<RecordView> loadRecordView(RecordStore &store, const QUuid &id)
{
    auto found = store.find(id);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return Error::make(ErrorKind::NotFound, u"record.missing"_s,
                           u"Không có hồ sơ %1 trong sổ hộ tịch này"_s.arg(uuidText(id)),
                           u"No record %1 in this register"_s.arg(uuidText(id)));
    }
    auto amendments = store.amendmentsOf((*found)->rowId);
    if (!amendments)
        return amendments.error();
    return RecordView::derive(std::move(**found), std::move(amendments.value()));
}

} // namespace hotich
