#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hotich::cli {

/// The exit codes of hotich-admin and hotich-server (the contract scripts rely on).
enum ExitCode
{
    kExitOk = 0,
    kExitFailure = 1,
    kExitRejected = 2
};

/// stdout carries JSON only; stderr carries messages, in Vietnamese unless --lang en.
class Console
{
public:
    static void setEnglish(bool english);
    static bool english();

    static void printJson(const QJsonObject &object);
    static void printLine(const QString &line);
    /// Text as it is (UTF-8), no newline added.
    static void printText(const QString &text);
    /// "lỗi: …" with every detail on its own line; returns the exit code for the error.
    static int reportError(const Error &error);
    static void message(const QString &vi, const QString &en);

    /// A password: from HOTICH_PASSWORD, else asked on the terminal without echo.
    static std::optional<QByteArray> actingPassword(const QString &login);
    /// A new password: the first line of stdin (asked twice without echo on a terminal). Says why
    /// when there is none.
    static std::optional<QByteArray> newPasswordFromStdin(const QString &login);
    /// All of stdin.
    static QByteArray readStdin();
};

} // namespace hotich::cli
