#include "Language.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

std::unique_ptr<QTranslator> &installed()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &currentCode()
{
    static QString code = u"vi"_s;
    return code;
}

} // namespace

bool Language::install(const QString &code)
{
    if (code != u"vi"_s && code != u"en"_s)
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/hotich/i18n/hotich_"_s + code + u".qm"_s))
        return false;
    if (installed())
        QCoreApplication::removeTranslator(installed().get());
    QCoreApplication::installTranslator(translator.get());
    installed() = std::move(translator);
    currentCode() = code;
    return true;
}

QString Language::current()
{
    return currentCode();
}

QString Language::message(const Error &error)
{
    QString text = english() ? error.en : error.vi;
    // A rejection gathers its problems in details: show each, so the officer knows what to fix.
    for (const Error &detail : error.details)
        text += u"\n• "_s + (english() ? detail.en : detail.vi);
    return text;
}

} // namespace hotich::desktop
