// The persons a record names, with their fields, and finding them in the register by name: what
// the desktop's picker copies into a new record (a mother, a spouse) instead of retyping it.
#include <catch2/catch.hpp>

#include "registry/PersonFinder.h"
#include "support/CatchQt.h"
#include "support/TestRegister.h"

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

SearchQuery query(const QString &text)
{
    SearchQuery q;
    q.text = text;
    return q;
}

QStringList rolesAndNames(const QList<FoundPerson> &found)
{
    QStringList list;
    for (const FoundPerson &f : found)
        list << f.person.role + u' ' + f.person.fullName;
    return list;
}

} // namespace

TEST_CASE("named persons: every person of a record with its fields, names given whole or apart")
{
    const QJsonObject birth = example(u"birth"_s);
    const QList<NamedPerson> persons = namedPersonsOf(EventKind::Birth, birth);
    REQUIRE(persons.size() == 4);
    CHECK(persons[0].role == u"subject"_s);
    CHECK(persons[0].fullName == u"Nguyễn Văn An"_s);
    CHECK(persons[0].fields == birth.value(u"subject"_s).toObject());

    // The mother's name is given whole: its parts are split from it.
    const NamedPerson &mother = persons[1];
    CHECK(mother.role == u"mother"_s);
    CHECK(mother.fullName == u"Trần Thị Bình"_s);
    CHECK(mother.name.family == u"Trần"_s);
    CHECK(mother.name.middle == u"Thị"_s);
    CHECK(mother.name.given == u"Bình"_s);
    CHECK(mother.fields == birth.value(u"mother"_s).toObject());
    CHECK(persons[2].role == u"father"_s);
    CHECK(persons[3].role == u"declarant"_s);

    // A spouse's name is given apart: the full name is joined from it; nested members are kept.
    const QJsonObject marriage = example(u"marriage"_s);
    const QList<NamedPerson> spouses = namedPersonsOf(EventKind::Marriage, marriage);
    REQUIRE(spouses.size() == 2);
    CHECK(spouses[0].role == u"husband"_s);
    CHECK(spouses[0].fullName == u"Trần Văn Bảo"_s);
    CHECK(spouses[0].name.given == u"Bảo"_s);
    CHECK(spouses[0].fields.value(u"idDocument"_s).toObject().value(u"number"_s) == u"001200001111"_s);
}

TEST_CASE("find persons: whoever in a record holds the searched name, with or without diacritics")
{
    TestRegister reg;
    reg.mustAdd(example(u"birth"_s));
    reg.mustAdd(example(u"marriage"_s));

    // The mother of a birth, not its subject.
    auto found = findPersons(reg.db(), query(u"tran thi binh"_s));
    REQUIRE(found.ok());
    REQUIRE(rolesAndNames(*found) == QStringList{u"mother Trần Thị Bình"_s});
    const FoundPerson &mother = found->constFirst();
    CHECK(mother.record.kind == EventKind::Birth);
    CHECK(mother.record.number == 1);
    CHECK(mother.record.year == 2026);
    CHECK(mother.person.fields == example(u"birth"_s).value(u"mother"_s).toObject());

    // The father is both father and declarant of the birth: each is offered.
    found = findPersons(reg.db(), query(u"Nguyễn Văn Cường"_s));
    REQUIRE(found.ok());
    CHECK(rolesAndNames(*found) ==
          QStringList{u"father Nguyễn Văn Cường"_s, u"declarant Nguyễn Văn Cường"_s});

    // "tran" alone: the birth's mother and the marriage's husband, not the others of either record.
    found = findPersons(reg.db(), query(u"tran"_s));
    REQUIRE(found.ok());
    CHECK(rolesAndNames(*found).size() == 2);
    CHECK(rolesAndNames(*found).contains(u"mother Trần Thị Bình"_s));
    CHECK(rolesAndNames(*found).contains(u"husband Trần Văn Bảo"_s));

    // Words of two persons' names do not make one person.
    found = findPersons(reg.db(), query(u"binh cuong"_s));
    REQUIRE(found.ok());
    CHECK(found->isEmpty());

    // A register number asks for the record: every person it names.
    SearchQuery byNumber;
    byNumber.kind = EventKind::Birth;
    byNumber.year = 2026;
    byNumber.number = 1;
    found = findPersons(reg.db(), byNumber);
    REQUIRE(found.ok());
    CHECK(rolesAndNames(*found) == QStringList{u"subject Nguyễn Văn An"_s, u"mother Trần Thị Bình"_s,
                                               u"father Nguyễn Văn Cường"_s,
                                               u"declarant Nguyễn Văn Cường"_s});
}

TEST_CASE("find persons: a name matches when it holds every folded word")
{
    CHECK(nameMatches(u"Trần Thị Bình"_s, u"tran binh"_s));
    CHECK(nameMatches(u"Trần Thị Bình"_s, u"TRẦN thị"_s));
    CHECK_FALSE(nameMatches(u"Trần Thị Bình"_s, u"tran binhh"_s));
    CHECK_FALSE(nameMatches(u"Trần Thị Bình"_s, u""_s));
}
