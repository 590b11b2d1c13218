#pragma once

class QLabel;

namespace hotich::desktop {

/// Makes `label` a screen's title, as every screen has one: larger, bold, wrapping rather than
/// cut at 1366×768.
void styleAsHeading(QLabel *label);

} // namespace hotich::desktop
