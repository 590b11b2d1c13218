// Printing on a thread of its own: a print waits for the printer (CUPS completes a job, a stopped
// printer never does), and a registration must not queue behind it. The print thread is held here
// as a printer that does not answer would hold it: a birth is saved meanwhile, and the print
// queued behind the held one finishes once the thread is free.
#include "BirthForm.h"
#include "DesktopFixtures.h"
#include "FileSteps.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "PrintScreen.h"
#include "Session.h"
#include "registry/Workflow.h"

#include <QComboBox>
#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

TEST_CASE("printing runs apart from the register: a birth is saved while a print waits for its printer")
{
    useVietnamese();
    OfficerWindow f;
    MainWindow &window = f.window;
    const QUuid death = f.reg.mustAdd(example(u"death"_s));
    REQUIRE(Workflow(f.reg.db(), f.reg.clock()).receiveEntered(death, u"Phạm Thị Lan"_s, f.reg.officer).ok());

    // The print thread held, then a print asked for: it waits.
    QSemaphore gate;
    bool released = false;
    // Released on every way out, a failed check included: the thread must not wait for ever.
    const auto releaseAtEnd = qScopeGuard([&] {
        if (!released)
            gate.release();
    });
    window.printJobs().run([&gate](Result<Database *>) { gate.acquire(); });
    PrintScreen *print = openPrint(window, death);
    const QString pdf = f.reg.dir().path(u"trich-luc.pdf"_s);
    typePdfPath(print, pdf);
    QSignalSpy printed(print, &PrintScreen::printFinished);
    print->print();

    // Meanwhile a birth is registered and saved on the register's thread.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = window.birthForm();
    REQUIRE(form);
    form->findChild<QComboBox *>(u"subject.sex"_s)->setCurrentIndex(1); // Nam
    typeInto(*form, {{u"subject.familyName"_s, u"Nguyễn"_s},
                     {u"subject.middleName"_s, u"Văn"_s},
                     {u"subject.givenName"_s, u"An"_s},
                     {u"subject.ethnicity"_s, u"Kinh"_s},
                     {u"subject.birthDate"_s, u"02/11/2026"_s},
                     {u"subject.birthPlace"_s, u"Bệnh viện Phụ sản Hà Nội, dong da"_s}});
    pickFirstPlace(u"Phường Đống Đa, Thành phố Hà Nội"_s);
    typeInto(*form, {{u"mother.fullName"_s, u"Trần Thị Bình"_s},
                     {u"mother.birthDate"_s, u"1998"_s},
                     {u"declarant.fullName"_s, u"Trần Thị Bình"_s},
                     {u"declarant.relationship"_s, u"mẹ"_s},
                     {u"declarant.idDocument"_s, u"Thẻ căn cước 001198012345"_s}});
    auto *date = form->findChild<QWidget *>(u"registrationDate"_s);
    date->setFocus();
    saveAndOpen(window, *form);
    CHECK(recordCount(f.reg.db()) == 2);
    CHECK(printed.isEmpty()); // still waiting for its printer
    CHECK_FALSE(QFile::exists(pdf));

    // The printer answers: the print goes out.
    gate.release();
    released = true;
    REQUIRE(printed.wait(kAnswerWaitMs));
    CHECK(printed.constFirst().constFirst().toBool());
    CHECK(QFile::exists(pdf));
}
