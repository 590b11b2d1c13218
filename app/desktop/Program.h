#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace hotich::desktop {

/// Why the GUI cannot start on this machine (no display), with how to run it under a virtual one;
/// nothing when it can. Checked before the QApplication exists: Qt would abort without a word
/// the officer understands. Bilingual, as no catalogue is loaded yet.
std::optional<QString> missingDisplayMessage();

/// hotich [--db PATH] [--lang vi|en]: opens the register, asks for the log-in, shows the main
/// window. The default register is register.sqlite in the machine's data folder.
class Program
{
    Q_DECLARE_TR_FUNCTIONS(Program)

public:
    int run(const QStringList &arguments);

    static QString defaultRegisterPath();

private:
    /// Shows a message box and writes the same text to stderr (for whoever started it from a shell).
    static void tell(const QString &title, const QString &text, bool error);
};

} // namespace hotich::desktop
