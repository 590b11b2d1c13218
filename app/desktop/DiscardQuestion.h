#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace hotich::desktop {

/// "Discard what was typed?" — asked by every screen that holds typed input (the registration
/// forms, a correction) before Escape or closing its tab loses it. Window-modal, Keep editing by
/// default and on Escape; `discard` runs only when the officer chooses Discard.
class DiscardQuestion
{
    Q_DECLARE_TR_FUNCTIONS(DiscardQuestion)

public:
    static void ask(QWidget *parent, const QString &title, const QString &question,
                    const std::function<void()> &discard);
};

} // namespace hotich::desktop
