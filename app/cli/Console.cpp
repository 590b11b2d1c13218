#include "Console.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hotich::cli {

namespace {

bool g_english = false;

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

/// Reads one line from the terminal with echo off.
QByteArray readHidden(const QString &prompt)
{
    // Echo goes off before the prompt appears: what is typed the moment it shows is not echoed.
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    char buffer[1024];
    QByteArray line;
    if (std::fgets(buffer, sizeof buffer, stdin))
        line = QByteArray(buffer);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

void Console::setEnglish(bool english)
{
    g_english = english;
}

bool Console::english()
{
    return g_english;
}

void Console::printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void Console::printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Console::printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::message(const QString &vi, const QString &en)
{
    writeErr(g_english ? en : vi);
}

int Console::reportError(const Error &error)
{
    writeErr((g_english ? u"error: "_s : u"lỗi: "_s) + (g_english ? error.en : error.vi));
    for (const Error &detail : error.details) {
        const QString field = detail.field.isEmpty() ? QString() : u" ["_s + detail.field + u']';
        writeErr(u"  - "_s + (g_english ? detail.en : detail.vi) + field);
    }
    switch (error.kind) {
    case ErrorKind::InvalidInput:
    case ErrorKind::NotFound:
    case ErrorKind::PermissionDenied:
    case ErrorKind::Conflict:
        return kExitRejected;
    case ErrorKind::Corrupt:
    case ErrorKind::Storage:
        return kExitFailure;
    }
    return kExitFailure;
}

std::optional<QByteArray> Console::actingPassword(const QString &login)
{
    if (qEnvironmentVariableIsSet("HOTICH_PASSWORD"))
        return qgetenv("HOTICH_PASSWORD");
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    return readHidden(g_english ? u"Password for %1: "_s.arg(login) : u"Mật khẩu của %1: "_s.arg(login));
}

std::optional<QByteArray> Console::newPasswordFromStdin(const QString &login)
{
    if (isatty(STDIN_FILENO)) {
        const QByteArray first = readHidden(g_english ? u"New password for %1: "_s.arg(login)
                                                      : u"Mật khẩu mới cho %1: "_s.arg(login));
        const QByteArray again =
            readHidden(g_english ? u"Repeat the password: "_s : u"Nhập lại mật khẩu: "_s);
        if (first != again) {
            message(u"Hai lần nhập mật khẩu mới cho %1 không khớp"_s.arg(login),
                    u"The two new passwords typed for %1 differ"_s.arg(login));
            return std::nullopt;
        }
        return first;
    }
    char buffer[1024];
    if (!std::fgets(buffer, sizeof buffer, stdin)) {
        message(u"Không đọc được mật khẩu mới cho %1 từ stdin"_s.arg(login),
                u"Cannot read the new password for %1 from stdin"_s.arg(login));
        return std::nullopt;
    }
    QByteArray line(buffer);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray Console::readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

} // namespace hotich::cli
