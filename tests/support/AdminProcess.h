#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace hotich::test {

/// One run of the real hotich-admin binary.
struct AdminRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    /// stdout as JSON lines.
    QList<QJsonObject> json() const;
    QJsonObject first() const { return json().value(0); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// Runs `hotich-admin ARGS` with `input` on stdin and HOTICH_PASSWORD=`password` (unless empty).
AdminRun runAdmin(const QStringList &args, const QByteArray &input = {}, const QByteArray &password = {});

QString adminPath();

} // namespace hotich::test
