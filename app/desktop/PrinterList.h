#pragma once

class QComboBox;

namespace hotich::desktop {

/// Fills `box` with the printers CUPS knows, the default one chosen; with none, one line says so.
/// Returns whether there is a printer to print to (asked once: CUPS is asked over its socket).
bool listPrinters(QComboBox *box);

} // namespace hotich::desktop
