// A person picked from the register instead of retyped, with the keyboard only: F4 (or Ctrl+Space)
// in a group opens the picker, the name is typed without diacritics (or composed by an input
// method), Down moves to the results, Enter fills the group with the person as the earlier record
// holds them; Escape closes the picker and changes nothing.
#include "BirthForm.h"
#include "DesktopFixtures.h"
#include "FormDriving.h"
#include "MainWindow.h"
#include "MarriageForm.h"
#include "PersonFields.h"
#include "PersonPicker.h"
#include "registry/RecordView.h"
#include "store/RecordStore.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::desktop;
using namespace hotich::test;

namespace {

/// Presses `key` in the focused field and waits for the picker, its search box focused.
PersonPicker *openPicker(Qt::Key key = Qt::Key_F4, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
    PersonPicker *picker = nullptr;
    REQUIRE(eventually([&] {
        picker = qobject_cast<PersonPicker *>(QApplication::activeModalWidget());
        return picker && picker->isVisible();
    }));
    REQUIRE(QTest::qWaitForWindowActive(picker));
    REQUIRE(eventually([] { return focusedName() == u"pickerSearch"_s; }));
    return picker;
}

/// Types into the picker's search box and waits for the persons found: each row's texts.
QStringList searchPicker(PersonPicker *picker, const QString &typed)
{
    QSignalSpy shown(picker, &PersonPicker::resultsShown);
    typeText(focused(), typed);
    REQUIRE(shown.wait(kAnswerWaitMs));
    QStringList rows;
    const auto *results = picker->findChild<QTableWidget *>(u"pickerResults"_s);
    for (int row = 0; row < results->rowCount(); ++row) {
        QStringList texts;
        for (int column = 0; column < results->columnCount(); ++column)
            texts << results->item(row, column)->text();
        rows << texts.join(u" | "_s);
    }
    return rows;
}

/// Presses `key` in the picker and waits until it is gone and the form's window active again.
void closePicker(QWidget *form, Qt::Key key)
{
    QPointer<QWidget> picker = QApplication::activeModalWidget();
    QTest::keyClick(focused(), key);
    REQUIRE(eventually([&] { return !picker || !picker->isVisible(); }));
    QCoreApplication::processEvents();
    if (QApplication::activeWindow() != form->window()) { // the offscreen platform does not give it back
        form->window()->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(form->window()));
    }
}

QString textOf(QWidget &form, const QString &path)
{
    auto *line = form.findChild<QLineEdit *>(path);
    REQUIRE(line);
    return line->text();
}

void focusField(QWidget &form, const QString &path)
{
    auto *input = form.findChild<QWidget *>(path);
    REQUIRE(input);
    input->setFocus();
    REQUIRE(focusedName() == path);
}

/// A birth whose subject is the husband to be: Trần Văn Bảo, born 2000.
QJsonObject husbandsBirth()
{
    QJsonObject birth = example(u"birth"_s);
    birth = with(birth, u"subject.familyName"_s, u"Trần"_s);
    birth = with(birth, u"subject.middleName"_s, u"Văn"_s);
    birth = with(birth, u"subject.givenName"_s, u"Bảo"_s);
    birth = with(birth, u"subject.birthDate"_s, u"2000-01-01"_s);
    birth = with(birth, u"subject.idNumber"_s, u"001200001111"_s);
    birth = with(birth, u"mother.fullName"_s, u"Lê Thị Hằng"_s);
    birth = with(birth, u"mother.birthDate"_s, u"1975"_s);
    birth = with(birth, u"mother.idNumber"_s, QJsonValue(QJsonValue::Undefined));
    birth = with(birth, u"father.fullName"_s, u"Trần Văn Dũng"_s);
    birth = with(birth, u"father.birthDate"_s, u"1972"_s);
    birth = with(birth, u"father.idNumber"_s, QJsonValue(QJsonValue::Undefined));
    return with(birth, u"declarant.fullName"_s, u"Trần Văn Dũng"_s);
}

QJsonObject savedMember(TestRegister &reg, const QUuid &id, const QString &member)
{
    RecordStore store(reg.db());
    auto view = loadRecordView(store, id);
    REQUIRE(view.ok());
    return view->content().value(member).toObject();
}

} // namespace

TEST_CASE("pick a person: the mother of a new birth picked from an earlier birth, then saved")
{
    useVietnamese();
    OfficerWindow f;
    const QJsonObject earlier = example(u"birth"_s);
    f.reg.mustAdd(earlier);

    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = f.window.birthForm();
    REQUIRE(form);
    form->findChild<QComboBox *>(u"subject.sex"_s)->setCurrentIndex(2); // Nữ
    typeInto(*form, {{u"subject.familyName"_s, u"Nguyễn"_s},
                     {u"subject.middleName"_s, u"Thị"_s},
                     {u"subject.givenName"_s, u"Hoa"_s},
                     {u"subject.birthDate"_s, u"10/11/2026"_s},
                     {u"subject.ethnicity"_s, u"Kinh"_s}});
    focusField(*form, u"subject.birthPlace"_s);
    typeText(focused(), u"Bệnh viện Phụ sản Hà Nội, dong da"_s);
    pickFirstPlace(u"Phường Đống Đa, Thành phố Hà Nội"_s);

    // The mother's group: its button is beside the title, reached with Tab before her name.
    focusField(*form, u"subject.idNumber"_s);
    tab();
    REQUIRE(focusedName() == u"mother.pick"_s);
    CHECK(focused()->accessibleName() == u"Mẹ — chọn từ sổ hộ tịch"_s);
    tab();
    REQUIRE(focusedName() == u"mother.fullName"_s);

    // F4: the picker; the name without diacritics offers the earlier birth's mother, not its child.
    PersonPicker *picker = openPicker();
    const QStringList rows = searchPicker(picker, u"tran thi binh"_s);
    CHECK(rows == QStringList{u"Trần Thị Bình | Mẹ | 1998 | Khai sinh 1/2026"_s});
    QTest::keyClick(focused(), Qt::Key_Down);
    REQUIRE(focusedName() == u"pickerResults"_s);
    closePicker(form, Qt::Key_Return);

    // Every field of the mother shows the earlier record's values; the cursor is back in her name.
    CHECK(focusedName() == u"mother.fullName"_s);
    CHECK(textOf(*form, u"mother.fullName"_s) == u"Trần Thị Bình"_s);
    CHECK(textOf(*form, u"mother.birthDate"_s) == u"1998"_s);
    CHECK(textOf(*form, u"mother.ethnicity"_s) == u"Kinh"_s);
    CHECK(textOf(*form, u"mother.nationality"_s) == u"Việt Nam"_s);
    CHECK(textOf(*form, u"mother.residence"_s) == u"Số 12 phố Kim Mã, Phường Ba Đình, Thành phố Hà Nội"_s);
    CHECK(textOf(*form, u"mother.idNumber"_s) == u"001198012345"_s);
    CHECK(form->isDirty());
    // The father's group is left as it was.
    CHECK(textOf(*form, u"father.fullName"_s).isEmpty());

    typeInto(*form, {{u"declarant.fullName"_s, u"Trần Thị Bình"_s},
                     {u"declarant.relationship"_s, u"mẹ"_s},
                     {u"declarant.idDocument"_s, u"Thẻ căn cước 001198012345"_s}});
    focusField(*form, u"registrationDate"_s);
    QSignalSpy registered(form, &BirthForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(registered.wait(kAnswerWaitMs));
    const QUuid saved = registered.constFirst().constFirst().toUuid();
    CHECK(savedMember(f.reg, saved, u"mother"_s) == earlier.value(u"mother"_s).toObject());
}

TEST_CASE("pick a person: the husband of a marriage picked from his own birth record")
{
    useVietnamese();
    OfficerWindow f;
    const QJsonObject birth = husbandsBirth();
    f.reg.mustAdd(birth);

    QTest::keyClick(&f.window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    MarriageForm *form = f.window.marriageForm();
    REQUIRE(form);
    typeInto(*form, {{u"wife.familyName"_s, u"Lê"_s},
                     {u"wife.middleName"_s, u"Thị"_s},
                     {u"wife.givenName"_s, u"Cúc"_s},
                     {u"wife.birthDate"_s, u"17/05/2002"_s},
                     {u"wife.ethnicity"_s, u"Tày"_s},
                     {u"wife.idDocument"_s, u"Thẻ căn cước 008302002222, Bộ Công an cấp ngày 15/08/2024"_s}});
    focusField(*form, u"wife.residence"_s);
    typeText(focused(), u"Số 3 phố Đội Cấn, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);

    // Ctrl+Space in the husband's group: the subject of a birth is offered.
    focusField(*form, u"husband.familyName"_s);
    PersonPicker *picker = openPicker(Qt::Key_Space, Qt::ControlModifier);
    CHECK(searchPicker(picker, u"tran van bao"_s) ==
          QStringList{u"Trần Văn Bảo | Người được đăng ký | 01/01/2000 | Khai sinh 1/2026"_s});
    closePicker(form, Qt::Key_Return); // Enter from the box takes the first person

    CHECK(textOf(*form, u"husband.familyName"_s) == u"Trần"_s);
    CHECK(textOf(*form, u"husband.middleName"_s) == u"Văn"_s);
    CHECK(textOf(*form, u"husband.givenName"_s) == u"Bảo"_s);
    CHECK(textOf(*form, u"husband.birthDate"_s) == u"01/01/2000"_s);
    CHECK(textOf(*form, u"husband.ethnicity"_s) == u"Kinh"_s);
    CHECK(textOf(*form, u"husband.nationality"_s) == u"Việt Nam"_s);
    CHECK(textOf(*form, u"husband.idNumber"_s) == u"001200001111"_s);
    // A birth holds no residence: the field stays for the officer to type.
    CHECK(textOf(*form, u"husband.residence"_s).isEmpty());

    focusField(*form, u"husband.residence"_s);
    typeText(focused(), u"Số 8 phố Kim Mã, ba dinh"_s);
    pickFirstPlace(u"Phường Ba Đình, Thành phố Hà Nội"_s);
    focusField(*form, u"registrationDate"_s);
    QSignalSpy registered(form, &MarriageForm::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(registered.wait(kAnswerWaitMs));
    const QJsonObject husband =
        savedMember(f.reg, registered.constFirst().constFirst().toUuid(), u"husband"_s);
    for (const QString &member :
         {u"familyName"_s, u"middleName"_s, u"givenName"_s, u"birthDate"_s, u"ethnicity"_s, u"idNumber"_s})
        CHECK(husband.value(member) == birth.value(u"subject"_s).toObject().value(member));
}

TEST_CASE("pick a person: Escape closes the picker and changes nothing")
{
    useVietnamese();
    OfficerWindow f;
    f.reg.mustAdd(example(u"birth"_s));
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = f.window.birthForm();
    REQUIRE(form);
    focusField(*form, u"mother.fullName"_s);

    PersonPicker *picker = openPicker();
    CHECK(searchPicker(picker, u"tran thi binh"_s).size() == 1);
    QTest::keyClick(focused(), Qt::Key_Down);
    REQUIRE(focusedName() == u"pickerResults"_s);
    closePicker(form, Qt::Key_Escape);

    CHECK(focusedName() == u"mother.fullName"_s);
    CHECK(textOf(*form, u"mother.fullName"_s).isEmpty());
    CHECK(textOf(*form, u"mother.idNumber"_s).isEmpty());
    CHECK(textOf(*form, u"mother.nationality"_s) == u"Việt Nam"_s);
    CHECK_FALSE(form->isDirty());
    // The form is still there: Escape in the picker is not the form's Escape.
    CHECK(f.window.birthForm() == form);
}

TEST_CASE("pick a person: names composed by a Telex input method are searched once committed")
{
    useVietnamese();
    OfficerWindow f;
    f.reg.mustAdd(example(u"birth"_s));
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    BirthForm *form = f.window.birthForm();
    REQUIRE(form);
    focusField(*form, u"father.fullName"_s);
    PersonPicker *picker = openPicker();
    auto *box = picker->findChild<QLineEdit *>(u"pickerSearch"_s);

    QSignalSpy shown(picker, &PersonPicker::resultsShown);
    // Telex "Traafn": the pre-edit is not the box's text; the committed word is.
    compose(box, {u"T"_s, u"Tr"_s, u"Tra"_s, u"Trâ"_s}, u"Trần"_s);
    CHECK(box->text() == u"Trần"_s);
    QTest::keyClick(box, Qt::Key_Space);
    compose(box, {u"B"_s, u"Bi"_s, u"Bin"_s}, u"Bình"_s);
    CHECK(box->text() == u"Trần Bình"_s);
    REQUIRE(shown.wait(kAnswerWaitMs));
    const auto *results = picker->findChild<QTableWidget *>(u"pickerResults"_s);
    REQUIRE(results->rowCount() == 1);
    CHECK(results->item(0, 0)->text() == u"Trần Thị Bình"_s);
    closePicker(form, Qt::Key_Return);
    CHECK(textOf(*form, u"father.fullName"_s) ==
          u"Trần Thị Bình"_s); // the core refuses a mother as father on save
}
