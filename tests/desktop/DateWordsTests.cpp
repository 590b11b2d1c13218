// The dates of birth and of death in words, previewed under the date and edited when the family
// wants another reading: F2 in the date opens the words for editing, the record carries the edited
// words, and a new date discards them.
#include "BirthForm.h"
#include "DeathForm.h"
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "registry/RecordView.h"
#include "store/RecordStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

const QString kComputed = u"ngày mồng hai tháng mười một năm hai nghìn không trăm hai mươi sáu"_s;
const QString kFamilys = u"ngày mùng hai tháng mười một năm hai nghìn không trăm hai mươi sáu"_s;

void focusField(QWidget &form, const QString &path)
{
    auto *input = form.findChild<QWidget *>(path);
    REQUIRE(input);
    input->setFocus();
    REQUIRE(focusedName() == path);
}

} // namespace

TEST_CASE("date in words: F2 edits the words of the date of birth, the record carries them")
{
    useVietnamese();
    OfficerWindow f;
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = f.window.birthForm();
    REQUIRE(form);
    auto *words = form->findChild<QLineEdit *>(u"subject.birthDateWords"_s);
    REQUIRE(words);
    CHECK_FALSE(words->isVisible());
    CHECK_FALSE(words->accessibleName().isEmpty());

    form->findChild<QComboBox *>(u"subject.sex"_s)->setCurrentIndex(1); // Nam
    typeInto(*form, {{u"subject.familyName"_s, u"Nguyễn"_s},
                     {u"subject.middleName"_s, u"Văn"_s},
                     {u"subject.givenName"_s, u"An"_s},
                     {u"subject.ethnicity"_s, u"Kinh"_s}});
    focusField(*form, u"subject.birthDate"_s);
    typeText(focused(), u"02/11/2026"_s);
    CHECK(form->findChild<QLabel *>(u"subject.birthDate.words"_s)->text() == u"Bằng chữ: "_s + kComputed);
    CHECK(form->findChild<QPushButton *>(u"subject.birthDate.editWords"_s)->isVisible());

    // F2: the words, as computed, in a field of their own under the date, the cursor in it.
    QTest::keyClick(focused(), Qt::Key_F2);
    REQUIRE(focusedName() == u"subject.birthDateWords"_s);
    CHECK(words->isVisible());
    CHECK(words->text() == kComputed);
    // Unchanged, the record carries no words of its own.
    CHECK_FALSE(form->record().value(u"subject"_s).toObject().contains(u"birthDateWords"_s));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    typeText(focused(), kFamilys);
    CHECK(form->record().value(u"subject"_s).toObject().value(u"birthDateWords"_s) == kFamilys);
    // Tab goes on to the sex, as from the date.
    tab();
    CHECK(focusedName() == u"subject.sex"_s);

    focusField(*form, u"subject.birthPlace"_s);
    typeText(focused(), u"Bệnh viện Phụ sản Hà Nội, dong da"_s);
    pickFirstPlace(u"Phường Đống Đa, Thành phố Hà Nội"_s);
    typeInto(*form, {{u"mother.fullName"_s, u"Trần Thị Bình"_s},
                     {u"mother.birthDate"_s, u"1998"_s},
                     {u"declarant.fullName"_s, u"Trần Thị Bình"_s},
                     {u"declarant.relationship"_s, u"mẹ"_s},
                     {u"declarant.idDocument"_s, u"Thẻ căn cước 001198012345"_s}});
    focusField(*form, u"registrationDate"_s);
    QSignalSpy registered(form, &BirthForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(registered.wait(kAnswerWaitMs));
    RecordStore store(f.reg.db());
    auto saved = loadRecordView(store, registered.constFirst().constFirst().toUuid());
    REQUIRE(saved.ok());
    const QJsonObject subject = saved->content().value(u"subject"_s).toObject();
    CHECK(subject.value(u"birthDateWords"_s) == kFamilys);
    CHECK(subject.value(u"birthDate"_s) == u"2026-11-02"_s);
}

TEST_CASE("date in words: a new date discards the words edited for the old one")
{
    useVietnamese();
    OfficerWindow f;
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = f.window.birthForm();
    REQUIRE(form);
    focusField(*form, u"subject.birthDate"_s);
    typeText(focused(), u"02/11/2026"_s);
    QTest::keyClick(focused(), Qt::Key_F2);
    REQUIRE(focusedName() == u"subject.birthDateWords"_s);
    typeText(focused(), u" x"_s);

    focusField(*form, u"subject.birthDate"_s);
    retype(u"03/11/2026"_s);
    auto *words = form->findChild<QLineEdit *>(u"subject.birthDateWords"_s);
    CHECK_FALSE(words->isVisible());
    CHECK_FALSE(form->record().value(u"subject"_s).toObject().contains(u"birthDateWords"_s));
    // F2 again: the new date's words.
    QTest::keyClick(focused(), Qt::Key_F2);
    CHECK(words->text() == u"ngày mồng ba tháng mười một năm hai nghìn không trăm hai mươi sáu"_s);
}

TEST_CASE("date in words: F2 edits the words of the date of death, the record carries them")
{
    useVietnamese();
    OfficerWindow f;
    QTest::keyClick(&f.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget *form = f.window.deathForm();
    REQUIRE(form);
    auto *words = form->findChild<QLineEdit *>(u"death.dateWords"_s);
    REQUIRE(words);
    CHECK_FALSE(words->isVisible());
    CHECK_FALSE(words->accessibleName().isEmpty());
    focusField(*form, u"death.dateTime"_s);
    typeText(focused(), u"01/11/2026"_s);
    const QString computed = u"ngày mồng một tháng mười một năm hai nghìn không trăm hai mươi sáu"_s;
    CHECK(form->findChild<QLabel *>(u"death.dateTime.words"_s)->text() == u"Bằng chữ: "_s + computed);

    QTest::keyClick(focused(), Qt::Key_F2);
    REQUIRE(focusedName() == u"death.dateWords"_s);
    CHECK(words->text() == computed);
    auto *death = qobject_cast<DeathForm *>(form);
    CHECK_FALSE(death->record().value(u"death"_s).toObject().contains(u"dateWords"_s));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    const QString familys = u"ngày mùng một tháng mười một năm hai nghìn không trăm hai mươi sáu"_s;
    typeText(focused(), familys);
    CHECK(death->record().value(u"death"_s).toObject().value(u"dateWords"_s) == familys);
    // Tab goes on to the time of death, as from the date.
    tab();
    CHECK(focusedName() == u"death.dateTime.time"_s);
    typeText(focused(), u"14:30"_s);
    const QJsonObject facts = death->record().value(u"death"_s).toObject();
    CHECK(facts.value(u"dateTime"_s) == u"2026-11-01T14:30"_s);
    CHECK(facts.value(u"dateWords"_s) == familys);

    // A new date discards the words typed for the old one.
    focusField(*form, u"death.dateTime"_s);
    retype(u"02/11/2026"_s);
    CHECK_FALSE(words->isVisible());
    CHECK_FALSE(death->record().value(u"death"_s).toObject().contains(u"dateWords"_s));
}
