// The printer calibration screen: the calibration page printed (to PDF here), the offsets read
// off it saved for the printer and form, added to what was saved, and the next page moved by them.
#include "CalibrationScreen.h"
#include "DesktopFixtures.h"
#include "MainWindow.h"
#include "Session.h"
#include "printing/Calibration.h"
#include "printing/RecordPrint.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

/// The top-left corner (points) of the first word pdftotext finds on the page.
QPointF firstWordAt(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    REQUIRE(p.waitForFinished(kAnswerWaitMs));
    REQUIRE(p.exitCode() == 0);
    static const QRegularExpression word(uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)")re"_s);
    const auto m = word.match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return {m.captured(1).toDouble(), m.captured(2).toDouble()};
}

bool printedTo(CalibrationScreen *screen, const QString &pdf)
{
    screen->findChild<QLineEdit *>(u"calibrationPdf"_s)->setText(pdf);
    QSignalSpy done(screen, &CalibrationScreen::printFinished);
    screen->printPage();
    REQUIRE((done.size() == 1 || done.wait(kAnswerWaitMs)));
    return done.first().first().toBool();
}

} // namespace

TEST_CASE("calibration: the page is printed, the offsets read off it are saved and move the next page by "
          "exactly that")
{
    useVietnamese();
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.show();
    window.openCalibration();
    CalibrationScreen *screen = window.calibrationScreen();
    REQUIRE(screen);
    auto *form = screen->findChild<QComboBox *>(u"calibrationForm"_s);
    REQUIRE(form->findData(u"birth-certificate"_s) >= 0);
    form->setCurrentIndex(form->findData(u"birth-certificate"_s));
    screen->findChild<QComboBox *>(u"calibrationPrinter"_s)->setCurrentText(u"hp-laserjet-p1102"_s);
    CHECK(screen->current().offsetMm.isNull());

    const QString before = reg.dir().path(u"before.pdf"_s);
    REQUIRE(printedTo(screen, before));
    CHECK(screen->messageText() ==
          u"Đã ghi trang hiệu chỉnh vào %1."_s.arg(QDir::toNativeSeparators(before)));

    // Read off the sheet: the form's marks 1.5 mm to the right of the crosshairs, 2 mm above.
    screen->findChild<QDoubleSpinBox *>(u"calibrationX"_s)->setValue(1.5);
    screen->findChild<QDoubleSpinBox *>(u"calibrationY"_s)->setValue(-2.0);
    screen->save();
    CHECK(screen->messageText().startsWith(u"Đã lưu cho hp-laserjet-p1102."_s));
    auto saved = printing::CalibrationStore(printing::calibrationDirectory())
                     .load(u"hp-laserjet-p1102"_s, u"birth-certificate"_s);
    REQUIRE(saved.ok());
    CHECK(saved->offsetMm == QPointF(1.5, -2.0));

    const QString after = reg.dir().path(u"after.pdf"_s);
    REQUIRE(printedTo(screen, after));
    const QPointF moved = firstWordAt(after) - firstWordAt(before);
    constexpr double kPointsPerMm = 72.0 / 25.4;
    CHECK(moved.x() == Approx(1.5 * kPointsPerMm).margin(0.1 * kPointsPerMm));
    CHECK(moved.y() == Approx(-2.0 * kPointsPerMm).margin(0.1 * kPointsPerMm));

    // A second reading adds to the saved correction.
    screen->findChild<QDoubleSpinBox *>(u"calibrationX"_s)->setValue(0.5);
    screen->save();
    CHECK(screen->current().offsetMm == QPointF(2.0, -2.0));
}

TEST_CASE("calibration: a correction past its limit and a PDF in a missing folder are refused, nothing saved")
{
    useVietnamese();
    TestRegister reg;
    Session session{reg.db(), reg.clock(), reg.officer};
    MainWindow window(session);
    window.openCalibration();
    CalibrationScreen *screen = window.calibrationScreen();
    screen->findChild<QComboBox *>(u"calibrationPrinter"_s)->setCurrentText(u"hp"_s);
    CHECK_FALSE(printedTo(screen, reg.dir().path(u"missing/page.pdf"_s)));
    CHECK(screen->messageText().startsWith(u"Chưa in được trang hiệu chỉnh: "_s));

    // The spin boxes stop at the limit; two readings at the limit would pass it.
    auto *x = screen->findChild<QDoubleSpinBox *>(u"calibrationX"_s);
    x->setValue(20);
    screen->save();
    REQUIRE(screen->current().offsetMm == QPointF(20, 0));
    x->setValue(20);
    screen->save();
    CHECK(screen->messageText().startsWith(u"Chưa lưu được hiệu chỉnh: "_s));
    CHECK(screen->current().offsetMm == QPointF(20, 0));
}
