#include "PrintFixtures.h"

#include "store/RecordStore.h"
#include "support/TestRegister.h"
#include "util/Uuid.h"

#include <QJsonDocument>

using namespace hotich::printing;
using namespace Qt::StringLiterals;

namespace hotich::test {
namespace {

/// The id the examples of tests/data/records refer to for the record they copy or amend.
constexpr const char *kPlaceholderId = "00000000-0000-7000-8000-000000000001";

} // namespace

FormTemplate mustLoad(const QString &id)
{
    auto form = TemplateLoader::fromFile(QStringLiteral(HOTICH_FORMS_DIR) + u'/' + id + u".json"_s);
    INFO((form ? std::string() : form.error().en.toStdString()));
    REQUIRE(form.ok());
    return form.value();
}

IssueContext issueContext()
{
    OfficeInfo office{u"00004"_s, u"Phường Ba Đình"_s, u"01"_s, u"Phường Ba Đình, Thành phố Hà Nội"_s, {}};
    return IssueContext::forOffice(office, QDate(2026, 11, 26), {u"Chủ tịch"_s, u"Nguyễn Văn Ký"_s});
}

void BoundSample::setText(const QString &field, const QString &text)
{
    for (BoundText &t : texts) {
        if (t.field == field) {
            t.text = text;
            return;
        }
    }
    FAIL("no field " << field.toStdString());
}

BoundSample boundSample(const QString &formId, const QString &exampleName, const QString &related)
{
    TestRegister reg;
    QJsonObject record = example(exampleName);
    if (!related.isEmpty()) {
        const QString relatedId = uuidText(reg.mustAdd(example(related)));
        QByteArray text = QJsonDocument(record).toJson();
        REQUIRE(text.contains(kPlaceholderId));
        text.replace(kPlaceholderId, relatedId.toUtf8());
        record = QJsonDocument::fromJson(text).object();
    }
    BoundSample out{mustLoad(formId), {}, reg.mustAdd(record)};
    RecordStore store(reg.db());
    auto subject = loadPrintSubject(store, out.recordId);
    REQUIRE(subject.ok());
    auto bound = FormBinding::bind(out.form, *subject, issueContext());
    INFO((bound ? std::string() : bound.error().en.toStdString()));
    REQUIRE(bound.ok());
    out.texts = bound.value();
    return out;
}

} // namespace hotich::test
