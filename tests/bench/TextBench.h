#pragma once

#include <QStringList>

namespace hotich::bench {

/// Folding, legacy decoding and place look-up, each beside a plain reference in the same run.
void benchText(const QStringList &names, int samples);

} // namespace hotich::bench
