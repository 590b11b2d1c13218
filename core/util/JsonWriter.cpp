#include "JsonWriter.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace hotich {

namespace {

void writeValue(QString &out, const QJsonValue &value);

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

void writeString(QString &out, QStringView text)
{
    out += u'"';
    // Most text needs no escaping: copy the runs between escapes whole.
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!needsEscape(c))
            continue;
        out += text.sliced(run, i - run);
        run = i + 1;
        switch (c) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        default:
            out += u"\\u00";
            out += QChar(u"0123456789abcdef"[c >> 4]);
            out += QChar(u"0123456789abcdef"[c & 0xF]);
        }
    }
    out += text.sliced(run);
    out += u'"';
}

void writeObject(QString &out, const QJsonObject &object)
{
    out += u'{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += u',';
        first = false;
        writeString(out, it.key());
        out += u':';
        writeValue(out, it.value());
    }
    out += u'}';
}

void writeValue(QString &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += u"null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? u"true" : u"false";
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            out += QString::number(qint64(d));
        else if (std::isfinite(d))
            out += QString::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += u"null";
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += u'[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += u',';
            writeValue(out, array[i]);
        }
        out += u']';
        break;
    }
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    }
}

} // namespace

QString compactJson(const QJsonObject &object)
{
    QString out;
    out.reserve(1024);
    writeObject(out, object);
    return out;
}

} // namespace hotich
