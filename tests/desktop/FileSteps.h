#pragma once

// A file's steps after its registration, taken from the keyboard as the office takes them: logging
// in, printing its paper to PDF from the record, signing it in the signer's queue.
#include "auth/Accounts.h"

#include <QString>
#include <QUuid>

namespace hotich::test {
class TestRegister;
}

namespace hotich::desktop {
class MainWindow;
class PrintScreen;
class SignerQueue;
} // namespace hotich::desktop

namespace hotich::test {

/// Logs in through the log-in screen with the keyboard; the account that logged in.
Account logIn(TestRegister &reg, const QString &login, const QString &password);

/// Adds the commune chair "chutich" (password "signer-password"), who signs.
void addSigner(TestRegister &reg);

/// Opens the signer's queue with Ctrl+K and waits until it shows the files.
desktop::SignerQueue *openQueue(desktop::MainWindow &window);

/// Moves from the queue's files to the "Ký" button with Tab and presses it with the space bar;
/// waits for the core.
void signWithKeyboard(desktop::SignerQueue *queue);

/// Shows the window, opens the record and presses Ctrl+P in it: the print screen of the record.
desktop::PrintScreen *openPrint(desktop::MainWindow &window, const QUuid &id);

/// Types the PDF's path into its field, from the keyboard.
void typePdfPath(desktop::PrintScreen *screen, const QString &path);

/// Alt+I (the Vietnamese "&In") and waits for the register's thread; whether it printed.
bool printWithKeyboard(desktop::MainWindow &window, desktop::PrintScreen *screen);

/// The text of a PDF as poppler reads it (pdftotext -raw).
QString pdfText(const QString &path);

} // namespace hotich::test
