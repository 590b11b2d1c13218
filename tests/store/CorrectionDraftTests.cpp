// A correction as a screen checks it before saving (checkCorrectionDraft) and as the history tells
// it afterwards (the values replaced, the reason, the supporting document), on a real register.
#include <catch2/catch.hpp>

#include "model/RecordSchema.h"
#include "registry/DraftCheck.h"
#include "registry/RecordHistory.h"
#include "registry/RecordView.h"
#include "support/TestRegister.h"

#include <QJsonArray>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject renaming(const QString &givenName)
{
    return {{u"type"_s, u"correction"_s},
            {u"reason"_s, u"Ghi sai tên"_s},
            {u"supportingDocument"_s, u"Giấy chứng sinh số 123/BV"_s},
            {u"changes"_s, QJsonObject{{u"subject"_s, QJsonObject{{u"givenName"_s, givenName}}}}}};
}

RecordView viewOf(TestRegister &reg, const QUuid &id)
{
    RecordStore store(reg.db());
    auto view = loadRecordView(store, id);
    REQUIRE(view.ok());
    return view.value();
}

} // namespace

TEST_CASE("correction draft: the core's refusals before saving, each on its field")
{
    TestRegister reg;
    const QUuid birth = reg.mustAdd(example(u"birth"_s));
    const RecordView view = viewOf(reg, birth);
    const RuleContext context{reg.clock().today(), officerIdentityOf(reg.officer), nullptr, {}};

    CHECK(checkCorrectionDraft(view, renaming(u"Bảo"_s), context).isEmpty());

    QJsonObject noReason = renaming(u"Bảo"_s);
    noReason.remove(u"reason"_s);
    Findings found = checkCorrectionDraft(view, noReason, context);
    REQUIRE(codesOf(found) == QStringList{u"field.missing"_s});
    CHECK(found.front().field == u"reason"_s);

    QJsonObject noDocument = renaming(u"Bảo"_s);
    noDocument.insert(u"supportingDocument"_s, u"  "_s);
    found = checkCorrectionDraft(view, noDocument, context);
    REQUIRE(codesOf(found) == QStringList{u"correction.document"_s});
    CHECK(found.front().field == u"supportingDocument"_s);

    QJsonObject impossible = renaming(u"An"_s);
    impossible.insert(u"changes"_s,
                      QJsonObject{{u"subject"_s, QJsonObject{{u"birthDate"_s, u"2026-02-30"_s}}}});
    found = checkCorrectionDraft(view, impossible, context);
    REQUIRE(codesOf(found) == QStringList{u"date.impossible"_s});
    CHECK(found.front().field == u"changes.subject.birthDate"_s);

    // No change is said once, as the Registrar says it; the same name typed again is no change.
    QJsonObject nothing = renaming(u"An"_s);
    CHECK(codesOf(checkCorrectionDraft(view, nothing, context)) == QStringList{u"correction.empty"_s});
    nothing.insert(u"changes"_s, QJsonObject());
    CHECK(codesOf(checkCorrectionDraft(view, nothing, context)) == QStringList{u"correction.empty"_s});
    CHECK(codesOf(reg.registrar().correct(birth, renaming(u"An"_s), reg.officer).error()) ==
          QStringList{u"correction.empty"_s});

    CHECK(correctableFields(EventKind::Birth).contains(u"subject.givenName"_s));
    CHECK_FALSE(correctableFields(EventKind::Birth).contains(u"subject.idNumber"_s));
}

TEST_CASE("history: a correction with the values it replaced, its reason and its supporting document")
{
    TestRegister reg;
    const QUuid birth = reg.mustAdd(example(u"birth"_s));
    REQUIRE(reg.registrar().correct(birth, renaming(u"Bảo"_s), reg.officer).ok());
    REQUIRE(reg.registrar().correct(birth, renaming(u"Ân"_s), reg.officer).ok());

    const auto history = recordHistory(reg.db(), birth);
    REQUIRE(history.ok());
    const QJsonArray events = history->value(u"events"_s).toArray();
    REQUIRE(events.size() == 3);
    const QJsonObject first = events[1].toObject();
    CHECK(first.value(u"before"_s).toObject() ==
          QJsonObject{{u"subject"_s, QJsonObject{{u"givenName"_s, u"An"_s}}}});
    CHECK(first.value(u"reason"_s).toString() == u"Ghi sai tên"_s);
    CHECK(first.value(u"supportingDocument"_s).toString() == u"Giấy chứng sinh số 123/BV"_s);
    // Each amendment's "before" is the record as the ones before it left it.
    CHECK(events[2].toObject().value(u"before"_s).toObject() ==
          QJsonObject{{u"subject"_s, QJsonObject{{u"givenName"_s, u"Bảo"_s}}}});
}

TEST_CASE("correctable fields: every registration kind offers its people's particulars, never an ID number, "
          "and the kinds that amend another record none")
{
    for (EventKind kind : allEventKinds()) {
        const bool offered = !correctableFields(kind).isEmpty();
        INFO(kindCode(kind).toStdString());
        CHECK(offered == !(amendsAnotherRecord(kind) || kind == EventKind::ExtractCopy));
        // Every member offered is one the kind's records have, and never the ID number.
        for (const QString &path : correctableFields(kind)) {
            INFO(path.toStdString());
            CHECK(fieldAt(kind, path) != nullptr);
            CHECK_FALSE(path.endsWith(u".idNumber"_s));
        }
    }
}
