#pragma once

#include "FittedForm.h"

namespace hotich::printing {

/// Trang hiệu chỉnh — the calibration page of a form, printed on plain paper of the form's size
/// and held against a real blank form to the light: millimetre rulers along the top and left
/// edges, and at each of the form's reference points a crosshair whose arms are ticked every
/// millimetre, inside numbered squares 1, 2 and 3 mm from it. Where the blank form's own mark
/// falls on the ticks is the offset to correct (hotich-admin calibration set). Drawn by the same
/// renderer as the forms, with the calibration applied, so a second sheet shows the correction.
class CalibrationPage
{
public:
    static Result<FittedForm> build(const FormTemplate &form, const BundledFont &font);
};

} // namespace hotich::printing
