#include "RecordInput.h"

#include "app/cli/Console.h"
#include "model/RecordDocuments.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace hotich::admin {

Result<QByteArray> readInput(const QString &fileOrDash)
{
    if (fileOrDash == u"-"_s)
        return cli::Console::readStdin();
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
    return parseRecordDocuments(input.value(), source);
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
