#include "Collation.h"

#include <QCollator>
#include <QLocale>
#include <QStringView>

#include <sqlite3.h>

namespace hotich {

namespace {

int compareVietnamese(void *context, int lengthA, const void *a, int lengthB, const void *b)
{
    const auto *collator = static_cast<const QCollator *>(context);
    const QStringView left(static_cast<const char16_t *>(a), lengthA / 2);
    const QStringView right(static_cast<const char16_t *>(b), lengthB / 2);
    return collator->compare(left, right);
}

void destroyCollator(void *context)
{
    delete static_cast<QCollator *>(context);
}

} // namespace

bool registerVietnameseCollation(sqlite3 *db)
{
    if (!db)
        return false;
    auto *collator = new QCollator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    // SQLITE_UTF16_ALIGNED: SQLite hands over aligned native-endian UTF-16, i.e. QChar data.
    const int rc = sqlite3_create_collation_v2(db, "vi", SQLITE_UTF16_ALIGNED, collator, compareVietnamese,
                                               destroyCollator);
    if (rc != SQLITE_OK)
        delete collator; // SQLite calls the destructor only once the collation is registered
    return rc == SQLITE_OK;
}

} // namespace hotich
