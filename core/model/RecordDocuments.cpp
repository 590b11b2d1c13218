#include "RecordDocuments.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

/// Line and column of a byte offset, for messages.
QString position(const QByteArray &text, qsizetype offset, qsizetype firstLine = 1)
{
    // Qt's parser reports an unterminated string one byte past the end of the text: the problem
    // is at the end.
    offset = std::min(offset, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype line = before.count('\n') + firstLine;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return u"%1:%2"_s.arg(line).arg(column);
}

Error malformed(const QString &source, const QJsonParseError &error, const QString &where)
{
    return Error::invalid(
        u"input.json"_s, {},
        u"%1 không phải JSON hợp lệ (dòng:cột %2): %3"_s.arg(source, where, error.errorString()),
        u"%1 is not valid JSON (line:column %2): %3"_s.arg(source, where, error.errorString()));
}

Error notAnObject(const QString &source, const QString &where)
{
    return Error::invalid(u"input.notObject"_s, {},
                          u"%1: mỗi hồ sơ phải là một đối tượng JSON {…} (%2)"_s.arg(source, where),
                          u"%1: each record must be a JSON object {…} (%2)"_s.arg(source, where));
}

Error empty(const QString &source)
{
    return Error::invalid(u"input.empty"_s, {}, u"%1 không có hồ sơ nào"_s.arg(source),
                          u"%1 holds no record"_s.arg(source));
}

} // namespace

Result<QList<QJsonObject>> parseRecordDocuments(const QByteArray &text, const QString &source)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return empty(source);
    QList<QJsonObject> records;
    QJsonParseError error{};
    const QJsonDocument whole = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        if (whole.isObject())
            return QList<QJsonObject>{whole.object()};
        const QJsonArray array = whole.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isObject())
                return notAnObject(source, u"#%1"_s.arg(i + 1));
            records << array[i].toObject();
        }
        if (records.isEmpty())
            return empty(source);
        return records;
    }
    if (trimmed.startsWith('[') || !trimmed.contains('\n'))
        return malformed(source, error, position(text, error.offset));
    // JSON lines: one record per line.
    qsizetype lineNumber = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError lineError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &lineError);
        if (lineError.error != QJsonParseError::NoError)
            return malformed(source, lineError, position(line, lineError.offset, lineNumber));
        if (!doc.isObject())
            return notAnObject(source, u"dòng %1"_s.arg(lineNumber));
        records << doc.object();
    }
    return records;
}

} // namespace hotich
