#include "Hash.h"

#include <QVariant>

namespace hotich {

FieldHasher &FieldHasher::addNullable(const QVariant &value)
{
    if (value.isNull())
        return add(QByteArrayView("\xff" "null"));
    if (value.typeId() == QMetaType::QByteArray)
        return add(QByteArrayView(value.toByteArray()));
    if (value.typeId() == QMetaType::QString)
        return add(value.toString());
    return add(value.toLongLong());
}

} // namespace hotich
