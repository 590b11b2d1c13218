#pragma once

#include <QString>

namespace hotich::bench {

/// Certificates and extracts to PDF through the whole printing path (the record read, bound,
/// every text fitted and its glyphs checked, PDF/A-1b written), beside QPdfWriter drawing the same
/// texts bare, in the same run. A register of synthetic records is made in `dir`.
void benchPrint(const QString &dir, int samples);

} // namespace hotich::bench
