#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QTransform>

namespace hotich::printing {

/// Hiệu chỉnh — one printer's correction for one form, kept apart from the template: where this
/// printer really puts the form's millimetres. A point (x, y) of the form lands on the paper at
/// offset + R(rotation) · (scaleX · x, scaleY · y), rotating about the paper's top-left corner
/// (clockwise for a positive angle, as y runs down); a field's nudge moves it before all that.
struct Calibration
{
    QString printer; ///< the printer it was measured on (for the officer; not a key)
    QPointF offsetMm;
    double scaleX = 1;
    double scaleY = 1;
    double rotationDeg = 0;
    QHash<QString, QPointF> nudgesMm; ///< field name → its own extra move

    static constexpr double kMaxOffsetMm = 20;
    static constexpr double kMaxScaleError = 0.05; ///< 0.95 … 1.05
    static constexpr double kMaxRotationDeg = 2;
    static constexpr double kMaxNudgeMm = 10;

    /// Form millimetres → paper millimetres (without the nudges).
    QTransform transform() const;
    /// Offsets, scales, rotation and nudges within their limits; `source` names it in messages.
    Result<void> check(const QString &source) const;

    QByteArray toJson() const;
    /// Reads and checks a calibration file (docs/form-templates.md, "Calibration").
    static Result<Calibration> fromJson(const QByteArray &json, const QString &source);
};

/// Calibrations on disk: one JSON file per name (a workstation's printer setting) and form, at
/// `<directory>/<name>/<form>.json`.
class CalibrationStore
{
public:
    explicit CalibrationStore(QString directory) : m_directory(std::move(directory)) {}

    /// NotFound when there is none for this name and form.
    Result<Calibration> load(const QString &name, const QString &formId) const;
    /// Checks, then writes the whole file at once; a refused calibration changes nothing.
    Result<void> save(const QString &name, const QString &formId, const Calibration &calibration) const;

private:
    Result<QString> pathOf(const QString &name, const QString &formId) const;

    QString m_directory;
};

} // namespace hotich::printing
