#include "PdfProbe.h"

#include "support/CatchQt.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace hotich::test::pdf_probe {
namespace {

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60'000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QList<PdfPage> readPages(const QString &pdfPath, const QStringList &range)
{
    // -raw keeps the content stream's order: the words come field after field, as drawn.
    const QByteArray xhtml =
        run(u"pdftotext"_s, QStringList{u"-raw"_s, u"-bbox"_s} + range << pdfPath << u"-"_s);
    QList<PdfPage> pages;
    QXmlStreamReader xml(xhtml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"page") {
            pages.append(PdfPage{});
            pages.last().sizePt = {a.value(u"width"_s).toDouble(), a.value(u"height"_s).toDouble()};
        } else if (xml.name() == u"word" && !pages.isEmpty()) {
            const double x0 = a.value(u"xMin"_s).toDouble(), y0 = a.value(u"yMin"_s).toDouble();
            const double x1 = a.value(u"xMax"_s).toDouble(), y1 = a.value(u"yMax"_s).toDouble();
            pages.last().words.append({xml.readElementText(), QRectF(QPointF(x0, y0), QPointF(x1, y1))});
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return pages;
}

} // namespace

PdfPage firstPage(const QString &pdfPath)
{
    const QList<PdfPage> first = readPages(pdfPath, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s});
    REQUIRE(first.size() == 1);
    return first.constFirst();
}

QList<PdfPage> pages(const QString &pdfPath)
{
    return readPages(pdfPath, {});
}

QList<PdfFont> fonts(const QString &pdfPath)
{
    // name type encoding emb sub uni object ID; the first two lines are the heading.
    const QStringList lines =
        QString::fromUtf8(run(u"pdffonts"_s, {pdfPath})).split(u'\n', Qt::SkipEmptyParts);
    QList<PdfFont> out;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList cols = lines[i].split(u' ', Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 8);
        // The type may be two words ("CID TrueType"): count the columns from the right.
        const qsizetype emb = cols.size() - 5;
        out.append({cols[0], cols.mid(1, emb - 2).join(u' '), cols[emb] == u"yes"});
    }
    return out;
}

QString info(const QString &pdfPath, bool meta)
{
    QStringList args;
    if (meta)
        args << u"-meta"_s;
    return QString::fromUtf8(run(u"pdfinfo"_s, args << pdfPath));
}

QImage raster(const QString &pdfPath, int dpi)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString root = dir.filePath(u"page"_s);
    run(u"pdftoppm"_s, {u"-png"_s, u"-gray"_s, u"-r"_s, QString::number(dpi), u"-f"_s, u"1"_s, u"-l"_s,
                        u"1"_s, u"-singlefile"_s, pdfPath, root});
    QImage image(root + u".png"_s);
    REQUIRE(!image.isNull());
    return image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace hotich::test::pdf_probe
