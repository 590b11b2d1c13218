#include "RegistrationErrors.h"

using namespace Qt::StringLiterals;

namespace hotich::registration_errors {

Error rejected(const Findings &findings)
{
    Findings errors;
    for (const Finding &f : findings) {
        if (f.isError())
            errors << f;
    }
    Error e =
        Error::invalid(u"record.rejected"_s, {}, u"Hồ sơ không được đăng ký: %1 lỗi"_s.arg(errors.size()),
                       u"The record was not registered: %1 error(s)"_s.arg(errors.size()));
    for (const Finding &f : errors)
        e.details.push_back(f.toError());
    return e;
}

Error atRecord(Error e, qsizetype index)
{
    e.vi = u"Hồ sơ thứ %1: "_s.arg(index + 1) + e.vi;
    e.en = u"Record %1: "_s.arg(index + 1) + e.en;
    return e;
}

Error afterCommitted(Error e, qsizetype committed)
{
    if (committed > 0) {
        e.vi += u" (%1 hồ sơ trước đó đã được đăng ký)"_s.arg(committed);
        e.en += u" (%1 earlier records were registered)"_s.arg(committed);
    }
    return e;
}

Error schemaErrors(Error errors, bool single, qsizetype committed)
{
    const qsizetype count = qsizetype(errors.details.size());
    if (single) {
        errors.vi = u"Hồ sơ không được đăng ký: %1 lỗi"_s.arg(count);
        errors.en = u"The record was not registered: %1 error(s)"_s.arg(count);
    } else if (committed == 0) {
        errors.vi = u"Không hồ sơ nào được đăng ký: %1 lỗi"_s.arg(count);
        errors.en = u"Nothing was registered: %1 error(s)"_s.arg(count);
    } else {
        errors.vi = u"Không đăng ký tiếp được: %1 lỗi"_s.arg(count);
        errors.en = u"Registration stopped: %1 error(s)"_s.arg(count);
    }
    return afterCommitted(std::move(errors), committed);
}

} // namespace hotich::registration_errors
