#include "WireReader.h"

#include "Frame.h"

using namespace Qt::StringLiterals;

namespace hotich::sync {

namespace {

struct TypeName
{
    QString vi;
    QString en;
};

TypeName typeName(QCborValue::Type type)
{
    switch (type) {
    case QCborValue::Integer:
        return {u"số nguyên"_s, u"an integer"_s};
    case QCborValue::ByteArray:
        return {u"chuỗi byte"_s, u"a byte string"_s};
    case QCborValue::String:
        return {u"chuỗi văn bản"_s, u"a text string"_s};
    case QCborValue::Array:
        return {u"mảng"_s, u"an array"_s};
    case QCborValue::Map:
        return {u"bảng (map)"_s, u"a map"_s};
    case QCborValue::False:
    case QCborValue::True:
        return {u"giá trị đúng/sai"_s, u"a boolean"_s};
    case QCborValue::Null:
        return {u"null"_s, u"null"_s};
    case QCborValue::Double:
        return {u"số thực"_s, u"a floating-point number"_s};
    default:
        return {u"giá trị khác"_s, u"another value"_s};
    }
}

QString joined(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : name.isEmpty() ? path : path + u'.' + name;
}

bool wrongType(Problems &problems, const QString &field, const QCborValue &value, QCborValue::Type expected)
{
    const bool isBool = value.isBool() && (expected == QCborValue::False || expected == QCborValue::True);
    if (value.type() == expected || isBool)
        return false;
    const TypeName want = typeName(expected);
    const TypeName got = typeName(value.type());
    problems.add(field, u"sai kiểu: cần %1, nhận được %2"_s.arg(want.vi, got.vi),
                 u"wrong type: expected %1, got %2"_s.arg(want.en, got.en));
    return true;
}

} // namespace

void Problems::add(const QString &field, const QString &vi, const QString &en)
{
    if (m_first)
        return;
    const QString prefix = field.isEmpty() ? QString() : field + u": "_s;
    m_first = frameMalformed(field, prefix + vi, prefix + en);
}

MapReader::MapReader(Problems &problems, const QCborValue &value, QString path,
                     std::initializer_list<qint64> known, const QString &what)
    : m_problems(problems), m_path(std::move(path))
{
    if (!m_problems.ok() || wrongType(m_problems, m_path, value, QCborValue::Map))
        return;
    m_map = value.toMap();
    for (auto it = m_map.constBegin(); it != m_map.constEnd(); ++it) {
        const QCborValue key = it.key();
        if (!key.isInteger()) {
            m_problems.add(m_path, u"khóa của trường không phải số nguyên"_s,
                           u"a member key is not an integer"_s);
            return;
        }
        if (std::find(known.begin(), known.end(), key.toInteger()) == known.end()) {
            const QString number = QString::number(key.toInteger());
            if (what.isEmpty())
                m_problems.add(m_path, u"trường không xác định %1"_s.arg(number),
                               u"unknown member %1"_s.arg(number));
            else
                m_problems.add(m_path, u"trường %1 không thuộc %2"_s.arg(number, what),
                               u"member %1 is not part of %2"_s.arg(number, what));
            return;
        }
    }
}

QString MapReader::path(const QString &name) const
{
    return joined(m_path, name);
}

void MapReader::problem(const QString &name, const QString &vi, const QString &en)
{
    m_problems.add(path(name), vi, en);
}

QCborValue MapReader::raw(qint64 key, const QString &name)
{
    if (m_problems.ok() && !m_map.contains(key))
        problem(name, u"thiếu trường bắt buộc"_s, u"a required member is missing"_s);
    return m_map.value(key);
}

std::optional<QCborValue> MapReader::member(qint64 key, const QString &name, QCborValue::Type type,
                                            bool required)
{
    if (!m_problems.ok())
        return std::nullopt;
    if (!m_map.contains(key)) {
        if (required)
            problem(name, u"thiếu trường bắt buộc"_s, u"a required member is missing"_s);
        return std::nullopt;
    }
    QCborValue value = m_map.value(key);
    if (wrongType(m_problems, path(name), value, type))
        return std::nullopt;
    return value;
}

qint64 MapReader::integer(qint64 key, const QString &name, qint64 min, qint64 max, bool required)
{
    const auto value = member(key, name, QCborValue::Integer, required);
    if (!value)
        return 0;
    const qint64 n = value->toInteger();
    if (n < min || n > max) {
        problem(name, u"giá trị %1 ngoài khoảng %2–%3"_s.arg(n).arg(min).arg(max),
                u"the value %1 is outside %2–%3"_s.arg(n).arg(min).arg(max));
        return 0;
    }
    return n;
}

bool MapReader::boolean(qint64 key, const QString &name, bool required)
{
    const auto value = member(key, name, QCborValue::False, required);
    return value && value->toBool();
}

QString MapReader::text(qint64 key, const QString &name, qsizetype maxLength, bool required)
{
    const auto value = member(key, name, QCborValue::String, required);
    if (!value)
        return {};
    QString s = value->toString();
    if (s.size() > maxLength) {
        problem(name, u"dài %1 ký tự, tối đa %2"_s.arg(s.size()).arg(maxLength),
                u"is %1 characters long, at most %2"_s.arg(s.size()).arg(maxLength));
        return {};
    }
    // Text read from a frame is valid UTF-8 already; text about to be written may not be.
    if (!s.isValidUtf16()) {
        problem(name, u"chứa ký tự Unicode không hợp lệ"_s, u"holds invalid Unicode"_s);
        return {};
    }
    if (required && s.isEmpty())
        problem(name, u"không được để trống"_s, u"may not be empty"_s);
    return s;
}

QByteArray MapReader::bytes(qint64 key, const QString &name, qsizetype minSize, qsizetype maxSize,
                            bool required)
{
    const auto value = member(key, name, QCborValue::ByteArray, required);
    if (!value)
        return {};
    QByteArray b = value->toByteArray();
    if (minSize == maxSize && b.size() != minSize) {
        problem(name, u"cần đúng %1 byte, nhận được %2"_s.arg(minSize).arg(b.size()),
                u"expected exactly %1 bytes, got %2"_s.arg(minSize).arg(b.size()));
        return {};
    }
    if (b.size() < minSize || b.size() > maxSize) {
        problem(name, u"dài %1 byte, cần %2–%3"_s.arg(b.size()).arg(minSize).arg(maxSize),
                u"is %1 bytes long, expected %2–%3"_s.arg(b.size()).arg(minSize).arg(maxSize));
        return {};
    }
    return b;
}

QUuid MapReader::uuid(qint64 key, const QString &name, bool required)
{
    const QByteArray b = bytes(key, name, 16, 16, required);
    if (b.isEmpty())
        return {};
    const QUuid id = QUuid::fromRfc4122(b);
    if (id.isNull())
        problem(name, u"UUID rỗng (toàn số 0)"_s, u"the nil UUID"_s);
    return id;
}

QDate MapReader::day(qint64 key, const QString &name, bool required)
{
    constexpr qint64 kMinDay = -719162; // 0001-01-01
    constexpr qint64 kMaxDay = 2932896; // 9999-12-31
    if (!has(key) && !required)
        return {};
    const qint64 days = integer(key, name, kMinDay, kMaxDay, required);
    return m_problems.ok() ? QDate(1970, 1, 1).addDays(days) : QDate();
}

QCborArray MapReader::array(qint64 key, const QString &name, qsizetype maxItems, bool required)
{
    const auto value = member(key, name, QCborValue::Array, required);
    if (!value)
        return {};
    QCborArray a = value->toArray();
    if (a.size() > maxItems) {
        problem(name, u"có %1 phần tử, tối đa %2"_s.arg(a.size()).arg(maxItems),
                u"holds %1 items, at most %2"_s.arg(a.size()).arg(maxItems));
        return {};
    }
    return a;
}

ArrayReader::ArrayReader(Problems &problems, const QCborValue &value, QString path, qsizetype minSize,
                         qsizetype maxSize)
    : m_problems(problems), m_path(std::move(path))
{
    if (!m_problems.ok() || wrongType(m_problems, m_path, value, QCborValue::Array))
        return;
    m_array = value.toArray();
    if (m_array.size() < minSize || m_array.size() > maxSize) {
        const QString expected =
            minSize == maxSize ? QString::number(minSize) : u"%1–%2"_s.arg(minSize).arg(maxSize);
        m_problems.add(m_path, u"có %1 phần tử, cần %2"_s.arg(m_array.size()).arg(expected),
                       u"holds %1 items, expected %2"_s.arg(m_array.size()).arg(expected));
    }
}

QString ArrayReader::text(qsizetype index, const QString &name, qsizetype maxLength, bool required)
{
    if (!m_problems.ok() || index >= m_array.size())
        return {};
    const QString field =
        name.isEmpty() ? m_path + u'[' + QString::number(index) + u']' : joined(m_path, name);
    const QCborValue value = m_array.at(index);
    if (wrongType(m_problems, field, value, QCborValue::String))
        return {};
    QString s = value.toString();
    if (s.size() > maxLength)
        m_problems.add(field, u"dài %1 ký tự, tối đa %2"_s.arg(s.size()).arg(maxLength),
                       u"is %1 characters long, at most %2"_s.arg(s.size()).arg(maxLength));
    else if (!s.isValidUtf16())
        m_problems.add(field, u"chứa ký tự Unicode không hợp lệ"_s, u"holds invalid Unicode"_s);
    else if (required && s.isEmpty())
        m_problems.add(field, u"không được để trống"_s, u"may not be empty"_s);
    return s;
}

} // namespace hotich::sync
