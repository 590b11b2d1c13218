// hotich-admin text … and places …: the Vietnamese text and reference-data tools, no register needed.
#include "AdminCommands.h"

#include "app/cli/Console.h"
#include "model/PartialDate.h"
#include "reference/AdministrativeUnits.h"
#include "reference/PersonalIdNumber.h"
#include "text/Fold.h"
#include "text/LegacyEncoding.h"
#include "text/Normalize.h"
#include "text/NumberWords.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hotich::admin {

namespace {

text::WordStyle wordStyle(const Arguments &args)
{
    text::WordStyle style;
    style.linh = args.has(u"linh"_s);
    style.ngan = args.has(u"ngan"_s);
    style.bon = args.has(u"bon"_s);
    if (args.has(u"day-prefix"_s))
        style.smallDayPrefix = args.value(u"day-prefix"_s);
    return style;
}

/// Applies `transform` to each UTF-8 line of stdin; a line that is not UTF-8 stops with exit 2.
int eachLine(const std::function<QString(const QString &)> &transform)
{
    const QByteArray input = Console::readStdin();
    QList<QByteArray> lines = input.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(line);
        if (utf8.hasError()) {
            Console::message(
                u"Dòng %1 không phải UTF-8 hợp lệ (dùng text decode cho văn bản TCVN3/VNI)"_s.arg(i + 1),
                u"Line %1 is not valid UTF-8 (use text decode for TCVN3/VNI text)"_s.arg(i + 1));
            return kExitRejected;
        }
        out += transform(text) + u'\n';
    }
    Console::printText(out);
    return kExitOk;
}

} // namespace

int AdminTool::textNfc()
{
    return eachLine([](const QString &line) { return text::nfc(line); });
}

int AdminTool::textFold()
{
    return eachLine([](const QString &line) { return text::fold(line); });
}

int AdminTool::textWords()
{
    bool ok = false;
    const QString arg = m_args.positional(m_firstArgument);
    const qint64 n = arg.toLongLong(&ok);
    if (!ok || n < 0 || n > 999'999'999'999) {
        Console::message(u"Cần một số nguyên từ 0 đến 999.999.999.999 (đang là \"%1\")"_s.arg(arg),
                         u"A whole number from 0 to 999,999,999,999 is needed (got \"%1\")"_s.arg(arg));
        return kExitRejected;
    }
    Console::printLine(text::numberInWords(n, wordStyle(m_args)));
    return kExitOk;
}

int AdminTool::textDateWords()
{
    const QString arg = m_args.positional(m_firstArgument);
    auto date = parseFullDate(arg, u"date"_s);
    if (!date)
        return Console::reportError(date.error());
    Console::printLine(text::dateInWords(date.value(), wordStyle(m_args)));
    return kExitOk;
}

int AdminTool::textDecode()
{
    const QString from = m_args.value(u"from"_s);
    if (from != u"tcvn3"_s && from != u"vni"_s && from != u"auto"_s) {
        Console::message(u"--from phải là tcvn3, vni hoặc auto"_s, u"--from must be tcvn3, vni or auto"_s);
        return kExitRejected;
    }
    const QByteArray input = Console::readStdin();
    if (from == u"tcvn3"_s) {
        Console::printText(text::decodeTcvn3(input));
        return kExitOk;
    }
    if (from == u"vni"_s) {
        Console::printText(text::decodeVni(input));
        return kExitOk;
    }
    const text::DecodedLines decoded = text::detectLines(input);
    Console::printText(decoded.text);
    QStringList summary;
    for (auto it = decoded.linesByEncoding.cbegin(); it != decoded.linesByEncoding.cend(); ++it)
        summary << u"%1 %2"_s.arg(it.key()).arg(it.value());
    Console::message(u"mã hóa: "_s + summary.join(u", "_s), u"encoding: "_s + summary.join(u", "_s));
    return kExitOk;
}

int AdminTool::textCheckId()
{
    const QString number = m_args.positional(m_firstArgument);
    std::optional<Sex> sex;
    if (m_args.has(u"sex"_s)) {
        sex = parseSexCode(m_args.value(u"sex"_s));
        if (!sex) {
            Console::message(u"--sex phải là male hoặc female"_s, u"--sex must be male or female"_s);
            return kExitRejected;
        }
    }
    std::optional<int> year;
    if (m_args.has(u"birth-date"_s)) {
        auto date = PartialDate::parse(m_args.value(u"birth-date"_s), u"--birth-date"_s);
        if (!date)
            return Console::reportError(date.error());
        year = date->year();
    }
    auto checked = reference::checkPersonalId(number, sex, year);
    if (!checked) {
        Console::printLine(Console::english() ? checked.error().en : checked.error().vi);
        return kExitRejected;
    }
    Console::printLine(u"ok"_s);
    return kExitOk;
}

int AdminTool::placesFind()
{
    const QString query = m_args.positional().mid(m_firstArgument).join(u' ');
    if (query.trimmed().isEmpty()) {
        Console::message(u"Cần tên đơn vị hành chính cần tìm"_s, u"Give the name of the unit to find"_s);
        return kExitRejected;
    }
    const auto &units = reference::AdministrativeUnits::instance();
    QDate on = QDate::currentDate();
    if (m_args.has(u"on"_s)) {
        auto date = parseFullDate(m_args.value(u"on"_s), u"--on"_s);
        if (!date)
            return Console::reportError(date.error());
        on = date.value();
    }
    const reference::UnitList &list = units.validOn(on);
    static const char *levels[] = {"province", "district", "commune"};
    for (const reference::AdministrativeUnit *u : list.findByName(query)) {
        Console::printJson({{u"code"_s, u->code},
                            {u"level"_s, QString::fromLatin1(levels[int(u->level)])},
                            {u"name"_s, u->name},
                            {u"fullName"_s, u->fullName},
                            {u"path"_s, list.fullPath(*u)},
                            {u"provinceCode"_s, u->provinceCode},
                            {u"list"_s, list.id()}});
    }
    return kExitOk;
}

} // namespace hotich::admin
