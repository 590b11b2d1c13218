#include "Calibration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace {

constexpr int kFormat = 1;

Error invalid(const QString &source, const QString &member, const QString &code, const QString &vi,
              const QString &en)
{
    const QString where = member.isEmpty() ? source : source + u": "_s + member;
    return Error::invalid(u"calibration."_s + code, member, where + u": "_s + vi, where + u": "_s + en);
}

Error outOfRange(const QString &source, const QString &member, double min, double max)
{
    return invalid(source, member, u"outOfRange"_s, u"phải từ %1 đến %2"_s.arg(min).arg(max),
                   u"must be from %1 to %2"_s.arg(min).arg(max));
}

bool within(double v, double min, double max)
{
    return std::isfinite(v) && v >= min && v <= max;
}

QJsonArray pair(double a, double b)
{
    return {a, b};
}

/// `[a, b]` of two numbers, else nothing.
std::optional<QPointF> readPair(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return std::nullopt;
    return QPointF(a[0].toDouble(), a[1].toDouble());
}

Error notPair(const QString &source, const QString &member)
{
    return invalid(source, member, u"notPair"_s, u"phải là hai số [x, y]"_s, u"must be two numbers [x, y]"_s);
}

/// A name that is one folder or file name: no separators, no "..".
bool safeName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(name).hasMatch() && !name.contains(u".."_s);
}

} // namespace

QTransform Calibration::transform() const
{
    QTransform t;
    t.translate(offsetMm.x(), offsetMm.y());
    t.rotate(rotationDeg);
    t.scale(scaleX, scaleY);
    return t;
}

Result<void> Calibration::check(const QString &source) const
{
    if (!within(offsetMm.x(), -kMaxOffsetMm, kMaxOffsetMm) ||
        !within(offsetMm.y(), -kMaxOffsetMm, kMaxOffsetMm))
        return outOfRange(source, u"offsetMm"_s, -kMaxOffsetMm, kMaxOffsetMm);
    if (!within(scaleX, 1 - kMaxScaleError, 1 + kMaxScaleError) ||
        !within(scaleY, 1 - kMaxScaleError, 1 + kMaxScaleError))
        return outOfRange(source, u"scale"_s, 1 - kMaxScaleError, 1 + kMaxScaleError);
    if (!within(rotationDeg, -kMaxRotationDeg, kMaxRotationDeg))
        return outOfRange(source, u"rotationDeg"_s, -kMaxRotationDeg, kMaxRotationDeg);
    for (auto it = nudgesMm.begin(); it != nudgesMm.end(); ++it) {
        if (!within(it->x(), -kMaxNudgeMm, kMaxNudgeMm) || !within(it->y(), -kMaxNudgeMm, kMaxNudgeMm))
            return outOfRange(source, u"nudgesMm."_s + it.key(), -kMaxNudgeMm, kMaxNudgeMm);
    }
    return {};
}

QByteArray Calibration::toJson() const
{
    QJsonObject nudges;
    for (auto it = nudgesMm.begin(); it != nudgesMm.end(); ++it)
        nudges.insert(it.key(), pair(it->x(), it->y()));
    QJsonObject o{{u"format"_s, kFormat},
                  {u"offsetMm"_s, pair(offsetMm.x(), offsetMm.y())},
                  {u"scale"_s, pair(scaleX, scaleY)},
                  {u"rotationDeg"_s, rotationDeg},
                  {u"nudgesMm"_s, nudges}};
    if (!printer.isEmpty())
        o.insert(u"printer"_s, printer);
    return QJsonDocument(o).toJson();
}

Result<Calibration> Calibration::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return invalid(source, {}, u"json"_s, u"không phải JSON hợp lệ: %1"_s.arg(parseError.errorString()),
                       u"not valid JSON: %1"_s.arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    const QStringList members{u"format"_s, u"printer"_s,     u"offsetMm"_s,
                              u"scale"_s,  u"rotationDeg"_s, u"nudgesMm"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!members.contains(it.key()))
            return invalid(source, it.key(), u"unknownMember"_s, u"thành phần không được biết"_s,
                           u"unknown member"_s);
    }
    if (o.value(u"format"_s).toInt(-1) != kFormat || !o.value(u"format"_s).isDouble())
        return invalid(source, u"format"_s, u"format"_s, u"phải là %1"_s.arg(kFormat),
                       u"must be %1"_s.arg(kFormat));
    Calibration c;
    if (o.contains(u"printer"_s)) {
        if (!o.value(u"printer"_s).isString())
            return invalid(source, u"printer"_s, u"notText"_s, u"phải là một chuỗi"_s, u"must be text"_s);
        c.printer = o.value(u"printer"_s).toString();
    }
    if (o.contains(u"offsetMm"_s)) {
        const auto p = readPair(o.value(u"offsetMm"_s));
        if (!p)
            return notPair(source, u"offsetMm"_s);
        c.offsetMm = *p;
    }
    if (o.contains(u"scale"_s)) {
        const auto p = readPair(o.value(u"scale"_s));
        if (!p)
            return notPair(source, u"scale"_s);
        c.scaleX = p->x();
        c.scaleY = p->y();
    }
    if (o.contains(u"rotationDeg"_s)) {
        if (!o.value(u"rotationDeg"_s).isDouble())
            return invalid(source, u"rotationDeg"_s, u"notNumber"_s, u"phải là một số"_s,
                           u"must be a number"_s);
        c.rotationDeg = o.value(u"rotationDeg"_s).toDouble();
    }
    const QJsonObject nudges = o.value(u"nudgesMm"_s).toObject();
    if (o.contains(u"nudgesMm"_s) && !o.value(u"nudgesMm"_s).isObject()) {
        return invalid(source, u"nudgesMm"_s, u"notObject"_s, u"phải là một đối tượng {trường: [x, y]}"_s,
                       u"must be an object {field: [x, y]}"_s);
    }
    for (auto it = nudges.begin(); it != nudges.end(); ++it) {
        const auto p = readPair(it.value());
        if (!p)
            return notPair(source, u"nudgesMm."_s + it.key());
        c.nudgesMm.insert(it.key(), *p);
    }
    if (auto checked = c.check(source); !checked)
        return checked.error();
    return c;
}

Result<QString> CalibrationStore::pathOf(const QString &name, const QString &formId) const
{
    if (!safeName(name) || !safeName(formId)) {
        const QString bad = safeName(name) ? formId : name;
        return Error::invalid(
            u"calibration.name"_s, u"name"_s,
            u"Tên \"%1\" không hợp lệ: chỉ dùng chữ, số, dấu chấm, gạch nối và gạch dưới (tối đa 64)"_s.arg(
                bad),
            u"The name \"%1\" is not valid: letters, digits, dots, hyphens and underscores only (at most 64)"_s
                .arg(bad));
    }
    return QDir(m_directory).filePath(name + u'/' + formId + u".json"_s);
}

Result<Calibration> CalibrationStore::load(const QString &name, const QString &formId) const
{
    auto path = pathOf(name, formId);
    if (!path)
        return path.error();
    QFile file(*path);
    if (!file.exists()) {
        return Error::make(ErrorKind::NotFound, u"calibration.notFound"_s,
                           u"Không có hiệu chỉnh \"%1\" cho mẫu \"%2\" (%3)"_s.arg(name, formId, *path),
                           u"There is no calibration \"%1\" for the form %2 (%3)"_s.arg(name, formId, *path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Storage, u"calibration.read"_s,
                           u"Không đọc được %1: %2"_s.arg(*path, file.errorString()),
                           u"Cannot read %1: %2"_s.arg(*path, file.errorString()));
    }
    return Calibration::fromJson(file.readAll(), *path);
}

Result<void> CalibrationStore::save(const QString &name, const QString &formId,
                                    const Calibration &calibration) const
{
    auto path = pathOf(name, formId);
    if (!path)
        return path.error();
    if (auto checked = calibration.check(name + u'/' + formId); !checked)
        return checked;
    QSaveFile file(*path);
    if (!QDir().mkpath(QFileInfo(*path).path()) || !file.open(QIODevice::WriteOnly) ||
        file.write(calibration.toJson()) < 0 || !file.commit()) {
        return Error::make(ErrorKind::Storage, u"calibration.write"_s,
                           u"Không ghi được %1: %2"_s.arg(*path, file.errorString()),
                           u"Cannot write %1: %2"_s.arg(*path, file.errorString()));
    }
    return {};
}

} // namespace hotich::printing
