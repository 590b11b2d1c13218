#include <catch2/catch.hpp>

#include "registry/RegisterCheck.h"
#include "store/RecordSearch.h"
#include "support/TempDir.h"
#include "support/TestRegister.h"
#include "text/Fold.h"

#include <QFile>
#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

QStringList names(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &h : hits)
        list << h.names;
    return list;
}

SearchQuery query(const QString &text)
{
    SearchQuery q;
    q.text = text;
    return q;
}

QJsonObject child(const QString &family, const QString &middle, const QString &given,
                  const QString &registrationDate = u"2026-11-20"_s)
{
    QJsonObject b = with(example(u"birth"_s), u"subject.familyName"_s, family);
    b = with(b, u"subject.middleName"_s, middle);
    b = with(b, u"subject.givenName"_s, given);
    b = with(b, u"subject.idNumber"_s, QJsonValue());
    return with(b, u"registrationDate"_s, registrationDate);
}

} // namespace

TEST_CASE("names are found with or without diacritics in Vietnamese order")
{
    TestRegister reg;
    for (const auto &[f, m, g] : {std::tuple{u"Nguyễn"_s, u"Văn"_s, u"Ân"_s},
                                  {u"Nguyễn"_s, u"Văn"_s, u"An"_s},
                                  {u"Đặng"_s, u"Thị"_s, u"Thuý"_s},
                                  {u"Nguyễn"_s, u"Thị"_s, u"Ánh"_s},
                                  {u"Trần"_s, u"Văn"_s, u"Anh"_s},
                                  {u"Đỗ"_s, u"Đức"_s, u"Đạt"_s}})
        reg.mustAdd(child(f, m, g));
    RecordSearch search(reg.db());
    auto find = [&](const QString &text) {
        return names(search.search(query(text)).value());
    };

    CHECK(find(u"nguyen van an"_s) == QStringList{u"Nguyễn Văn An"_s, u"Nguyễn Văn Ân"_s});
    CHECK(find(u"NGUYỄN VĂN ÂN"_s) == find(u"nguyen van an"_s));
    CHECK(find(u"Nguyễn Văn Ân"_s.normalized(QString::NormalizationForm_D)) == find(u"nguyen van an"_s));
    CHECK(find(u"dang thi thuy"_s) == QStringList{u"Đặng Thị Thuý"_s});
    CHECK(find(u"Thúy"_s) == QStringList{u"Đặng Thị Thuý"_s}); // Thuý and Thúy are the same name
    CHECK(find(u"do duc dat"_s) == QStringList{u"Đỗ Đức Đạt"_s});
    // Given name first: An < Anh < Ánh < Ân
    CHECK(find(u"an"_s) == QStringList{u"Nguyễn Văn An"_s, u"Nguyễn Văn Ân"_s});
    // Every child here has the father Nguyễn Văn Cường, and a record is found by any person it names.
    CHECK(find(u"nguyen"_s) == QStringList{u"Nguyễn Văn An"_s, u"Nguyễn Thị Ánh"_s, u"Trần Văn Anh"_s,
                                           u"Nguyễn Văn Ân"_s, u"Đỗ Đức Đạt"_s, u"Đặng Thị Thuý"_s});
    CHECK(find(u"khong co ai"_s).isEmpty());
}

TEST_CASE("a query is data: quotes SQL and FTS5 syntax in it are only words to match")
{
    TestRegister reg;
    // Somebody whose name holds the words of the query below (names may hold no digits or quotes).
    reg.mustAdd(child(u"Nguyễn"_s, u"Or Drop Table"_s, u"Records"_s));
    reg.mustAdd(child(u"Nguyễn"_s, u"Drop Table"_s, u"Records"_s)); // all but "or"
    reg.mustAdd(child(u"Nguyễn"_s, u"Văn"_s, u"An"_s));
    reg.mustAdd(child(u"Trần"_s, u"Thị"_s, u"Bình"_s));
    auto sqlValue = [&](const QString &sql) {
        QSqlQuery q(reg.db().connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 records = sqlValue(u"SELECT count(*) FROM records"_s);
    const qint64 tables = sqlValue(u"SELECT count(*) FROM sqlite_schema"_s);
    REQUIRE(records == 4);

    // Spliced into SQL this would match every row and drop the table; as FTS5 syntax, "OR" would
    // match every Nguyễn. As data it is the words nguyen, or, drop, table, records: all must match.
    const QString injection = u"Nguyễn' OR ''=''; DROP TABLE records; --"_s;
    const QStringList expected{u"Nguyễn Or Drop Table Records"_s};
    RecordSearch search(reg.db());
    auto find = [&](const QString &text) {
        return names(search.search(query(text)).value());
    };
    // The newest search rows are matched by names_match() before they reach the FTS5 index ...
    REQUIRE(sqlValue(u"SELECT indexed_through FROM record_fts_state"_s) == 0);
    CHECK(find(injection) == expected);
    CHECK(find(u"\"nguyen\" OR \"an\""_s).isEmpty());
    // ... and by the FTS5 index once they are in it.
    {
        Transaction tx(reg.db());
        REQUIRE(tx.begin().ok());
        REQUIRE(RegisterIndex(reg.db()).indexPendingSearchRows().ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(sqlValue(u"SELECT indexed_through FROM record_fts_state"_s) ==
            sqlValue(u"SELECT max(record) FROM record_index"_s));
    CHECK(find(injection) == expected);
    CHECK(find(u"\"nguyen\" OR \"an\""_s).isEmpty());
    CHECK(find(u"nguyen an"_s) == QStringList{u"Nguyễn Văn An"_s});

    // Nothing was changed or dropped.
    CHECK(sqlValue(u"SELECT count(*) FROM records"_s) == records);
    CHECK(sqlValue(u"SELECT count(*) FROM sqlite_schema"_s) == tables);
    auto report = verifyRegister(reg.db());
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->records == records);
}

TEST_CASE("results sort by the given name the record gives, even of two words")
{
    TestRegister reg;
    reg.mustAdd(child(u"Nguyễn"_s, u"Thị"_s, u"Ánh Tuyết"_s));
    reg.mustAdd(child(u"Trần"_s, u"Thị"_s, u"Bình"_s));
    RecordSearch search(reg.db());
    // "Ánh Tuyết" sorts under Ánh, as entered; split again from the full name it sorted under Tuyết.
    CHECK(names(search.search(query(u"thi"_s)).value()) ==
          QStringList{u"Nguyễn Thị Ánh Tuyết"_s, u"Trần Thị Bình"_s});
}

TEST_CASE("search filters by kind registration date and register number")
{
    TestRegister reg;
    reg.mustAdd(child(u"Lê"_s, u"Văn"_s, u"Tám"_s, u"2026-11-10"_s));
    reg.mustAdd(child(u"Lê"_s, u"Thị"_s, u"Chín"_s, u"2026-11-15"_s));
    reg.mustAdd(child(u"Lê"_s, u"Văn"_s, u"Mười"_s, u"2026-11-20"_s));
    reg.mustAdd(with(example(u"death"_s), u"subject.familyName"_s, u"Lê"_s));
    RecordSearch search(reg.db());

    SearchQuery byKind = query(u"le"_s);
    byKind.kind = EventKind::Death;
    CHECK(search.search(byKind).value().size() == 1);

    SearchQuery byDate = query(u"le"_s);
    byDate.kind = EventKind::Birth;
    byDate.from = QDate(2026, 11, 12);
    byDate.to = QDate(2026, 11, 20);
    CHECK(names(search.search(byDate).value()) == QStringList{u"Lê Thị Chín"_s, u"Lê Văn Mười"_s});

    SearchQuery byNumber;
    byNumber.kind = EventKind::Birth;
    byNumber.year = 2026;
    byNumber.number = 2;
    const auto hits = search.search(byNumber).value();
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().names == u"Lê Thị Chín"_s);
    CHECK(hits.front().book == 1);

    SearchQuery limited = query(u"le"_s);
    limited.limit = 2;
    CHECK(search.search(limited).value().size() == 2);
}

TEST_CASE("a corrected name is found under its new spelling only")
{
    TestRegister reg;
    const QUuid id = reg.mustAdd(child(u"Phạm"_s, u"Văn"_s, u"Hùng"_s));
    REQUIRE(reg.registrar()
                .correct(id,
                         QJsonObject{{u"type"_s, u"change"_s},
                                     {u"reason"_s, u"Thay đổi tên"_s},
                                     {u"changes"_s,
                                      QJsonObject{{u"subject"_s, QJsonObject{{u"givenName"_s, u"Dũng"_s}}}}}},
                         reg.officer)
                .ok());
    SearchQuery births = query(u"pham van hung"_s);
    births.kind = EventKind::Birth;
    CHECK(RecordSearch(reg.db()).search(births).value().isEmpty());
    births.text = u"Phạm Văn Dũng"_s;
    CHECK(RecordSearch(reg.db()).search(births).value().size() == 1);
}

TEST_CASE("search rows reach the FTS5 index in batches and the newest are matched directly")
{
    TestRegister reg;
    const QStringList families = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s, u"Vũ"_s};
    const QStringList middles = {u"Văn"_s, u"Thị"_s, u"Đức"_s, u"Minh"_s};
    const QStringList givens = {u"An"_s,    u"Bình"_s, u"Chi"_s,  u"Dũng"_s,
                                u"Giang"_s, u"Hà"_s,   u"Khoa"_s, u"Lan"_s};
    const qint64 count = 2 * RegisterIndex::kSearchBatch + 10;
    QStringList registered;
    QList<QUuid> ids;
    for (qint64 i = 0; i < count; ++i) {
        const QString f = families[i % 6], m = middles[(i / 6) % 4], g = givens[(i / 24) % 8];
        ids << reg.mustAdd(child(f, m, g));
        registered << f + u' ' + m + u' ' + g;
    }
    auto sqlValue = [&](const QString &sql) {
        QSqlQuery q(reg.db().connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 newest = sqlValue(u"SELECT max(record) FROM record_index"_s);
    const qint64 through = sqlValue(u"SELECT indexed_through FROM record_fts_state"_s);
    CHECK(through > 0); // both halves are exercised below
    CHECK(newest - through < RegisterIndex::kSearchBatch);
    CHECK(newest > through);

    RecordSearch search(reg.db());
    auto found = [&](const QString &text) {
        return names(search.search(query(text)).value());
    };
    auto everyoneFound = [&] {
        for (const QString &name : registered) {
            if (!found(name).contains(name) || !found(text::fold(name)).contains(name))
                return false;
        }
        return true;
    };
    CHECK(everyoneFound());

    // Corrections of an indexed record and of one not yet indexed.
    auto rename = [&](const QUuid &id, const QString &given) {
        REQUIRE(reg.registrar()
                    .correct(id,
                             QJsonObject{{u"type"_s, u"change"_s},
                                         {u"reason"_s, u"Thay đổi tên"_s},
                                         {u"changes"_s,
                                          QJsonObject{{u"subject"_s, QJsonObject{{u"givenName"_s, given}}}}}},
                             reg.officer)
                    .ok());
    };
    rename(ids.first(), u"Quỳnh"_s);
    rename(ids.last(), u"Thư"_s);
    CHECK_FALSE(found(registered.first()).contains(registered.first()));
    CHECK_FALSE(found(registered.last()).contains(registered.last()));
    registered.first() = registered.first().section(u' ', 0, 1) + u" Quỳnh"_s;
    registered.last() = registered.last().section(u' ', 0, 1) + u" Thư"_s;
    CHECK(everyoneFound());

    // Indexing the rest changes no answer, and the index then agrees with the search rows exactly.
    {
        Transaction tx(reg.db());
        REQUIRE(tx.begin().ok());
        REQUIRE(RegisterIndex(reg.db()).indexPendingSearchRows().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(sqlValue(u"SELECT indexed_through FROM record_fts_state"_s) ==
          sqlValue(u"SELECT max(record) FROM record_index"_s));
    CHECK(everyoneFound());
    auto report = verifyRegister(reg.db()); // the index holds the persons of the search rows exactly
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("a name most records hold gives the same first page as sorting all its matches")
{
    // Every child here has the mother Trần Thị Bình and the father Nguyễn Văn Cường: "nguyen" and
    // "thi" match every record, and the page is read by walking the names in order. Sorting every
    // match (what a kind filter still does) must give the same page.
    TestRegister reg;
    const QStringList given = {u"An"_s,   u"Bảo"_s, u"Chi"_s,  u"Dũng"_s, u"Giang"_s, u"Hà"_s,
                               u"Khoa"_s, u"Lan"_s, u"Minh"_s, u"Ngọc"_s, u"Phúc"_s,  u"Quân"_s};
    const QStringList family = {u"Nguyễn"_s, u"Lê"_s,  u"Phạm"_s, u"Hoàng"_s, u"Vũ"_s,
                                u"Đặng"_s,   u"Bùi"_s, u"Đỗ"_s,   u"Hồ"_s,    u"Ngô"_s};
    for (const QString &f : family)
        for (const QString &g : given)
            reg.mustAdd(child(f, u"Văn"_s, g));
    // Three children hold "thị cường" in one name; every record holds both words somewhere.
    for (const QString &f : {u"Lý"_s, u"Mai"_s, u"Tạ"_s})
        reg.mustAdd(child(f, u"Thị"_s, u"Cường"_s));
    RecordSearch search(reg.db());
    auto ids = [](const QList<SearchHit> &hits) {
        QList<QUuid> list;
        for (const SearchHit &h : hits)
            list << h.id;
        return list;
    };
    for (const QString &text : {u"nguyen"_s, u"thi"_s, u"van cuong"_s, u"thi cuong"_s, u"an"_s}) {
        CAPTURE(text);
        SearchQuery plain = query(text);
        plain.limit = 20;
        SearchQuery sorted = plain;
        sorted.kind = EventKind::Birth; // every record is a birth: the filter only forces the sort
        const auto walked = search.search(plain);
        const auto all = search.search(sorted);
        REQUIRE(walked.ok());
        REQUIRE(all.ok());
        CHECK(ids(walked.value()) == ids(all.value()));
    }
    SearchQuery common = query(u"nguyen"_s);
    common.limit = 20;
    CHECK(search.search(common).value().size() == 20);
    // The walk reads too few rows to fill a page of one person's "thị cường": it sorts after all.
    CHECK(names(search.search(query(u"thi cuong"_s)).value()) ==
          QStringList{u"Lý Thị Cường"_s, u"Mai Thị Cường"_s, u"Tạ Thị Cường"_s});
}

TEST_CASE("names_match takes every word of the query as a whole word of the names")
{
    TestRegister reg;
    auto match = [&](const QString &names, const QString &words) {
        QSqlQuery q(reg.db().connection());
        q.prepare(u"SELECT names_match(?, ?)"_s);
        q.addBindValue(names);
        q.addBindValue(words);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    CHECK(match(u"nguyen van an tran thi binh"_s, u"an binh"_s) == 1);
    CHECK(match(u"nguyen van an"_s, u"nguyen an van"_s) == 1);
    CHECK(match(u"nguyen van anh"_s, u"an"_s) == 0); // a word, not a prefix
    CHECK(match(u"nguyen van an"_s, u"an khoa"_s) == 0);
    CHECK(match(u"nguyen-van an"_s, u"van"_s) == 1); // split as FTS5 splits
    CHECK(match(u"nguyen van an"_s, u""_s) == 0);
    // The principal persons, then " | " and each other person: the words must fall in one part.
    CHECK(match(u"nguyen van an | tran thi binh | nguyen van cuong"_s, u"tran binh"_s) == 1);
    CHECK(match(u"nguyen van an | tran thi binh | nguyen van cuong"_s, u"cuong van"_s) == 1);
    CHECK(match(u"nguyen van an | tran thi binh | nguyen van cuong"_s, u"an binh"_s) == 0);
    CHECK(match(u"nguyen van an | tran thi binh"_s, u"tran thi an"_s) == 0);
}

TEST_CASE("a record is found by any person it names, with or without diacritics, one person at a time")
{
    TestRegister reg;
    // Enough births for the FTS5 index and the rows after it (matched directly) to both answer.
    for (qint64 i = 0; i < RegisterIndex::kSearchBatch + 3; ++i) {
        QJsonObject birth = child(u"Lê"_s, u"Văn"_s, u"Khoa"_s);
        birth = with(birth, u"mother.fullName"_s, u"Phạm Thị Lan"_s);
        birth = with(birth, u"father.fullName"_s, u"Lê Văn Hùng"_s);
        birth = with(birth, u"declarant.fullName"_s, u"Lê Văn Hùng"_s);
        birth = with(birth, u"mother.idNumber"_s, QJsonValue());
        birth = with(birth, u"father.idNumber"_s, QJsonValue());
        reg.mustAdd(birth);
    }
    const QUuid first = reg.mustAdd(example(u"birth"_s)); // Nguyễn Văn An, mother Trần Thị Bình
    const QUuid guardianship = reg.mustAdd(example(u"guardianship"_s));
    RecordSearch search(reg.db());
    auto ids = [&](const QString &text) {
        QList<QUuid> out;
        SearchQuery q = query(text);
        q.limit = 1000;
        const QList<SearchHit> hits = search.search(q).value();
        for (const SearchHit &h : hits)
            out << h.id;
        return out;
    };
    CHECK(ids(u"tran thi binh"_s) == QList<QUuid>{first}); // the mother
    CHECK(ids(u"Trần Thị Bình"_s) == QList<QUuid>{first});
    CHECK(ids(u"nguyen van cuong"_s) == QList<QUuid>{first}); // the father and declarant
    CHECK(ids(u"tran thi an"_s).isEmpty());                   // words of two persons
    CHECK(ids(u"pham thi lan"_s).size() == RegisterIndex::kSearchBatch + 3);
    CHECK(ids(u"le van hung"_s).size() == RegisterIndex::kSearchBatch + 3);
    // The result still names the person registered.
    CHECK(names(search.search(query(u"tran thi binh"_s)).value()) == QStringList{u"Nguyễn Văn An"_s});

    // The guardian, the ward and the declarant of a guardianship.
    const RecordFacts facts = RecordFacts::of(EventKind::Guardianship, example(u"guardianship"_s));
    for (const PersonView &p : facts.persons) {
        INFO(p.role.toStdString());
        CHECK(ids(text::fold(p.fullName)).contains(guardianship));
    }
}

TEST_CASE("a register upgraded to schema 9 finds its records by the mother's name")
{
    TempDir dir;
    const QString path = dir.path(u"schema2.db"_s);
    REQUIRE(QFile::copy(testDataPath(u"registers/schema2.db"_s), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto opened = Database::open(path, Database::OpenMode::Existing);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(db.schemaVersion() >= 9);
    RecordSearch search(db);
    CHECK(names(search.search(query(u"tran thi binh"_s)).value()) == QStringList{u"Nguyễn Văn Ân"_s});
    CHECK(names(search.search(query(u"pham thi lan"_s)).value()).size() == 1); // a death's declarant
    CHECK(names(search.search(query(u"nguyen van an"_s)).value()).contains(u"Nguyễn Văn Ân"_s));
    auto report = verifyRegister(db);
    REQUIRE(report.ok());
    CHECK(report->ok());
}

namespace {

/// A birth of Phạm Văn Khoa with the parents given (the father also declares it), without ID numbers.
QJsonObject birthWithParents(const QString &mother, const QString &father)
{
    QJsonObject birth = child(u"Phạm"_s, u"Văn"_s, u"Khoa"_s);
    birth = with(birth, u"mother.fullName"_s, mother);
    birth = with(birth, u"father.fullName"_s, father);
    birth = with(birth, u"declarant.fullName"_s, father);
    birth = with(birth, u"mother.idNumber"_s, QJsonValue());
    return with(birth, u"father.idNumber"_s, QJsonValue());
}

/// The records a search finds (up to 1,000), in its order.
QList<QUuid> foundIds(Database &db, const QString &text)
{
    SearchQuery q = query(text);
    q.limit = 1000;
    const auto hits = RecordSearch(db).search(q);
    REQUIRE(hits.ok());
    QList<QUuid> ids;
    for (const SearchHit &h : hits.value())
        ids << h.id;
    return ids;
}

/// The rowids of the FTS5 index of persons that hold every word of `text`.
QList<qint64> personRowsMatching(Database &db, const QString &text)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT rowid FROM person_fts WHERE person_fts MATCH ?"_s);
    q.addBindValue(RecordSearch::ftsQuery(text));
    REQUIRE(q.exec());
    QList<qint64> rows;
    while (q.next())
        rows << q.value(0).toLongLong();
    return rows;
}

void indexPending(Database &db)
{
    Transaction tx(db);
    REQUIRE(tx.begin().ok());
    REQUIRE(RegisterIndex(db).indexPendingSearchRows().ok());
    REQUIRE(tx.commit().ok());
}

} // namespace

TEST_CASE("the words of one person match and the same words across two persons do not")
{
    TestRegister reg;
    // The first of them in the FTS5 index, the last matched directly: the mother Lê Thị Mai holds
    // the three words. In the others, "lê" is the father's and "thị mai" the mother's.
    const QUuid indexed = reg.mustAdd(birthWithParents(u"Lê Thị Mai"_s, u"Đỗ Văn Hùng"_s));
    for (qint64 i = 0; i < RegisterIndex::kSearchBatch; ++i)
        reg.mustAdd(birthWithParents(u"Trần Thị Mai"_s, u"Lê Văn Hùng"_s));
    const QUuid pending = reg.mustAdd(birthWithParents(u"Lê Thị Mai"_s, u"Đỗ Văn Hùng"_s));

    CHECK(foundIds(reg.db(), u"le thi mai"_s) == QList<QUuid>{indexed, pending});
    CHECK(foundIds(reg.db(), u"Lê Thị Mai"_s) == QList<QUuid>{indexed, pending});
    CHECK(foundIds(reg.db(), u"le van mai"_s).isEmpty());
    CHECK(foundIds(reg.db(), u"tran thi mai"_s).size() == RegisterIndex::kSearchBatch);
    // The index itself answers "in one person": its one row holding the three words is the mother
    // of record 1 (rowid record · kPersonSlots + 1, the first person after the child).
    CHECK(personRowsMatching(reg.db(), u"le thi mai"_s) == QList<qint64>{RegisterIndex::kPersonSlots + 1});

    indexPending(reg.db());
    CHECK(foundIds(reg.db(), u"le thi mai"_s) == QList<QUuid>{indexed, pending});
    CHECK(foundIds(reg.db(), u"le van mai"_s).isEmpty());
}

TEST_CASE("a marriage is found by either spouse's full name and not by words of both")
{
    TestRegister reg;
    const QUuid marriage = reg.mustAdd(example(u"marriage"_s)); // Trần Văn Bảo and Lê Thị Cúc
    CHECK(foundIds(reg.db(), u"tran van bao"_s) == QList<QUuid>{marriage});
    CHECK(foundIds(reg.db(), u"Lê Thị Cúc"_s) == QList<QUuid>{marriage});
    CHECK(foundIds(reg.db(), u"tran thi cuc"_s).isEmpty()); // his family name, her other names
    indexPending(reg.db());
    CHECK(foundIds(reg.db(), u"le thi cuc"_s) == QList<QUuid>{marriage});
    CHECK(foundIds(reg.db(), u"tran thi cuc"_s).isEmpty());
    CHECK(personRowsMatching(reg.db(), u"le thi cuc"_s) == QList<qint64>{RegisterIndex::kPersonSlots + 1});
}

TEST_CASE("a corrected mother's name: the old name is found no more and the new one is")
{
    TestRegister reg;
    const QUuid indexed = reg.mustAdd(birthWithParents(u"Trần Thị Bình"_s, u"Lê Văn Hùng"_s));
    for (qint64 i = 1; i < RegisterIndex::kSearchBatch; ++i)
        reg.mustAdd(birthWithParents(u"Phạm Thị Lan"_s, u"Lê Văn Hùng"_s));
    const QUuid pending = reg.mustAdd(birthWithParents(u"Trần Thị Bình"_s, u"Lê Văn Hùng"_s));
    REQUIRE(foundIds(reg.db(), u"tran thi binh"_s) == QList<QUuid>{indexed, pending});
    auto renameMother = [&](const QUuid &id, const QString &mother) {
        REQUIRE(reg.registrar()
                    .correct(id,
                             QJsonObject{{u"type"_s, u"change"_s},
                                         {u"reason"_s, u"Cải chính họ tên mẹ"_s},
                                         {u"changes"_s,
                                          QJsonObject{{u"mother"_s, QJsonObject{{u"fullName"_s, mother}}}}}},
                             reg.officer)
                    .ok());
    };
    renameMother(indexed, u"Trần Thị Hoa"_s);
    renameMother(pending, u"Vũ Thị Hoa"_s);

    CHECK(foundIds(reg.db(), u"tran thi binh"_s).isEmpty());
    CHECK(foundIds(reg.db(), u"binh"_s).isEmpty());
    CHECK(foundIds(reg.db(), u"tran thi hoa"_s) == QList<QUuid>{indexed});
    CHECK(foundIds(reg.db(), u"Vũ Thị Hoa"_s) == QList<QUuid>{pending});
    CHECK(personRowsMatching(reg.db(), u"binh"_s).isEmpty()); // the old person left the index
    indexPending(reg.db());
    CHECK(foundIds(reg.db(), u"tran thi binh"_s).isEmpty());
    CHECK(foundIds(reg.db(), u"vu thi hoa"_s) == QList<QUuid>{pending});
    auto report = verifyRegister(reg.db());
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("a record is found by its declarant who is not a parent")
{
    TestRegister reg;
    QJsonObject birth = birthWithParents(u"Trần Thị Bình"_s, u"Nguyễn Văn Cường"_s);
    birth = with(birth, u"declarant.fullName"_s, u"Hoàng Minh Tuấn"_s);
    birth = with(birth, u"declarant.relationship"_s, u"ông ngoại"_s);
    const QUuid id = reg.mustAdd(birth);
    CHECK(foundIds(reg.db(), u"hoang minh tuan"_s) == QList<QUuid>{id});
    CHECK(foundIds(reg.db(), u"Hoàng Minh Tuấn"_s) == QList<QUuid>{id});
    CHECK(foundIds(reg.db(), u"hoang van tuan"_s).isEmpty());
    indexPending(reg.db());
    CHECK(foundIds(reg.db(), u"hoang minh tuan"_s) == QList<QUuid>{id});
    CHECK(foundIds(reg.db(), u"tuan"_s) == QList<QUuid>{id});
    CHECK(personRowsMatching(reg.db(), u"hoang minh tuan"_s) ==
          QList<qint64>{RegisterIndex::kPersonSlots + 3});
}

TEST_CASE("a register of schema 10 upgraded finds its records by a parent's full name")
{
    TestRegister reg;
    const QUuid first = reg.mustAdd(birthWithParents(u"Trần Thị Bình"_s, u"Nguyễn Văn Cường"_s));
    for (qint64 i = 0; i < RegisterIndex::kSearchBatch + 2; ++i)
        reg.mustAdd(birthWithParents(u"Phạm Thị Lan"_s, u"Nguyễn Văn Hùng"_s));
    const QUuid last = reg.mustAdd(birthWithParents(u"Trần Thị Bình"_s, u"Nguyễn Văn Cường"_s));
    const QUuid marriage = reg.mustAdd(example(u"marriage"_s)); // Trần Văn Bảo and Lê Thị Cúc
    reg.close();
    {
        // Schema 10 as it was: one FTS5 row per record, all of them indexed, and the principal
        // persons of a row (the spouses) one part of its names.
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema10"_s);
        old.setDatabaseName(reg.path());
        REQUIRE(old.open());
        QSqlQuery q(old);
        for (const QString &sql :
             {u"UPDATE record_index SET names = substr(names, 1, instr(names, ' | ') - 1) || ' ' || "
              u"substr(names, instr(names, ' | ') + 3) WHERE instr(display, ' – ') > 0"_s,
              u"DROP TABLE person_fts"_s,
              u"CREATE VIRTUAL TABLE record_fts USING fts5 (names, content = 'record_index', "
              u"content_rowid = 'record', tokenize = 'unicode61 remove_diacritics 0', detail = none, "
              u"columnsize = 0)"_s,
              u"INSERT INTO record_fts (record_fts) VALUES ('rebuild')"_s,
              u"UPDATE record_fts_state SET indexed_through = (SELECT max(record) FROM record_index)"_s,
              u"DROP INDEX form_journal_record"_s, // schema 12's
              u"PRAGMA user_version = 10"_s}) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(u"schema10"_s);
    reg.reopen();
    CHECK(reg.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(foundIds(reg.db(), u"nguyen van cuong"_s) == QList<QUuid>{first, last}); // the father
    CHECK(foundIds(reg.db(), u"Trần Thị Bình"_s) == QList<QUuid>{first, last});    // the mother
    CHECK(foundIds(reg.db(), u"nguyen van lan"_s).isEmpty());
    CHECK(foundIds(reg.db(), u"le thi cuc"_s) == QList<QUuid>{marriage}); // a spouse
    CHECK(foundIds(reg.db(), u"tran thi cuc"_s).isEmpty());
    // The father, who also declares (a name the record repeats is indexed once), of both records.
    CHECK(personRowsMatching(reg.db(), u"nguyen van cuong"_s).size() == 2);
    auto report = verifyRegister(reg.db());
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("the vi collation is available to SQL")
{
    TestRegister reg;
    QSqlQuery q(reg.db().connection());
    REQUIRE(
        q.exec(u"SELECT x FROM (SELECT 'Đức' AS x UNION SELECT 'Dũng' UNION SELECT 'Ân' UNION SELECT 'Anh' "
               u"UNION SELECT 'Bình') ORDER BY x COLLATE vi"_s));
    QStringList order;
    while (q.next())
        order << q.value(0).toString();
    CHECK(order == QStringList{u"Anh"_s, u"Ân"_s, u"Bình"_s, u"Dũng"_s, u"Đức"_s});
}
