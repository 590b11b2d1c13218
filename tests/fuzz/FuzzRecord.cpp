// libFuzzer target: the record input of hotich-admin register, correct and void. The bytes are read
// as record documents (one object, an array, JSON lines) and every object found is canonicalised,
// as a registration does. Nothing may crash, and both steps keep their promises:
//  - a rejected document names the place of the problem: line:column inside the input for
//    malformed JSON, "#N" or the line for a non-object, and "empty" only when it holds no object;
//  - the objects read come back the same when written out as JSON lines and read again;
//  - a rejected record names the field of every error (by its path; a member whose key is empty
//    only by the message, which quotes the key);
//  - a record without errors is canonical: stored as the register stores it and read back, it
//    canonicalises to the same bytes again (a correction re-canonicalises what was stored).
#include "Property.h"
#include "model/RecordDocuments.h"
#include "model/RecordValidator.h"
#include "store/RecordStore.h"
#include "util/JsonWriter.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace hotich;
using namespace hotich::fuzz;
using namespace Qt::StringLiterals;

namespace {

const QString kSource = u"fuzz-input"_s;

/// The length of each line of `text`, in bytes, as the error positions count them.
QList<qsizetype> lineLengths(const QByteArray &text)
{
    QList<qsizetype> lengths;
    for (const QByteArray &line : text.split('\n'))
        lengths << line.size();
    return lengths;
}

void checkRejectedDocument(const QByteArray &text, const Error &e)
{
    const QString detail = e.code + u": "_s + e.en;
    if (!e.en.startsWith(kSource) || !e.vi.startsWith(kSource))
        fail("a document error names its source", detail);
    const QList<qsizetype> lengths = lineLengths(text);
    if (e.code == u"input.json"_s) {
        static const QRegularExpression en(uR"(\(line:column (\d+):(\d+)\))"_s);
        static const QRegularExpression vi(uR"(\(dòng:cột (\d+):(\d+)\))"_s);
        const QRegularExpressionMatch m = en.match(e.en);
        const QRegularExpressionMatch mVi = vi.match(e.vi);
        if (!m.hasMatch() || !mVi.hasMatch() || mVi.captured(1) != m.captured(1) ||
            mVi.captured(2) != m.captured(2))
            fail("malformed JSON is reported with line:column, the same in both languages", detail);
        const qsizetype line = m.captured(1).toLongLong();
        const qsizetype column = m.captured(2).toLongLong();
        // Column one past the end: the parser stopped at the end of a truncated line.
        if (line < 1 || line > lengths.size() || column < 1 || column > lengths[line - 1] + 1)
            fail("the line:column of malformed JSON lies inside the input", detail);
    } else if (e.code == u"input.notObject"_s) {
        static const QRegularExpression place(uR"(\((#|dòng )(\d+)\)$)"_s);
        const QRegularExpressionMatch m = place.match(e.en);
        const qsizetype n = m.captured(2).toLongLong();
        if (!m.hasMatch() || n < 1 || (m.captured(1) != u"#"_s && n > lengths.size()))
            fail("a non-object is reported with its place in the array or its line", detail);
    } else if (e.code == u"input.empty"_s) {
        if (text.contains('{'))
            fail("only a document without any object is reported empty", detail);
    } else {
        fail("a document error is malformed JSON, a non-object or an empty document", detail);
    }
}

/// The register's form of a record: what RecordStore stores and StoredRecord::json() reads back.
QJsonObject storedAndReadBack(const QJsonObject &json)
{
    StoredRecord stored;
    stored.payload = RecordStore::serialize(json);
    return stored.json();
}

void checkRecord(const QJsonObject &input)
{
    const CanonicalRecord first = canonicalizeRecord(input);
    if (!first.ok()) {
        if (first.errors.isEmpty())
            fail("a rejected record says why", compactJson(input));
        for (const Finding &f : first.errors) {
            const QString detail = f.code + u" [" + f.field + u"] " + f.en + u"\n" + compactJson(input);
            if (!f.isError() || f.code.isEmpty() || f.vi.isEmpty() || f.en.isEmpty())
                fail("a record error has a code and a message in both languages", detail);
            // The one error without a path: a top-level member whose key is the empty string. Its
            // path is that key; the message quotes it ("").
            const bool emptyKey = f.code == u"field.unknown"_s && f.en.startsWith(u"Unknown field \"\" "_s);
            if (f.field.isEmpty() && !emptyKey)
                fail("a record error names its field", detail);
        }
        return;
    }
    const QString canonical = RecordStore::serialize(first.json);
    const CanonicalRecord second = canonicalizeRecord(storedAndReadBack(first.json));
    if (!second.ok()) {
        const Finding &f = second.errors.value(0);
        fail("a canonical record, stored and read back, is accepted again",
             f.code + u" [" + f.field + u"] " + f.en + u"\n" + canonical);
    }
    const QString again = RecordStore::serialize(second.json);
    if (again != canonical)
        fail("canonicalisation is idempotent", canonical + u"\n" + again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto documents = parseRecordDocuments(text, kSource);
    if (!documents) {
        checkRejectedDocument(text, documents.error());
        return 0;
    }
    require(!documents->isEmpty(), "an accepted document holds a record");

    // hotich-admin export writes JSON lines (Console::printJson); read back, they are the same records.
    QByteArray lines;
    for (const QJsonObject &record : *documents)
        lines += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    const auto reread = parseRecordDocuments(lines, kSource);
    if (!reread || *reread != *documents)
        fail("records written as JSON lines read back the same",
             QString::fromUtf8(lines) + (reread ? QString() : u"\n"_s + reread.error().en));

    for (const QJsonObject &record : *documents)
        checkRecord(record);
    return 0;
}
