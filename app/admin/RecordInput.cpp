#include "RecordInput.h"

#include "Console.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hotich::admin {

namespace {

/// Line and column of a byte offset, for messages.
QString position(const QByteArray &text, qsizetype offset, qsizetype firstLine = 1)
{
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

} // namespace

Result<QByteArray> readInput(const QString &fileOrDash)
{
    if (fileOrDash == u"-"_s)
        return Console::readStdin();
    QFile file(fileOrDash);
    if (!file.exists()) {
        return Error::make(ErrorKind::NotFound, u"input.missing"_s, u"Không có tệp %1"_s.arg(fileOrDash),
                           u"No file %1"_s.arg(fileOrDash));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Storage, u"input.unreadable"_s,
                           u"Không đọc được tệp %1: %2"_s.arg(fileOrDash, file.errorString()),
                           u"Cannot read %1: %2"_s.arg(fileOrDash, file.errorString()));
    }
    return file.readAll();
}

Result<QList<QJsonObject>> readRecords(const QString &fileOrDash)
{
    const QString source = fileOrDash == u"-"_s ? u"stdin"_s : fileOrDash;
    auto input = readInput(fileOrDash);
    if (!input)
        return input.error();
    const QByteArray &text = input.value();
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error::invalid(u"input.empty"_s, {}, u"%1 không có hồ sơ nào"_s.arg(source),
                              u"%1 holds no record"_s.arg(source));
    }
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
            return Error::invalid(u"input.empty"_s, {}, u"%1 không có hồ sơ nào"_s.arg(source),
                                  u"%1 holds no record"_s.arg(source));
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

Result<QJsonObject> readObject(const QString &fileOrDash)
{
    auto records = readRecords(fileOrDash);
    if (!records)
        return records.error();
    if (records->size() != 1) {
        return Error::invalid(u"input.count"_s, {},
                              u"Cần đúng một đối tượng JSON (có %1)"_s.arg(records->size()),
                              u"Exactly one JSON object is needed (got %1)"_s.arg(records->size()));
    }
    return records->first();
}

} // namespace hotich::admin
