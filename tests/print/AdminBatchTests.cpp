// hotich-admin print --batch through the real binary: the PDFs it writes are read back with poppler,
// the blank-form journal with forms stock report and verify.
#include "AdminRegister.h"
#include "RenderChecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

void writeBatch(const QString &path, const QStringList &lines)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write((lines.join(u'\n') + u'\n').toUtf8());
}

/// The words of a PDF's first page as one line of text.
QString pageText(const QString &pdf)
{
    QStringList words;
    for (const PdfWord &w : pdf_probe::firstPage(pdf).words)
        words << w.text;
    return words.join(u' ');
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

qint64 printedOf(const QJsonObject &state, const QString &form)
{
    for (const QJsonValue &line : state.value(u"stock"_s).toArray()) {
        if (line[u"form"_s].toString() == form)
            return line[u"printed"_s].toInteger();
    }
    return -1;
}

} // namespace

TEST_CASE("hotich-admin print --batch writes one PDF per record and takes the next free serials in order")
{
    PrintRegister reg;                            // its birth is 1/2026
    const QString binh = reg.addBirth(u"Bình"_s); // 2/2026
    const QString chi = reg.addBirth(u"Chi"_s);   // 3/2026
    // A sheet spoiled before the batch: its serial is skipped, never reused.
    REQUIRE(reg.officer({u"forms"_s, u"spoil"_s, u"KS-000102"_s, u"--reason"_s, u"kẹt giấy"_s}).exitCode ==
            0);
    const QString list = reg.dir.path(u"lo.txt"_s);
    writeBatch(list, {u"# trích lục cho buổi sáng"_s, binh, u""_s, u"3/2026"_s, u"  "_s, reg.birth});
    const QString out = reg.dir.path(u"lo"_s);
    REQUIRE(QDir().mkpath(out));

    const AdminRun run = reg.officer(
        {u"print"_s, u"--batch"_s, list, u"--form"_s, u"birth-certificate"_s, u"--pdf-dir"_s, out});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject summary = run.first();
    CHECK(summary.value(u"printed"_s).toInt() == 3);
    CHECK(strings(summary.value(u"serials"_s)) ==
          QStringList{u"KS-000101"_s, u"KS-000103"_s, u"KS-000104"_s});
    const QStringList files = strings(summary.value(u"files"_s));
    const QDir dir(out);
    CHECK(files == QStringList{dir.absoluteFilePath(u"0001-birth-certificate-2026-2.pdf"_s),
                               dir.absoluteFilePath(u"0002-birth-certificate-2026-3.pdf"_s),
                               dir.absoluteFilePath(u"0003-birth-certificate-2026-1.pdf"_s)});
    CHECK(dir.entryList(QDir::Files).size() == 3);
    const QStringList names = {u"NGUYỄN VĂN BÌNH"_s, u"NGUYỄN VĂN CHI"_s, u"NGUYỄN VĂN AN"_s};
    for (qsizetype i = 0; i < files.size() && i < names.size(); ++i) {
        const QString text = pageText(files[i]);
        INFO(text.toStdString());
        CHECK(text.contains(names[i]));
        for (qsizetype j = 0; j < names.size(); ++j)
            CHECK((j == i) == text.contains(names[j]));
        CHECK(pdf_probe::info(files[i]).contains(i == 0 ? binh : i == 1 ? chi : reg.birth));
    }
    // Progress on stderr, one line per sheet with its serial.
    CHECK(run.errText().count(u"Printed "_s) == 3);
    CHECK(run.errText().contains(u"Printed 3/3: line 6"_s));
    CHECK(run.errText().contains(u"(blank KS-000104)"_s));

    // The journal holds the three sheets as printed, none pending.
    const QJsonObject state = reg.formsState();
    CHECK(printedOf(state, u"birth-certificate"_s) == 3);
    for (const QJsonValue &line : state.value(u"stock"_s).toArray())
        CHECK(line[u"pending"_s].toInteger() == 0);
    const AdminRun again = reg.officer({u"forms"_s, u"void"_s, u"KS-000103"_s, u"--reason"_s, u"thử"_s});
    CHECK(again.exitCode == 0); // printed, so it can be voided
}

TEST_CASE("hotich-admin print --batch on a plain form reports its progress in Vietnamese")
{
    PrintRegister reg;
    const QString list = reg.dir.path(u"lo.txt"_s);
    writeBatch(list, {reg.death, reg.death});
    const QString out = reg.dir.path(u"lo"_s);
    REQUIRE(QDir().mkpath(out));
    const AdminRun run =
        reg.officerVi({u"print"_s, u"--batch"_s, list, u"--form"_s, u"death-extract"_s, u"--pdf-dir"_s, out});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.first().value(u"printed"_s).toInt() == 2);
    CHECK(run.first().value(u"serials"_s).toArray().isEmpty());
    CHECK(run.errText().contains(u"Đã in 1/2: dòng 1"_s));
    CHECK(run.errText().contains(u"Đã in 2/2: dòng 2"_s));
    const QStringList files = strings(run.first().value(u"files"_s));
    REQUIRE(files.size() == 2);
    CHECK(QFileInfo(files[1]).fileName() == u"0002-death-extract-2026-1.pdf");
    for (const QString &file : files) {
        for (const PdfFont &f : pdf_probe::fonts(file))
            CHECK(f.name.startsWith(u"LiberationSerif"_s));
    }
}

TEST_CASE("hotich-admin print --batch refuses a bad file whole, naming the line, and changes nothing")
{
    PrintRegister reg;
    const QString binh = reg.addBirth(u"Bình"_s);
    const QString out = reg.dir.path(u"lo"_s);
    REQUIRE(QDir().mkpath(out));
    const QJsonObject before = reg.formsState();
    const QString list = reg.dir.path(u"lo.txt"_s);
    auto batch = [&](const QStringList &extra) {
        return reg.officer(QStringList{u"print"_s, u"--batch"_s, list, u"--form"_s, u"birth-certificate"_s} +
                           extra);
    };
    auto refused = [&](const AdminRun &run, const QString &message) {
        INFO(run.errText().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errText().contains(message));
        CHECK(run.out.isEmpty());
        CHECK(QDir(out).entryList(QDir::Files).isEmpty());
        CHECK(reg.formsState() == before);
    };
    const QStringList toFolder = {u"--pdf-dir"_s, out};

    SECTION("an unknown record id")
    {
        writeBatch(list, {reg.birth, u"# tiếp"_s, u"00000000-0000-4000-8000-00000000abcd"_s});
        refused(batch(toFolder), u"Line 3: "_s);
    }
    SECTION("a record of another kind than the form's")
    {
        writeBatch(list, {binh, reg.death});
        refused(batch(toFolder), u"Line 2: "_s);
    }
    SECTION("a register number the register does not have, or a line that names nothing")
    {
        writeBatch(list, {u"1/2026"_s, u"9/2026"_s});
        refused(batch(toFolder), u"Line 2: The birth register of 2026 has no number 9"_s);
        writeBatch(list, {u"Nguyễn Văn An"_s});
        refused(batch(toFolder), u"Line 1: \"Nguyễn Văn An\" is neither a record id"_s);
    }
    SECTION("a file that cannot be read or names no record")
    {
        refused(batch(toFolder), u"Cannot read the batch file"_s); // not written yet
        writeBatch(list, {u"# nothing"_s, u""_s});
        refused(batch(toFolder), u"names no record"_s);
    }
    SECTION("fewer free blanks than sheets")
    {
        QStringList many;
        for (int i = 0; i < 51; ++i) // the stock holds 50
            many << binh;
        writeBatch(list, many);
        refused(batch(toFolder), u"Not enough blank forms of birth-certificate: 51 needed, 50 left"_s);
    }
    SECTION("a folder that does not exist, a record id beside the file, --pdf instead of --pdf-dir")
    {
        writeBatch(list, {binh});
        refused(batch({u"--pdf-dir"_s, reg.dir.path(u"missing"_s)}), u"does not exist"_s);
        refused(batch(QStringList{binh} + toFolder), u"A batch prints the records of the --batch file"_s);
        refused(batch({u"--pdf"_s, reg.dir.path(u"x.pdf"_s)}), u"(use --pdf-dir DIR)"_s);
        refused(reg.officer({u"print"_s, binh, u"--form"_s, u"birth-certificate"_s, u"--pdf-dir"_s, out}),
                u"--pdf-dir goes with --batch FILE"_s);
    }
}

TEST_CASE(
    "A batch that fails mid-way leaves the sheets before printed, the failed one pending, the rest unused")
{
    PrintRegister reg;
    const QStringList ids = reg.addBirths({u"Bình"_s, u"Chi"_s}); // 2/2026 and 3/2026
    const QString list = reg.dir.path(u"lo.txt"_s);
    writeBatch(list, {reg.birth, ids[0], ids[1]});
    const QString out = reg.dir.path(u"lo"_s);
    // The second sheet's file cannot be written: a folder holds its name.
    REQUIRE(QDir().mkpath(out + u"/0002-birth-certificate-2026-2.pdf"_s));

    const AdminRun run = reg.officer(
        {u"print"_s, u"--batch"_s, list, u"--form"_s, u"birth-certificate"_s, u"--pdf-dir"_s, out});
    INFO(run.errText().toStdString());
    CHECK(run.exitCode != 0);
    CHECK(run.errText().contains(u"Printed 1/3: line 1"_s));
    CHECK(run.errText().contains(u"Line 2: "_s));
    CHECK(run.errText().contains(u"The blank KS-000102 is pending"_s));
    CHECK(QFileInfo::exists(out + u"/0001-birth-certificate-2026-1.pdf"_s));
    CHECK_FALSE(QFileInfo::exists(out + u"/0003-birth-certificate-2026-3.pdf"_s));
    const QJsonObject state = reg.formsState();
    CHECK(printedOf(state, u"birth-certificate"_s) == 1);
    qint64 pending = 0;
    for (const QJsonValue &line : state.value(u"stock"_s).toArray())
        pending += line[u"pending"_s].toInteger();
    CHECK(pending == 1);
    // The officer finds the sheet unprinted and spoils it; the next batch goes on from KS-000103.
    CHECK(reg.officer({u"forms"_s, u"spoil"_s, u"KS-000102"_s, u"--reason"_s, u"không in được"_s}).exitCode ==
          0);
    writeBatch(list, {ids[0], ids[1]});
    QDir(out + u"/0002-birth-certificate-2026-2.pdf"_s).removeRecursively();
    const AdminRun again = reg.officer(
        {u"print"_s, u"--batch"_s, list, u"--form"_s, u"birth-certificate"_s, u"--pdf-dir"_s, out});
    INFO(again.errText().toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(strings(again.first().value(u"serials"_s)) == QStringList{u"KS-000103"_s, u"KS-000104"_s});
}
