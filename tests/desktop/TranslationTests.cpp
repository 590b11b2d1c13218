// The catalogues: every string of the desktop application's code is in both, translated, and
// finished; the Vietnamese is in NFC. lupdate reads the sources afresh, so a new tr() that nobody
// added to the catalogues fails here.
#include "support/TempDir.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace hotich::test;

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    QString type;             ///< "unfinished", "vanished", "obsolete" or empty
};

struct Catalogue
{
    QString language;
    QList<Entry> entries;
};

Catalogue readCatalogue(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    Catalogue out;
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s) {
                out.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name"_s) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                entry = Entry{context, {}, {}, {}};
            } else if (name == u"source"_s) {
                entry.source = xml.readElementText();
            } else if (name == u"translation"_s) {
                entry.type = xml.attributes().value(u"type"_s).toString();
                // Plural messages hold <numerusform> children; others the text itself.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                        entry.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (entry.translations.isEmpty())
                    entry.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            out.entries << entry;
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QSet<QString> keys(const Catalogue &c)
{
    QSet<QString> out;
    for (const Entry &e : c.entries)
        out.insert(e.context + u" :: "_s + e.source);
    return out;
}

QString catalogue(const QString &language)
{
    return QStringLiteral(HOTICH_TRANSLATIONS_DIR) + u"/hotich_"_s + language + u".ts"_s;
}

} // namespace

TEST_CASE("translations: both catalogues are complete, finished and the Vietnamese is NFC")
{
    for (const QString &language : {u"vi"_s, u"en"_s}) {
        const Catalogue c = readCatalogue(catalogue(language));
        INFO("hotich_" << language.toStdString() << ".ts");
        CHECK(c.language.startsWith(language));
        REQUIRE(c.entries.size() > 50);
        for (const Entry &e : c.entries) {
            INFO(e.context.toStdString() << " :: " << e.source.toStdString());
            CHECK(e.type.isEmpty()); // no unfinished, vanished or obsolete entry
            for (const QString &t : e.translations) {
                CHECK_FALSE(t.trimmed().isEmpty());
                CHECK(t == t.normalized(QString::NormalizationForm_C));
            }
            if (language == u"vi"_s && e.source.contains(u"%1"_s)) {
                for (const QString &t : e.translations)
                    CHECK(t.contains(u"%1"_s)); // a lost placeholder drops the value from the screen
            }
        }
    }
}

TEST_CASE("translations: every string of the code is in both catalogues (lupdate reads the sources)")
{
    TempDir dir;
    const QString fresh = dir.path(u"fresh.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(HOTICH_LUPDATE_PATH),
                  {u"-silent"_s, u"-locations"_s, u"none"_s, QStringLiteral(HOTICH_DESKTOP_SOURCE_DIR),
                   u"-ts"_s, fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    const QSet<QString> code = keys(readCatalogue(fresh));
    REQUIRE(code.size() > 50);
    for (const QString &language : {u"vi"_s, u"en"_s}) {
        const QSet<QString> have = keys(readCatalogue(catalogue(language)));
        INFO("hotich_" << language.toStdString() << ".ts");
        CHECK(QStringList((code - have).values()) == QStringList()); // in the code, not translated
        CHECK(QStringList((have - code).values()) == QStringList()); // translated, no longer in the code
    }
}
