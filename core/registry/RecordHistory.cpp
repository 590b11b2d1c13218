#include "RecordHistory.h"

#include "RecordView.h"
#include "auth/Accounts.h"
#include "model/RecordValidator.h"
#include "util/Uuid.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

QString timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// The values a merge patch replaces in `content`, shaped as the patch (null where it adds a member).
QJsonObject valuesReplaced(const QJsonObject &content, const QJsonObject &patch)
{
    QJsonObject before;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue old = content.value(it.key());
        if (it.value().isObject() && old.isObject())
            before.insert(it.key(), valuesReplaced(old.toObject(), it.value().toObject()));
        else
            before.insert(it.key(), old.isUndefined() ? QJsonValue(QJsonValue::Null) : old);
    }
    return before;
}

} // namespace

Result<QJsonObject> recordHistory(Database &db, const QUuid &id)
{
    RecordStore store(db);
    auto view = loadRecordView(store, id);
    if (!view)
        return view.error();
    auto logins = Accounts(db, Clock::system()).loginsById();
    if (!logins)
        return logins.error();
    QJsonArray events;
    events.append(QJsonObject{{u"type"_s, u"registered"_s},
                              {u"at"_s, timestamp(view->stored.createdAtMs)},
                              {u"by"_s, logins->value(view->stored.createdBy)},
                              {u"content"_s, view->stored.json()}});
    QJsonObject content = view->stored.json();
    for (const StoredAmendment &a : view->amendments) {
        const QJsonObject patch = a.patchJson();
        QJsonObject event{{u"type"_s, a.type},
                          {u"at"_s, timestamp(a.createdAtMs)},
                          {u"by"_s, logins->value(a.createdBy)},
                          {u"changes"_s, patch},
                          {u"before"_s, valuesReplaced(content, patch)}};
        content = applyMergePatch(content, patch);
        if (a.byRecordRowId) {
            auto by = store.findByRowId(a.byRecordRowId);
            if (!by)
                return by.error();
            if (by->has_value()) {
                const StoredRecord &r = **by;
                event.insert(u"registration"_s, QJsonObject{{u"id"_s, uuidText(r.id)},
                                                            {u"kind"_s, kindCode(r.kind)},
                                                            {u"year"_s, r.year},
                                                            {u"number"_s, r.number}});
                // Why the record was amended and on what paper: a correction's own members.
                const QJsonObject amending = r.json();
                for (const QString &member : {u"reason"_s, u"supportingDocument"_s}) {
                    if (amending.contains(member))
                        event.insert(member, amending.value(member));
                }
            }
        }
        events.append(event);
    }
    return QJsonObject{{u"id"_s, uuidText(view->stored.id)},
                       {u"kind"_s, kindCode(view->stored.kind)},
                       {u"recordStatus"_s, statusCode(view->status)},
                       {u"events"_s, events},
                       {u"current"_s, view->toJson()}};
}

} // namespace hotich
