#include "sync/server/ServerErrors.h"

using namespace Qt::StringLiterals;

namespace hotich::server::errors {

Error officeUnknown(const QString &office)
{
    return Error::make(
        ErrorKind::NotFound, u"office.unknown"_s,
        u"Máy chủ không biết đơn vị %1: hãy đăng ký đơn vị (hotich-server enrol-code)"_s.arg(office),
        u"The server does not know the office %1: enrol it (hotich-server enrol-code)"_s.arg(office));
}

Error officeMismatch(const QString &claimed, const QString &credentialOffice)
{
    return Error::make(
        ErrorKind::PermissionDenied, u"office.mismatch"_s,
        u"Dữ liệu ghi cho đơn vị %1, nhưng sổ này được cấp quyền cho đơn vị %2: không nhận gì"_s.arg(
            claimed, credentialOffice),
        u"The data names the office %1, but this register's credential is for the office %2: "
        u"nothing was applied"_s.arg(claimed, credentialOffice));
}

Error authFailed()
{
    return Error::make(
        ErrorKind::PermissionDenied, u"auth.failed"_s,
        u"Máy chủ không nhận thông tin xác thực của sổ này: hãy đăng ký lại (hotich-admin enrol)"_s,
        u"The server does not accept this register's credential: enrol again (hotich-admin enrol)"_s);
}

Error pushGap(qint64 expected)
{
    return Error::make(ErrorKind::Conflict, u"push.gap"_s,
                       u"Máy chủ chờ mục số %1 của sổ trước: gửi lại từ mục đó"_s.arg(expected),
                       u"The server expects entry %1 first: send again from there"_s.arg(expected));
}

Error pushHeadMismatch(qint64 seq)
{
    return Error::make(ErrorKind::InvalidInput, u"push.headMismatch"_s,
                       u"Mã băm chuỗi của sổ sau mục %1 không khớp với dữ liệu gửi lên: không nhận gì. Hãy "
                       u"kiểm tra sổ (hotich-admin verify)"_s.arg(seq),
                       u"The register's chain hash after entry %1 does not match the entries sent: nothing "
                       u"was applied. Check the register (hotich-admin verify)"_s.arg(seq));
}

Error pushFork(qint64 seq)
{
    return Error::make(
        ErrorKind::Conflict, u"push.fork"_s,
        u"Mục số %1 của sổ khác với mục cùng số máy chủ đã có: lịch sử của sổ đã rẽ nhánh. Dữ "
        u"liệu được giữ riêng để cấp tỉnh giải quyết"_s.arg(seq),
        u"Entry %1 differs from the entry the server holds at that number: the register's "
        u"history has forked. The entries are kept apart for the province to resolve"_s.arg(seq));
}

Error registerClone(qint64 seq)
{
    return Error::make(
        ErrorKind::Conflict, u"register.clone"_s,
        u"Sổ này là bản sao của một sổ khác đang dùng (cùng mã sổ, cùng lần khởi tạo, khác nội "
        u"dung từ mục %1): không nhận gì. Hãy báo cấp tỉnh"_s.arg(seq),
        u"This register is a copy of another one in use (the same register and epoch, another "
        u"history from entry %1): nothing was applied. Tell the province"_s.arg(seq));
}

Error pushMalformed(const QString &vi, const QString &en)
{
    return Error::make(ErrorKind::InvalidInput, u"frame.malformed"_s,
                       u"Dữ liệu gửi lên không hợp lệ: "_s + vi, u"The data sent is not valid: "_s + en);
}

Error pullCursor()
{
    return Error::make(
        ErrorKind::InvalidInput, u"pull.cursor"_s,
        u"Vị trí nhận dữ liệu của sổ không do máy chủ này cấp: hãy nhận lại từ đầu"_s,
        u"The register's pull cursor was not issued by this server: pull again from the start"_s);
}

} // namespace hotich::server::errors
