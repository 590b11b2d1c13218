<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Nhập tiếp</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Birth</source>
        <translation>Khai sinh</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Khai tử</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>Kết hôn</translation>
    </message>
    <message>
        <source>Parent–child recognition</source>
        <translation>Nhận cha, mẹ, con</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>Giám hộ</translation>
    </message>
    <message>
        <source>End of guardianship</source>
        <translation>Chấm dứt giám hộ</translation>
    </message>
    <message>
        <source>Change of guardian</source>
        <translation>Thay đổi giám hộ</translation>
    </message>
    <message>
        <source>Change, correction, supplement</source>
        <translation>Thay đổi, cải chính, bổ sung thông tin hộ tịch</translation>
    </message>
    <message>
        <source>Ethnicity re-determination</source>
        <translation>Xác định lại dân tộc</translation>
    </message>
    <message>
        <source>Marital-status certificate</source>
        <translation>Xác nhận tình trạng hôn nhân</translation>
    </message>
    <message>
        <source>Recording in the register</source>
        <translation>Ghi vào Sổ hộ tịch</translation>
    </message>
    <message>
        <source>Extract copy</source>
        <translation>Cấp bản sao trích lục</translation>
    </message>
    <message>
        <source>Civil-status officer</source>
        <translation>Công chức tư pháp – hộ tịch</translation>
    </message>
    <message>
        <source>Signer (commune chair or vice-chair)</source>
        <translation>Người ký (Chủ tịch, Phó Chủ tịch UBND)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Đã chấm dứt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Person registered</source>
        <translation>Người được đăng ký</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Chữ đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ, chữ đệm, tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Nơi sinh</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Nơi cư trú</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Cha/mẹ</translation>
    </message>
    <message>
        <source>Parent&apos;s role</source>
        <translation>Là cha hay mẹ</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>Vợ</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Chồng</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Người đi khai</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Yêu cầu bởi</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>New guardian</source>
        <translation>Người giám hộ mới</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Người được giám hộ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Death notice</source>
        <translation>Giấy báo tử</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan cấp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Hình thức giám hộ</translation>
    </message>
    <message>
        <source>Amends record</source>
        <translation>Sửa hồ sơ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Kind of recording</source>
        <translation>Loại việc ghi vào sổ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích sử dụng</translation>
    </message>
    <message>
        <source>For a marriage</source>
        <translation>Để đăng ký kết hôn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Period of residence</source>
        <translation>Thời gian cư trú</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày chấm dứt</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản sao</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>Hồ sơ liên quan</translation>
    </message>
    <message>
        <source>Historical record</source>
        <translation>Hồ sơ cũ (số hóa)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Quyển số</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan đăng ký</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Bên kia</translation>
    </message>
    <message>
        <source>Re-registration</source>
        <translation>Đăng ký lại</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã chấm dứt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Cải chính</translation>
    </message>
    <message>
        <source>Ethnicity re-determined</source>
        <translation>Xác định lại dân tộc</translation>
    </message>
    <message>
        <source>Personal ID number assigned</source>
        <translation>Cấp số định danh cá nhân</translation>
    </message>
    <message>
        <source>Guardian changed</source>
        <translation>Thay đổi người giám hộ</translation>
    </message>
    <message>
        <source>Guardianship ended</source>
        <translation>Chấm dứt giám hộ</translation>
    </message>
    <message>
        <source>Time, place and cause of death</source>
        <translation>Thời điểm, nơi chết và nguyên nhân</translation>
    </message>
    <message>
        <source>received</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <source>entered in the register</source>
        <translation>đã ghi vào Sổ</translation>
    </message>
    <message>
        <source>printed, waiting for signature</source>
        <translation>đã in, chờ ký</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>đã ký</translation>
    </message>
    <message>
        <source>issued to the citizen</source>
        <translation>đã trả kết quả</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Giấy tờ làm căn cứ</translation>
    </message>
    <message>
        <source>The parent</source>
        <translation>Cha, mẹ</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Statutory guardianship</source>
        <translation>Giám hộ đương nhiên</translation>
    </message>
    <message>
        <source>Appointed guardianship</source>
        <translation>Giám hộ cử</translation>
    </message>
    <message>
        <source>Never married</source>
        <translation>Chưa đăng ký kết hôn với ai</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Đang có vợ/chồng</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Đã ly hôn</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Vợ/chồng đã chết</translation>
    </message>
    <message>
        <source>Divorce</source>
        <translation>Ly hôn</translation>
    </message>
    <message>
        <source>Annulment of an unlawful marriage</source>
        <translation>Hủy việc kết hôn trái pháp luật</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Nuôi con nuôi</translation>
    </message>
    <message>
        <source>End of an adoption</source>
        <translation>Chấm dứt việc nuôi con nuôi</translation>
    </message>
    <message>
        <source>Determination of parentage</source>
        <translation>Xác định cha, mẹ, con</translation>
    </message>
    <message>
        <source>Re-determination of sex</source>
        <translation>Xác định lại giới tính</translation>
    </message>
    <message>
        <source>Declaration of a missing person</source>
        <translation>Tuyên bố mất tích</translation>
    </message>
    <message>
        <source>Declaration of death</source>
        <translation>Tuyên bố chết</translation>
    </message>
    <message>
        <source>Change of nationality</source>
        <translation>Thay đổi quốc tịch</translation>
    </message>
    <message>
        <source>Civil-status event registered abroad</source>
        <translation>Việc hộ tịch đã đăng ký ở nước ngoài</translation>
    </message>
    <message>
        <source>Date of birth in words</source>
        <translation>Ngày sinh bằng chữ</translation>
    </message>
    <message>
        <source>Court judgment declaring the death</source>
        <translation>Bản án, quyết định tuyên bố chết của Tòa án</translation>
    </message>
    <message>
        <source>Police or forensic confirmation</source>
        <translation>Văn bản xác nhận của cơ quan công an hoặc giám định pháp y</translation>
    </message>
    <message>
        <source>Confirmation by the commune</source>
        <translation>Văn bản xác nhận của UBND cấp xã</translation>
    </message>
    <message>
        <source>Correction of a mistake (cải chính)</source>
        <translation>Cải chính (sửa sai sót)</translation>
    </message>
    <message>
        <source>Change (thay đổi)</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Supplement of missing information (bổ sung)</source>
        <translation>Bổ sung thông tin còn thiếu</translation>
    </message>
    <message>
        <source>Date of death in words</source>
        <translation>Ngày chết bằng chữ</translation>
    </message>
    <message>
        <source>requested, waiting for the national database</source>
        <translation>đã yêu cầu, đang chờ Cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>đã cấp</translation>
    </message>
    <message>
        <source>suspected duplicate</source>
        <translation>nghi trùng</translation>
    </message>
    <message>
        <source>needs verification</source>
        <translation>cần xác minh</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>taken for printing, to be confirmed or spoiled</source>
        <translation>đã lấy để in, chờ xác nhận hoặc hủy</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>đã in</translation>
    </message>
    <message>
        <source>spoiled</source>
        <translation>hỏng, đã hủy</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>đã thu hồi, hủy bỏ</translation>
    </message>
</context>
<context>
    <name>PrinterList</name>
    <message>
        <source>(no printer on this computer)</source>
        <translation>(máy tính này không có máy in)</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Civil-status register</source>
        <translation>Sổ hộ tịch</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use vi or en.</source>
        <translation>Ngôn ngữ không rõ &quot;%1&quot;: dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Civil-status register of the commune office</source>
        <translation>Sổ hộ tịch của UBND xã, phường</translation>
    </message>
    <message>
        <source>The register file (default: %1).</source>
        <translation>Tệp sổ hộ tịch (mặc định: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>The interface language: vi (default) or en.</source>
        <translation>Ngôn ngữ giao diện: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>NGÔN_NGỮ</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: hotich [--db FILE] [--lang vi|en]</source>
        <translation>Tham số không hợp lệ &quot;%1&quot;. Cách dùng: hotich [--db TỆP] [--lang vi|en]</translation>
    </message>
    <message>
        <source>No register yet</source>
        <translation>Chưa có sổ hộ tịch</translation>
    </message>
    <message>
        <source>There is no register at %1.

The office&apos;s IT staff create it with:
  hotich-admin --db &quot;%1&quot; init --office COMMUNE_CODE --admin LOGIN
and add the officers&apos; accounts with:
  hotich-admin --db &quot;%1&quot; --user LOGIN user add …
Then start hotich again (with --db if the register is elsewhere).</source>
        <translation>Chưa có sổ hộ tịch tại %1.

Cán bộ tin học tạo sổ cho cơ quan bằng lệnh:
  hotich-admin --db &quot;%1&quot; init --office MÃ_XÃ --admin TÊN_ĐĂNG_NHẬP
rồi thêm tài khoản cho công chức:
  hotich-admin --db &quot;%1&quot; --user TÊN_ĐĂNG_NHẬP user add …
Sau đó mở lại hotich (thêm --db nếu sổ ở chỗ khác).</translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation>Không mở được sổ hộ tịch</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::BackupPanel</name>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Huỷ sao lưu</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Tiến độ sao lưu</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Thông báo sao lưu</translation>
    </message>
    <message>
        <source>Folder or USB drive:</source>
        <translation>Thư mục hoặc ổ USB:</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>Sao lưu định kỳ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <source>Scheduled backups kept</source>
        <translation>Số bản sao lưu định kỳ giữ lại</translation>
    </message>
    <message>
        <source>Save the &amp;schedule</source>
        <translation>Lưu &amp;lịch sao lưu</translation>
    </message>
    <message>
        <source>Schedule message</source>
        <translation>Thông báo lịch sao lưu</translation>
    </message>
    <message>
        <source>Last scheduled backup</source>
        <translation>Lần sao lưu định kỳ gần nhất</translation>
    </message>
    <message>
        <source>Scheduled backup:</source>
        <translation>Sao lưu định kỳ:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Số bản giữ lại:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Tệp sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Tì&amp;m tệp…</translation>
    </message>
    <message>
        <source>Register backups (*.db *.sqlite);;All files (*)</source>
        <translation>Bản sao lưu sổ hộ tịch (*.db *.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Restore message</source>
        <translation>Thông báo khôi phục</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup.</source>
        <translation>Chỉ quản trị viên được khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <source>A backup is running already: wait until it ends.</source>
        <translation>Đang có một lần sao lưu: hãy đợi nó xong.</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Đang huỷ sao lưu…</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Đang sao lưu vào %1…</translation>
    </message>
    <message>
        <source>The schedule is saved for the office.</source>
        <translation>Đã lưu lịch sao lưu cho cơ quan.</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Chưa lưu được lịch sao lưu: %1</translation>
    </message>
    <message>
        <source>Type or choose the backup file to restore.</source>
        <translation>Hãy gõ hoặc chọn tệp sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <source>There is no file %1: nothing was restored.</source>
        <translation>Không có tệp %1: chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Restore the register from %1?

The register as it is now is kept beside it, as a safety copy whose name is shown afterwards. The register then holds what the backup holds: what was registered after the backup is no longer in it (the safety copy keeps it). Before anything is registered again, the register must catch up with the ministry server (Sync). Then everyone logs in again.</source>
        <translation>Khôi phục sổ hộ tịch từ %1?

Sổ hộ tịch hiện nay được giữ lại bên cạnh, thành một bản sao an toàn; tên tệp của bản này sẽ hiện ra sau khi khôi phục. Sau đó sổ hộ tịch chứa đúng những gì có trong bản sao lưu: những gì đăng ký sau lần sao lưu đó sẽ không còn trong sổ (bản sao an toàn vẫn giữ). Trước khi đăng ký tiếp, sổ phải đồng bộ lại với máy chủ của Bộ (Đồng bộ). Rồi mọi người đăng nhập lại.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>A backup is running: restore when it has ended.</source>
        <translation>Đang sao lưu: hãy khôi phục sau khi sao lưu xong.</translation>
    </message>
    <message>
        <source>Checking and restoring %1…</source>
        <translation>Đang kiểm tra và khôi phục %1…</translation>
    </message>
    <message>
        <source>Nothing was restored and the register is unchanged: %1</source>
        <translation>Không khôi phục gì, sổ hộ tịch giữ nguyên: %1</translation>
    </message>
    <message>
        <source>The register is restored from %1. The register as it was is kept in %2.</source>
        <translation>Đã khôi phục sổ hộ tịch từ %1. Sổ như trước khi khôi phục được giữ trong %2.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::BackupScheduler</name>
    <message>
        <source>The scheduled backup failed at %1: %2</source>
        <translation>Sao lưu định kỳ lúc %1 không thành công: %2</translation>
    </message>
    <message>
        <source>Scheduled backup made at %1: %2. The next one is due from %3.</source>
        <translation>Đã sao lưu định kỳ lúc %1: %2. Lần tới từ %3.</translation>
    </message>
    <message>
        <source>Last scheduled backup: %1. The next one is due from %2.</source>
        <translation>Lần sao lưu định kỳ gần nhất: %1. Lần tới từ %2.</translation>
    </message>
    <message>
        <source>Scheduled backup failed: see Settings</source>
        <translation>Sao lưu định kỳ không thành công: xem Cài đặt</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>Đã sao lưu %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose a folder or plug the USB drive in.</source>
        <translation>Thư mục %1 không tồn tại: hãy chọn thư mục khác hoặc cắm ổ USB vào.</translation>
    </message>
    <message>
        <source>The backup was cancelled: no file was written.</source>
        <translation>Đã huỷ sao lưu: không tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 MB). Keep the drive in a safe place.</source>
        <translation>Đã sao lưu vào %1 (%2 MB). Hãy cất ổ đĩa ở nơi an toàn.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::BatchPrintScreen</name>
    <message>
        <source>Print the files waiting for their paper</source>
        <translation>In giấy tờ cho các hồ sơ đang chờ in</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu giấy tờ</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>Mẫ&amp;u giấy tờ</translation>
    </message>
    <message>
        <source>Files waiting for their paper</source>
        <translation>Hồ sơ chờ in giấy tờ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>A PDF file for each record, in the &amp;folder</source>
        <translation>Mỗi hồ sơ một tệp PDF, trong &amp;thư mục</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Thư mục để lưu các tệp PDF</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Prin&amp;ter</source>
        <translation>&amp;Máy in</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>In ra</translation>
    </message>
    <message>
        <source>&amp;Print them all</source>
        <translation>&amp;In tất cả</translation>
    </message>
    <message>
        <source>Stop after this sheet (Esc)</source>
        <translation>Dừng sau tờ đang in (Esc)</translation>
    </message>
    <message>
        <source>Sheets printed</source>
        <translation>Số tờ đã in</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Print result</source>
        <translation>Kết quả in</translation>
    </message>
    <message>
        <source>No file of this kind is waiting for its paper.</source>
        <translation>Không có hồ sơ loại này chờ in giấy tờ.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for their paper.</source>
        <translation>
            <numerusform>%n hồ sơ chờ in giấy tờ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n sheet(s)…</source>
        <translation>
            <numerusform>Đang chuẩn bị %n tờ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the sheet being printed…</source>
        <translation>Đang dừng sau tờ đang in…</translation>
    </message>
    <message>
        <source>Printed %1 of %2…</source>
        <translation>Đã in %1/%2…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <source>Printing stopped after %1 of %2 files: %3</source>
        <translation>Việc in dừng lại sau %1/%2 hồ sơ: %3</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 files, as asked. Those printed are marked printed; the others are still listed.</source>
        <translation>Đã dừng sau %1/%2 hồ sơ theo yêu cầu. Những hồ sơ đã in được đánh dấu là đã in; các hồ sơ còn lại vẫn ở trong danh sách.</translation>
    </message>
    <message>
        <source>Printed %1 of %2 files on %3. Each file is marked printed and waits for the signature.</source>
        <translation>Đã in %1/%2 hồ sơ lên %3. Mỗi hồ sơ đã được đánh dấu là đã in và chờ ký.</translation>
    </message>
    <message>
        <source>A file could not be marked printed: %1</source>
        <translation>Có hồ sơ không đánh dấu được là đã in: %1</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::BirthForm</name>
    <message>
        <source>Birth registration</source>
        <translation>Đăng ký khai sinh</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Người được khai sinh</translation>
    </message>
    <message>
        <source>The mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>The father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <source>The declarant</source>
        <translation>Người đi khai sinh</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Possible duplicate: already registered</source>
        <translation>Có thể trùng: đã đăng ký</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Các bản có thể trùng</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Nơi sinh</translation>
    </message>
    <message>
        <source>The first row is this registration. Check the records below with the declarant; press Enter (Save) again to register it anyway, or Escape to go back to the form.</source>
        <translation>Dòng đầu là bản đăng ký này. Hãy cùng người đi khai kiểm tra các hồ sơ bên dưới; nhấn Enter (Lưu) lần nữa để vẫn đăng ký, hoặc Esc để quay lại tờ khai.</translation>
    </message>
    <message>
        <source>Looking for the same birth in the register…</source>
        <translation>Đang tìm trong Sổ xem đã có khai sinh này chưa…</translation>
    </message>
    <message>
        <source>(this registration)</source>
        <translation>(bản đăng ký này)</translation>
    </message>
    <message numerus="yes">
        <source>%n birth(s) with the same name, date of birth and mother already registered: see below. Press Enter to register this one anyway, or change the form.</source>
        <translation>
            <numerusform>Đã có %n trẻ cùng họ tên, ngày sinh và tên mẹ được đăng ký: xem bên dưới. Nhấn Enter để vẫn đăng ký bản này, hoặc sửa tờ khai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard what was typed in this birth registration?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai sinh này?</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::CalibrationScreen</name>
    <message>
        <source>Calibrate a printer</source>
        <translation>Hiệu chỉnh máy in</translation>
    </message>
    <message>
        <source>Form to calibrate</source>
        <translation>Mẫu cần hiệu chỉnh</translation>
    </message>
    <message>
        <source>Printer to calibrate</source>
        <translation>Máy in cần hiệu chỉnh</translation>
    </message>
    <message>
        <source>PDF file instead of the printer</source>
        <translation>Tệp PDF thay cho máy in</translation>
    </message>
    <message>
        <source>Empty: the page goes to the printer</source>
        <translation>Để trống: in ra máy in</translation>
    </message>
    <message>
        <source>1. Print the calibration page on plain paper</source>
        <translation>1. In trang hiệu chỉnh trên giấy trắng</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Máy in:</translation>
    </message>
    <message>
        <source>Or a PDF file:</source>
        <translation>Hoặc tệp PDF:</translation>
    </message>
    <message>
        <source>&amp;Print the calibration page</source>
        <translation>&amp;In trang hiệu chỉnh</translation>
    </message>
    <message>
        <source>2. Hold it on a blank form against the light</source>
        <translation>2. Đặt lên một tờ phôi, soi trước ánh sáng</translation>
    </message>
    <message>
        <source>At each crosshair, read where the blank form&apos;s own mark falls on the ticks: to the right and down are positive, to the left and up negative.</source>
        <translation>Tại mỗi dấu chữ thập, đọc xem dấu in sẵn của phôi rơi vào vạch nào: sang phải và xuống dưới là số dương, sang trái và lên trên là số âm.</translation>
    </message>
    <message>
        <source>Offset to the right</source>
        <translation>Lệch sang phải</translation>
    </message>
    <message>
        <source>Offset down</source>
        <translation>Lệch xuống dưới</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Lưu hiệu chỉnh</translation>
    </message>
    <message>
        <source>Mark to the right by:</source>
        <translation>Dấu của phôi lệch sang phải:</translation>
    </message>
    <message>
        <source>Mark down by:</source>
        <translation>Dấu của phôi lệch xuống dưới:</translation>
    </message>
    <message>
        <source>Calibration state</source>
        <translation>Trạng thái hiệu chỉnh</translation>
    </message>
    <message>
        <source>No correction is saved for this printer and form.</source>
        <translation>Chưa có hiệu chỉnh nào cho máy in và mẫu này.</translation>
    </message>
    <message>
        <source>Saved correction: %1 mm to the right, %2 mm down.</source>
        <translation>Hiệu chỉnh đã lưu: sang phải %1 mm, xuống dưới %2 mm.</translation>
    </message>
    <message>
        <source>Choose the form and a printer (or type a PDF file).</source>
        <translation>Hãy chọn mẫu và máy in (hoặc nhập tệp PDF).</translation>
    </message>
    <message>
        <source>Printing the calibration page…</source>
        <translation>Đang in trang hiệu chỉnh…</translation>
    </message>
    <message>
        <source>The calibration page is printed: hold it on a blank form.</source>
        <translation>Đã in trang hiệu chỉnh: hãy đặt lên một tờ phôi.</translation>
    </message>
    <message>
        <source>The calibration page is written to %1.</source>
        <translation>Đã ghi trang hiệu chỉnh vào %1.</translation>
    </message>
    <message>
        <source>The calibration page was not printed: %1</source>
        <translation>Chưa in được trang hiệu chỉnh: %1</translation>
    </message>
    <message>
        <source>Name the printer the correction is for.</source>
        <translation>Hãy ghi tên máy in cần hiệu chỉnh.</translation>
    </message>
    <message>
        <source>The correction was not saved: %1</source>
        <translation>Chưa lưu được hiệu chỉnh: %1</translation>
    </message>
    <message>
        <source>Saved for %1. Print the page again on plain paper to check it: the marks should now fall on the crosshairs.</source>
        <translation>Đã lưu cho %1. Hãy in lại trang trên giấy trắng để kiểm tra: dấu của phôi phải trùng các dấu chữ thập.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::CorrectionScreen</name>
    <message>
        <source>Message about %1</source>
        <translation>Thông báo về %1</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Thông báo của tờ khai</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>Không tìm thấy hồ sơ</translation>
    </message>
    <message>
        <source>Correction of %1</source>
        <translation>Cải chính %1</translation>
    </message>
    <message>
        <source>Change, correction or supplement of %1 — %2</source>
        <translation>Thay đổi, cải chính, bổ sung %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Save the correction (Enter)</source>
        <translation>&amp;Lưu việc cải chính (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>A %1 cannot be corrected from this screen yet.</source>
        <translation>Việc %1 chưa cải chính được trên màn hình này.</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Trong Sổ</translation>
    </message>
    <message>
        <source>Corrected to</source>
        <translation>Sửa thành</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Discard the changes typed in this correction?</source>
        <translation>Bỏ những thay đổi đã nhập trong lần cải chính này?</translation>
    </message>
    <message>
        <source>The correction</source>
        <translation>Việc cải chính</translation>
    </message>
    <message>
        <source>e.g. Trích lục khai sinh số 12/2026, cấp ngày 20/11/2026</source>
        <translation>vd. Trích lục khai sinh số 12/2026, cấp ngày 20/11/2026</translation>
    </message>
    <message>
        <source>Kind of correction</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Giấy tờ làm căn cứ</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Thông báo khác</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>%1 — %2, corrected</source>
        <translation>%1 — %2, sửa thành</translation>
    </message>
    <message>
        <source>%1 in the register</source>
        <translation>%1 trong Sổ</translation>
    </message>
    <message numerus="yes">
        <source>Correct the %n error(s) marked before saving.</source>
        <translation>
            <numerusform>Hãy sửa %n lỗi được đánh dấu trước khi lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Correction registered as number %1.</source>
        <translation>Đã đăng ký việc cải chính, số %1.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>ngày/tháng/năm, tháng/năm hoặc năm</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>Bằng chữ: %1</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::DateTimeField</name>
    <message>
        <source>dd/mm/yyyy hh:mm, or the date alone</source>
        <translation>ngày/tháng/năm giờ:phút, hoặc chỉ ngày</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::DateWordsEditor</name>
    <message>
        <source>Edit the words (F2)</source>
        <translation>Sửa phần chữ (F2)</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::DeathForm</name>
    <message>
        <source>Death registration</source>
        <translation>Đăng ký khai tử</translation>
    </message>
    <message>
        <source>Discard what was typed in this death registration?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai tử này?</translation>
    </message>
    <message>
        <source>The deceased</source>
        <translation>Người đã chết</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>The death</source>
        <translation>Việc chết</translation>
    </message>
    <message>
        <source>Date of death in words</source>
        <translation>Ngày chết bằng chữ</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Ngày chết</translation>
    </message>
    <message>
        <source>hh:mm, e.g. 14:30</source>
        <translation>giờ:phút, ví dụ 14:30</translation>
    </message>
    <message>
        <source>Time of death</source>
        <translation>Giờ, phút chết</translation>
    </message>
    <message>
        <source>Place of death</source>
        <translation>Nơi chết</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Nguyên nhân chết</translation>
    </message>
    <message>
        <source>The death notice</source>
        <translation>Giấy báo tử</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>Number of the paper</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan cấp</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>The declarant</source>
        <translation>Người đi khai tử</translation>
    </message>
    <message>
        <source>Edit the date of death in words</source>
        <translation>Sửa ngày chết viết bằng chữ</translation>
    </message>
    <message>
        <source>Date of death in words, as the family wants it read</source>
        <translation>Ngày chết viết bằng chữ, theo cách gia đình muốn đọc</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::EthnicityForm</name>
    <message>
        <source>Ethnicity re-determination</source>
        <translation>Đăng ký xác định lại dân tộc</translation>
    </message>
    <message>
        <source>Discard what was typed in this ethnicity re-determination?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai xác định lại dân tộc này?</translation>
    </message>
    <message>
        <source>The re-determination</source>
        <translation>Việc xác định lại dân tộc</translation>
    </message>
    <message>
        <source>Ethnicity re-determined</source>
        <translation>Dân tộc xác định lại</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>Người yêu cầu</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::ExtractCopyForm</name>
    <message>
        <source>Extract copy</source>
        <translation>Cấp bản sao trích lục</translation>
    </message>
    <message>
        <source>Discard what was typed in this request for copies?</source>
        <translation>Bỏ những gì đã nhập trong yêu cầu cấp bản sao này?</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>The copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Số bản sao</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích sử dụng</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::FindScreen</name>
    <message>
        <source>Search the register</source>
        <translation>Tìm trong sổ hộ tịch</translation>
    </message>
    <message>
        <source>Name (with or without diacritics) or register number, e.g. 12/2026</source>
        <translation>Họ tên (có dấu hoặc không dấu) hoặc số đăng ký, ví dụ 12/2026</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Loại việc hộ tịch</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại việc</translation>
    </message>
    <message>
        <source>Register year</source>
        <translation>Năm đăng ký</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Type a name or a register number.</source>
        <translation>Gõ họ tên hoặc số đăng ký.</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Trạng thái tìm</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>Không có hồ sơ nào khớp.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records; type more to narrow the search.</source>
        <translation>
            <numerusform>%n hồ sơ đầu tiên; gõ thêm để thu hẹp kết quả.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n hồ sơ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotich::desktop::GuardianshipChangeForm</name>
    <message>
        <source>Change of guardian</source>
        <translation>Đăng ký thay đổi giám hộ</translation>
    </message>
    <message>
        <source>Discard what was typed in this change of guardian?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai thay đổi giám hộ này?</translation>
    </message>
    <message>
        <source>The new guardian</source>
        <translation>Người giám hộ mới</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Việc thay đổi giám hộ</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Lý do thay đổi</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::GuardianshipEndForm</name>
    <message>
        <source>End of the guardianship</source>
        <translation>Đăng ký chấm dứt giám hộ</translation>
    </message>
    <message>
        <source>Discard what was typed in this end of the guardianship?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai chấm dứt giám hộ này?</translation>
    </message>
    <message>
        <source>The end of the guardianship</source>
        <translation>Việc chấm dứt giám hộ</translation>
    </message>
    <message>
        <source>Reason for the end</source>
        <translation>Lý do chấm dứt</translation>
    </message>
    <message>
        <source>Date the guardianship ends</source>
        <translation>Ngày chấm dứt giám hộ</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::GuardianshipForm</name>
    <message>
        <source>Guardianship registration</source>
        <translation>Đăng ký giám hộ</translation>
    </message>
    <message>
        <source>Discard what was typed in this guardianship registration?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai đăng ký giám hộ này?</translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>The ward</source>
        <translation>Người được giám hộ</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>The guardianship</source>
        <translation>Việc giám hộ</translation>
    </message>
    <message>
        <source>Basis of the guardianship</source>
        <translation>Hình thức giám hộ</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::HomeScreen</name>
    <message>
        <source>Home screen state</source>
        <translation>Trạng thái màn hình Hôm nay</translation>
    </message>
    <message>
        <source>Files in progress</source>
        <translation>Hồ sơ đang giải quyết</translation>
    </message>
    <message>
        <source>Files in progress, in numbers</source>
        <translation>Số hồ sơ đang giải quyết</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Handed in by</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Personal ID numbers</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>Personal ID numbers, in numbers</source>
        <translation>Số lượng số định danh cá nhân</translation>
    </message>
    <message>
        <source>Personal ID numbers with a problem</source>
        <translation>Số định danh cá nhân có vướng mắc</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vướng mắc</translation>
    </message>
    <message>
        <source>Sync with the ministry</source>
        <translation>Đồng bộ với Bộ Tư pháp</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Phôi</translation>
    </message>
    <message>
        <source>Blank-form stock</source>
        <translation>Phôi còn trong kho</translation>
    </message>
    <message>
        <source>Today&apos;s work — %1</source>
        <translation>Việc hôm nay — %1</translation>
    </message>
    <message>
        <source>Part of the day&apos;s work could not be read: %1</source>
        <translation>Không đọc được một phần việc hôm nay: %1</translation>
    </message>
    <message>
        <source>%1 waiting for the centre · %2 arrived in the last 7 days · %3 with a problem</source>
        <translation>%1 đang chờ Trung tâm · %2 đã về trong 7 ngày qua · %3 có vướng mắc</translation>
    </message>
    <message>
        <source>%1: only %2 sheet(s) left</source>
        <translation>%1: chỉ còn %2 tờ</translation>
    </message>
    <message>
        <source>Enough blank forms (none below %1 sheets).</source>
        <translation>Đủ phôi (không mẫu nào dưới %1 tờ).</translation>
    </message>
    <message>
        <source>Running low: %1.</source>
        <translation>Sắp hết phôi: %1.</translation>
    </message>
    <message>
        <source>To print</source>
        <translation>Chờ in</translation>
    </message>
    <message>
        <source>Waiting for signature</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <source>Signed, to issue to the citizen</source>
        <translation>Đã ký, chờ trả kết quả</translation>
    </message>
    <message>
        <source>Received, to enter in the register</source>
        <translation>Đã tiếp nhận, chờ vào sổ</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hôm nay)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No file in progress.</source>
        <translation>Không có hồ sơ nào đang giải quyết.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n hồ sơ quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n hồ sơ đến hạn hôm nay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This office is not enrolled with the ministry&apos;s server yet: ask IT staff for an enrolment code. %n registration(s) wait to be sent.</source>
        <translation>
            <numerusform>Văn phòng chưa đăng ký với máy chủ của Bộ: đề nghị cán bộ tin học cấp mã đăng ký. Còn %n mục đăng ký chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Lần đồng bộ thành công gần nhất: %1.</translation>
    </message>
    <message>
        <source>No successful sync yet.</source>
        <translation>Chưa đồng bộ thành công lần nào.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>Lần gần nhất không thành công: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) wait to be sent.</source>
        <translation>
            <numerusform>Còn %n mục chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation>Đã gửi hết.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::LoginScreen</name>
    <message>
        <source>Civil-status register — log in</source>
        <translation>Sổ hộ tịch — đăng nhập</translation>
    </message>
    <message>
        <source>Log in to the civil-status register</source>
        <translation>Đăng nhập sổ hộ tịch</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Log-in error</source>
        <translation>Lỗi đăng nhập</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Civil-status register — locked</source>
        <translation>Sổ hộ tịch — đã khóa</translation>
    </message>
    <message>
        <source>The screen is locked. Enter the password of %1 to go on.</source>
        <translation>Màn hình đã khóa. Nhập mật khẩu của %1 để tiếp tục.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::MainWindow</name>
    <message>
        <source>Civil-status register — %1</source>
        <translation>Sổ hộ tịch — %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Sổ hộ tịch</translation>
    </message>
    <message>
        <source>&amp;Find a record</source>
        <translation>&amp;Tìm hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Close record</source>
        <translation>Đón&amp;g hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2) — %3</source>
        <translation>Đăng nhập: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>Màn hình đã khóa.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Mở khóa…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Register a &amp;birth…</source>
        <translation>Đăng ký khai &amp;sinh…</translation>
    </message>
    <message>
        <source>Files waiting for &amp;signature</source>
        <translation>Hồ sơ &amp;chờ ký</translation>
    </message>
    <message>
        <source>Birth registration</source>
        <translation>Đăng ký khai sinh</translation>
    </message>
    <message>
        <source>Waiting for signature</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s work</source>
        <translation>&amp;Việc hôm nay</translation>
    </message>
    <message>
        <source>Settings and &amp;administration…</source>
        <translation>Cài đặt và &amp;quản trị…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Blank f&amp;orms…</source>
        <translation>&amp;Phôi…</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Phôi</translation>
    </message>
    <message>
        <source>Calibrate a &amp;printer…</source>
        <translation>Hiệu chỉnh &amp;máy in…</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Hiệu chỉnh</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <source>&amp;Sync state and the ministry&apos;s findings</source>
        <translation>&amp;Tình trạng đồng bộ và kết quả đối chiếu của Bộ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Register a &amp;death…</source>
        <translation>Đăng ký kh&amp;ai tử…</translation>
    </message>
    <message>
        <source>Register a &amp;marriage…</source>
        <translation>Đăng ký kết hô&amp;n…</translation>
    </message>
    <message>
        <source>Death registration</source>
        <translation>Đăng ký khai tử</translation>
    </message>
    <message>
        <source>Marriage registration</source>
        <translation>Đăng ký kết hôn</translation>
    </message>
    <message>
        <source>Register a parent–child &amp;recognition…</source>
        <translation>Đăng ký nhận cha, mẹ, c&amp;on…</translation>
    </message>
    <message>
        <source>Register a &amp;guardianship…</source>
        <translation>Đăng ký g&amp;iám hộ…</translation>
    </message>
    <message>
        <source>Certify a marital stat&amp;us…</source>
        <translation>&amp;Xác nhận tình trạng hôn nhân…</translation>
    </message>
    <message>
        <source>R&amp;ecord a decision or an event abroad…</source>
        <translation>Ghi vào Sổ hộ tịch (quyết định, &amp;bản án, việc ở nước ngoài)…</translation>
    </message>
    <message>
        <source>Parent–child recognition</source>
        <translation>Đăng ký nhận cha, mẹ, con</translation>
    </message>
    <message>
        <source>Guardianship registration</source>
        <translation>Đăng ký giám hộ</translation>
    </message>
    <message>
        <source>Marital-status certificate</source>
        <translation>Xác nhận tình trạng hôn nhân</translation>
    </message>
    <message>
        <source>Recording in the register</source>
        <translation>Ghi vào Sổ hộ tịch</translation>
    </message>
    <message>
        <source>Print the files &amp;waiting for their paper…</source>
        <translation>In hàng &amp;loạt các hồ sơ chờ in…</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>In hàng loạt</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>&amp;Đăng nhập lại</translation>
    </message>
    <message>
        <source>The register is restored from the backup. The register as it was is kept in %1.

Log in again to go on. Before registering again, the register catches up with the ministry server (Sync).</source>
        <translation>Đã khôi phục sổ hộ tịch từ bản sao lưu. Sổ như trước khi khôi phục được giữ trong %1.

Hãy đăng nhập lại để làm tiếp. Trước khi đăng ký tiếp, sổ đồng bộ lại với máy chủ của Bộ (Đồng bộ).</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::MaritalStatusForm</name>
    <message>
        <source>Marital-status certificate</source>
        <translation>Xác nhận tình trạng hôn nhân</translation>
    </message>
    <message>
        <source>Discard what was typed in this marital-status certificate?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai xác nhận tình trạng hôn nhân này?</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Người được xác nhận</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>The period of residence</source>
        <translation>Thời gian cư trú được xác nhận</translation>
    </message>
    <message>
        <source>Resident from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Resident until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Place of residence in that period</source>
        <translation>Nơi cư trú trong thời gian đó</translation>
    </message>
    <message>
        <source>The marital status</source>
        <translation>Tình trạng hôn nhân</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Tình trạng hôn nhân</translation>
    </message>
    <message>
        <source>Spouse&apos;s full name (when married)</source>
        <translation>Họ tên vợ/chồng (nếu đang có vợ/chồng)</translation>
    </message>
    <message>
        <source>Marriage certificate number</source>
        <translation>Số Giấy chứng nhận kết hôn</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Nơi cấp Giấy chứng nhận kết hôn</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Ngày cấp Giấy chứng nhận kết hôn</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích sử dụng</translation>
    </message>
    <message>
        <source>To register a marriage</source>
        <translation>Có, để đăng ký kết hôn</translation>
    </message>
    <message>
        <source>For a marriage</source>
        <translation>Dùng để kết hôn</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>Người yêu cầu</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::MarriageForm</name>
    <message>
        <source>Marriage registration</source>
        <translation>Đăng ký kết hôn</translation>
    </message>
    <message>
        <source>Discard what was typed in this marriage registration?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai đăng ký kết hôn này?</translation>
    </message>
    <message>
        <source>The wife</source>
        <translation>Người vợ</translation>
    </message>
    <message>
        <source>The husband</source>
        <translation>Người chồng</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::PersonFields</name>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Message about %1</source>
        <translation>Thông báo về %1</translation>
    </message>
    <message>
        <source>Date of birth in words</source>
        <translation>Ngày sinh bằng chữ</translation>
    </message>
    <message>
        <source>Pick from the register… (F4)</source>
        <translation>Chọn từ sổ… (F4)</translation>
    </message>
    <message>
        <source>%1 — pick from the register</source>
        <translation>%1 — chọn từ sổ hộ tịch</translation>
    </message>
    <message>
        <source>Edit the date of birth in words</source>
        <translation>Sửa ngày sinh bằng chữ</translation>
    </message>
    <message>
        <source>%1 — date of birth in words, as the family wants it read</source>
        <translation>%1 — ngày sinh bằng chữ theo cách đọc gia đình đề nghị</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::PersonPicker</name>
    <message>
        <source>%1 — pick from the register</source>
        <translation>%1 — chọn từ sổ hộ tịch</translation>
    </message>
    <message>
        <source>Name of the person to pick</source>
        <translation>Họ tên người cần chọn</translation>
    </message>
    <message>
        <source>Name (with or without diacritics) or register number, e.g. 12/2026</source>
        <translation>Họ tên (có dấu hoặc không dấu) hoặc số đăng ký, ví dụ 12/2026</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Type the name of a person the register holds.</source>
        <translation>Nhập họ tên của một người đã có trong sổ hộ tịch.</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Trạng thái tìm</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Những người tìm thấy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>In the record as</source>
        <translation>Trong hồ sơ là</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Down: to the results · Enter: fill in the form with the person · Esc: close</source>
        <translation>Mũi tên xuống: đến danh sách · Enter: điền thông tin người đã chọn vào tờ khai · Esc: đóng</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>No person of that name in the register.</source>
        <translation>Không có người nào có họ tên này trong sổ hộ tịch.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found: Down to choose, Enter to fill in the form.</source>
        <translation>
            <numerusform>Tìm thấy %n người: mũi tên xuống để chọn, Enter để điền vào tờ khai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotich::desktop::PlaceField</name>
    <message>
        <source>e.g. ba dinh (without accents) — then pick from the list</source>
        <translation>ví dụ: ba dinh (không cần dấu) — rồi chọn trong danh sách</translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::PrintScreen</name>
    <message>
        <source>Form</source>
        <translation>Mẫu giấy tờ</translation>
    </message>
    <message>
        <source>PDF &amp;file</source>
        <translation>Tệp &amp;PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Tệp PDF</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Prin&amp;ter</source>
        <translation>&amp;Máy in</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Blank &amp;serial</source>
        <translation>Số p&amp;hôi</translation>
    </message>
    <message>
        <source>Blank serial</source>
        <translation>Số phôi</translation>
    </message>
    <message>
        <source>The serial printed on the blank form in the printer</source>
        <translation>Số sê-ri in sẵn trên tờ phôi đặt trong máy in</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Print result</source>
        <translation>Kết quả in</translation>
    </message>
    <message>
        <source>Preview on the blank form</source>
        <translation>Xem trước trên phôi</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>Mẫ&amp;u giấy tờ</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>In ra</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Không có gì để in</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>No form is printed for this kind of record.</source>
        <translation>Không có mẫu giấy tờ nào cho loại hồ sơ này.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank form(s) left in stock.</source>
        <translation>
            <numerusform>Còn %n phôi trong kho.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF is not calibrated: it holds the form as designed.</source>
        <translation>Tệp PDF không cần hiệu chỉnh: giữ đúng mẫu như thiết kế.</translation>
    </message>
    <message>
        <source>No calibration is saved for this printer and form.</source>
        <translation>Chưa lưu hiệu chỉnh cho máy in và mẫu này.</translation>
    </message>
    <message>
        <source>Calibrated for this printer: offset %1 mm, %2 mm</source>
        <translation>Đã hiệu chỉnh cho máy in này: lệch %1 mm, %2 mm</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No blank forms of this kind are left in stock. Receive the next stock before printing.</source>
        <translation>Trong kho không còn phôi của mẫu này. Hãy nhận lô phôi mới trước khi in.</translation>
    </message>
    <message>
        <source>Give the PDF file to write.</source>
        <translation>Hãy nhập tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <source>Printed: %1 to %2.</source>
        <translation>Đã in: %1 ra %2.</translation>
    </message>
    <message>
        <source>Printed: %1 on blank %2 to %3.</source>
        <translation>Đã in: %1 trên phôi %2 ra %3.</translation>
    </message>
    <message>
        <source>The file is marked as printed.</source>
        <translation>Hồ sơ đã được đánh dấu là đã in.</translation>
    </message>
    <message>
        <source>The file&apos;s step was not taken: %1</source>
        <translation>Chưa ghi được bước của hồ sơ: %1</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::RecognitionForm</name>
    <message>
        <source>Parent–child recognition</source>
        <translation>Đăng ký nhận cha, mẹ, con</translation>
    </message>
    <message>
        <source>Discard what was typed in this parent–child recognition?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai nhận cha, mẹ, con này?</translation>
    </message>
    <message>
        <source>The recognition</source>
        <translation>Việc nhận cha, mẹ, con</translation>
    </message>
    <message>
        <source>Recognition of the father or the mother</source>
        <translation>Nhận cha hay nhận mẹ</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>The father or mother</source>
        <translation>Cha hoặc mẹ</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Người con</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>The declarant</source>
        <translation>Người đi đăng ký</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::RecordScreen</name>
    <message>
        <source>Current content</source>
        <translation>Nội dung hiện tại</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>Không tìm thấy hồ sơ</translation>
    </message>
    <message>
        <source>Record not readable</source>
        <translation>Không đọc được hồ sơ</translation>
    </message>
    <message>
        <source>Registered on %1 · Book %2 · %3</source>
        <translation>Đăng ký ngày %1 · Quyển %2 · %3</translation>
    </message>
    <message>
        <source>%1 (registration %2)</source>
        <translation>%1 (đăng ký %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <source>Where the file stands</source>
        <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>File: %1 · received %2 from %3 · due by %4</source>
        <translation>Hồ sơ: %1 · tiếp nhận %2 từ %3 · hạn giải quyết %4</translation>
    </message>
    <message>
        <source> · last step by %1</source>
        <translation> · bước gần nhất do %1 thực hiện</translation>
    </message>
    <message>
        <source>Mark the certificate as &amp;printed</source>
        <translation>Ghi nhận đã &amp;in giấy</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký</translation>
    </message>
    <message>
        <source>&amp;Issue to the citizen</source>
        <translation>&amp;Trả kết quả cho công dân</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Hồ sơ: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print a certificate or extract of this record (Ctrl+P)</source>
        <translation>In giấy tờ hoặc trích lục của hồ sơ này (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Correct… (Ctrl+E)</source>
        <translation>&amp;Cải chính… (Ctrl+E)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;End the guardianship… (Ctrl+Shift+E)</source>
        <translation>Chấm &amp;dứt giám hộ… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>C&amp;hange the guardian… (Ctrl+Shift+N)</source>
        <translation>Thay đổi &amp;người giám hộ… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Re-determine the eth&amp;nicity… (Ctrl+Shift+X)</source>
        <translation>&amp;Xác định lại dân tộc… (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Record a &amp;divorce or annulment… (Ctrl+Shift+V)</source>
        <translation>Ghi việc &amp;ly hôn, hủy kết hôn… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Extract c&amp;opies… (Ctrl+Shift+C)</source>
        <translation>Cấ&amp;p bản sao trích lục… (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>What the ministry answered</source>
        <translation>Bộ đã trả lời</translation>
    </message>
    <message>
        <source>Personal ID number: %1</source>
        <translation>Số định danh cá nhân: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Việc cần làm: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Cần xem lại: %1</translation>
    </message>
    <message>
        <source>Blank %1 (%2): %3</source>
        <translation>Phôi %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::RecordingForm</name>
    <message>
        <source>Recording in the register</source>
        <translation>Ghi vào Sổ hộ tịch</translation>
    </message>
    <message>
        <source>Discard what was typed in this recording?</source>
        <translation>Bỏ những gì đã nhập trong tờ khai ghi vào Sổ hộ tịch này?</translation>
    </message>
    <message>
        <source>The recording</source>
        <translation>Việc ghi vào Sổ</translation>
    </message>
    <message>
        <source>Kind of recording</source>
        <translation>Loại việc ghi vào Sổ</translation>
    </message>
    <message>
        <source>The person recorded</source>
        <translation>Người được ghi vào Sổ</translation>
    </message>
    <message>
        <source>The other party</source>
        <translation>Người liên quan</translation>
    </message>
    <message>
        <source>The decision or document</source>
        <translation>Quyết định, bản án hoặc giấy tờ</translation>
    </message>
    <message>
        <source>Number of the decision</source>
        <translation>Số quyết định, bản án</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ra quyết định</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Ngày ra quyết định</translation>
    </message>
    <message>
        <source>Content recorded</source>
        <translation>Nội dung ghi vào Sổ</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::RegistrationForm</name>
    <message>
        <source>Form message</source>
        <translation>Thông báo của tờ khai</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Thông báo khác</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Lưu (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>The registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message numerus="yes">
        <source>Correct the %n error(s) marked before saving.</source>
        <translation>
            <numerusform>Hãy sửa %n lỗi được đánh dấu trước khi lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Registered as number %1.</source>
        <translation>Đã đăng ký, số %1.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>Amends: %1 %2 — %3</source>
        <translation>Về việc: %1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SettingsScreen</name>
    <message>
        <source>Settings and administration</source>
        <translation>Cài đặt và quản trị</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Commune code:</source>
        <translation>Mã đơn vị hành chính:</translation>
    </message>
    <message>
        <source>Register file:</source>
        <translation>Tệp sổ hộ tịch:</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>Tài khoản và vai trò</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>New account&apos;s login</source>
        <translation>Tên đăng nhập của tài khoản mới</translation>
    </message>
    <message>
        <source>New account&apos;s full name</source>
        <translation>Họ và tên của tài khoản mới</translation>
    </message>
    <message>
        <source>New account&apos;s role</source>
        <translation>Vai trò của tài khoản mới</translation>
    </message>
    <message>
        <source>New account&apos;s password</source>
        <translation>Mật khẩu của tài khoản mới</translation>
    </message>
    <message>
        <source>New account&apos;s password, again</source>
        <translation>Nhắc lại mật khẩu của tài khoản mới</translation>
    </message>
    <message>
        <source>&amp;Add the account</source>
        <translation>&amp;Thêm tài khoản</translation>
    </message>
    <message>
        <source>Only an administrator adds accounts.</source>
        <translation>Chỉ quản trị viên được thêm tài khoản.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Nhắc lại mật khẩu:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>The language changes at the next start of the program.</source>
        <translation>Ngôn ngữ đổi từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bị khoá</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Hai mật khẩu khác nhau: hãy gõ lại.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Đang thêm tài khoản…</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Chưa thêm được tài khoản: %1</translation>
    </message>
    <message>
        <source>The account %1 (%2) is added as %3.</source>
        <translation>Đã thêm tài khoản %1 (%2) với vai trò %3.</translation>
    </message>
    <message>
        <source>Zero tens in words</source>
        <translation>Cách đọc số 0 ở hàng chục</translation>
    </message>
    <message>
        <source>“lẻ” — 105: một trăm lẻ năm</source>
        <translation>“lẻ” — 105: một trăm lẻ năm</translation>
    </message>
    <message>
        <source>“linh” — 105: một trăm linh năm</source>
        <translation>“linh” — 105: một trăm linh năm</translation>
    </message>
    <message>
        <source>Thousands in words</source>
        <translation>Cách đọc hàng nghìn</translation>
    </message>
    <message>
        <source>“nghìn” — 2026: hai nghìn …</source>
        <translation>“nghìn” — 2026: hai nghìn …</translation>
    </message>
    <message>
        <source>“ngàn” — 2026: hai ngàn …</source>
        <translation>“ngàn” — 2026: hai ngàn …</translation>
    </message>
    <message>
        <source>Four after twenty in words</source>
        <translation>Cách đọc số 4 sau “mươi”</translation>
    </message>
    <message>
        <source>“tư” — 24: hai mươi tư</source>
        <translation>“tư” — 24: hai mươi tư</translation>
    </message>
    <message>
        <source>“bốn” — 24: hai mươi bốn</source>
        <translation>“bốn” — 24: hai mươi bốn</translation>
    </message>
    <message>
        <source>Days 1 to 10 in words</source>
        <translation>Cách đọc ngày mồng một đến mồng mười</translation>
    </message>
    <message>
        <source>“mồng” — ngày mồng năm</source>
        <translation>“mồng” — ngày mồng năm</translation>
    </message>
    <message>
        <source>“mùng” — ngày mùng năm</source>
        <translation>“mùng” — ngày mùng năm</translation>
    </message>
    <message>
        <source>none — ngày năm</source>
        <translation>không có — ngày năm</translation>
    </message>
    <message>
        <source>Example of a date in words</source>
        <translation>Ví dụ ngày tháng viết bằng chữ</translation>
    </message>
    <message>
        <source>Save the &amp;number words</source>
        <translation>Lưu &amp;cách đọc số</translation>
    </message>
    <message>
        <source>Number words message</source>
        <translation>Thông báo về cách đọc số</translation>
    </message>
    <message>
        <source>Zero tens:</source>
        <translation>Số 0 ở hàng chục:</translation>
    </message>
    <message>
        <source>Thousands:</source>
        <translation>Hàng nghìn:</translation>
    </message>
    <message>
        <source>Four after twenty:</source>
        <translation>Số 4 sau “mươi”:</translation>
    </message>
    <message>
        <source>Days 1 to 10:</source>
        <translation>Ngày 1 đến 10:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ví dụ:</translation>
    </message>
    <message>
        <source>The number words are saved: forms opened from now on and printed papers use them.</source>
        <translation>Đã lưu cách đọc số: các tờ khai mở từ bây giờ và giấy tờ in ra sẽ dùng cách đọc này.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SignerQueue</name>
    <message>
        <source>Files waiting for signature</source>
        <translation>Hồ sơ chờ ký</translation>
    </message>
    <message>
        <source>Signature queue state</source>
        <translation>Tình trạng hàng chờ ký</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Handed in by</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký</translation>
    </message>
    <message>
        <source>Records the signature of the commune chair or vice-chair on the chosen file</source>
        <translation>Ghi nhận chữ ký của Chủ tịch hoặc Phó Chủ tịch UBND trên hồ sơ đã chọn</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <source>No file waits for signature.</source>
        <translation>Không có hồ sơ nào chờ ký.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait for signature.</source>
        <translation>
            <numerusform>%n hồ sơ chờ ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed.</source>
        <translation>%1 đã được ký.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::StockScreen</name>
    <message>
        <source>Blank forms</source>
        <translation>Phôi</translation>
    </message>
    <message>
        <source>Blank-form stock state</source>
        <translation>Trạng thái kho phôi</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Kho phôi</translation>
    </message>
    <message>
        <source>Blank-form stock</source>
        <translation>Kho phôi</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Sê-ri</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Sheets sent to the printer and not confirmed</source>
        <translation>Phôi đã gửi máy in mà chưa xác nhận</translation>
    </message>
    <message>
        <source>Sheets waiting for confirmation</source>
        <translation>Phôi chờ xác nhận</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số phôi</translation>
    </message>
    <message>
        <source>Printer or file</source>
        <translation>Máy in hoặc tệp</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Gửi lúc</translation>
    </message>
    <message>
        <source>Why the sheet is spoiled</source>
        <translation>Lý do phôi hỏng</translation>
    </message>
    <message>
        <source>Why spoiled: jammed, misprinted, torn…</source>
        <translation>Lý do hỏng: kẹt giấy, in lệch, rách…</translation>
    </message>
    <message>
        <source>It came out &amp;printed</source>
        <translation>Đã &amp;in được</translation>
    </message>
    <message>
        <source>It is sp&amp;oiled</source>
        <translation>Phôi &amp;hỏng</translation>
    </message>
    <message>
        <source>Blanks received</source>
        <translation>Nhận phôi</translation>
    </message>
    <message>
        <source>Form of the blanks received</source>
        <translation>Mẫu của phôi nhận</translation>
    </message>
    <message>
        <source>Series of the blanks received</source>
        <translation>Sê-ri của phôi nhận</translation>
    </message>
    <message>
        <source>First number received</source>
        <translation>Số đầu của phôi nhận</translation>
    </message>
    <message>
        <source>Last number received</source>
        <translation>Số cuối của phôi nhận</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>&amp;Nhận phôi</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Sê-ri:</translation>
    </message>
    <message>
        <source>From number:</source>
        <translation>Từ số:</translation>
    </message>
    <message>
        <source>To number:</source>
        <translation>Đến số:</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: còn %2 tờ</translation>
    </message>
    <message>
        <source>No form is below %1 sheets.</source>
        <translation>Không mẫu nào dưới %1 tờ.</translation>
    </message>
    <message>
        <source>Running low (below %1 sheets): %2. Ask the province for more.</source>
        <translation>Sắp hết phôi (dưới %1 tờ): %2. Hãy đề nghị cấp tỉnh cấp thêm.</translation>
    </message>
    <message>
        <source>No sheet waits for confirmation.</source>
        <translation>Không có tờ phôi nào chờ xác nhận.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) were sent to the printer and not confirmed: say how each came out.</source>
        <translation>
            <numerusform>Có %n tờ phôi đã gửi máy in mà chưa xác nhận: hãy cho biết từng tờ in ra thế nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the form, the series and the first and last numbers received.</source>
        <translation>Hãy nhập mẫu, sê-ri, số đầu và số cuối của phôi nhận.</translation>
    </message>
    <message>
        <source>Received %1 blanks: %2 to %3.</source>
        <translation>Đã nhận %1 phôi: %2 đến %3.</translation>
    </message>
    <message>
        <source>%1 is recorded as printed.</source>
        <translation>Đã ghi nhận %1 đã in.</translation>
    </message>
    <message>
        <source>Say why %1 is spoiled before recording it.</source>
        <translation>Hãy ghi lý do %1 hỏng trước khi ghi nhận.</translation>
    </message>
    <message>
        <source>%1 is recorded as spoiled.</source>
        <translation>Đã ghi nhận %1 bị hỏng.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>Civil-status register — %1</source>
        <translation>Sổ hộ tịch — %1</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SyncMonitor</name>
    <message>
        <source>Sync: reading the state…</source>
        <translation>Đồng bộ: đang đọc trạng thái…</translation>
    </message>
    <message>
        <source>Sync: this office is not enrolled with the ministry&apos;s server</source>
        <translation>Đồng bộ: văn phòng chưa đăng ký với máy chủ của Bộ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n entry(ies), %1</source>
        <translation>
            <numerusform>Đang đồng bộ… %n mục, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: last success %1</source>
        <translation>Đã đồng bộ: lần thành công gần nhất %1</translation>
    </message>
    <message>
        <source>Sync: no successful sync yet</source>
        <translation>Đồng bộ: chưa có lần nào thành công</translation>
    </message>
    <message>
        <source>Offline, trying again by itself: %1</source>
        <translation>Mất kết nối, sẽ tự thử lại: %1</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Lỗi đồng bộ: %1</translation>
    </message>
    <message>
        <source>Syncing… stopping after the round in flight</source>
        <translation>Đang đồng bộ… sẽ dừng sau lượt đang gửi</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped as asked: %n entry(ies) still wait to be sent</source>
        <translation>
            <numerusform>Đồng bộ đã dừng theo yêu cầu: còn %n mục chờ gửi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SyncScreen</name>
    <message>
        <source>Sync with the ministry</source>
        <translation>Đồng bộ với Bộ Tư pháp</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>Last success, last error, waiting entries</source>
        <translation>Lần thành công, lỗi gần nhất, mục chờ gửi</translation>
    </message>
    <message>
        <source>Sync message</source>
        <translation>Thông báo đồng bộ</translation>
    </message>
    <message>
        <source>Sync &amp;now (F9)</source>
        <translation>Đồng bộ &amp;ngay (F9)</translation>
    </message>
    <message>
        <source>Sends what waits and receives the ministry&apos;s answers, in the background</source>
        <translation>Gửi các mục đang chờ và nhận kết quả từ Bộ, chạy ngầm trong khi vẫn làm việc</translation>
    </message>
    <message>
        <source>What the ministry rejected, flagged or quarantined</source>
        <translation>Những gì Bộ từ chối, cảnh báo hoặc giữ lại</translation>
    </message>
    <message>
        <source>Findings, in numbers</source>
        <translation>Số việc cần xử lý</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>The ministry says</source>
        <translation>Bộ thông báo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cần làm gì</translation>
    </message>
    <message>
        <source>The chosen finding in full</source>
        <translation>Toàn văn việc đang chọn</translation>
    </message>
    <message>
        <source>Compare this record with the other office&apos;s record named in the message and ask the family. If it is the same child, the later registration is corrected or voided; if not, nothing more is needed.</source>
        <translation>Đối chiếu hồ sơ này với hồ sơ của đơn vị được nêu trong thông báo và hỏi lại gia đình. Nếu là cùng một trẻ thì bản đăng ký sau được cải chính hoặc hủy bỏ; nếu không trùng thì không cần làm gì thêm.</translation>
    </message>
    <message>
        <source>Check the person&apos;s marital status with the office named in the message. If the earlier marriage still stands, tell the commune chair, who handles it under the law.</source>
        <translation>Xác minh tình trạng hôn nhân của người này với đơn vị được nêu trong thông báo. Nếu hôn nhân trước vẫn còn, báo Chủ tịch UBND để xử lý theo quy định của pháp luật.</translation>
    </message>
    <message>
        <source>The ministry already holds this record: nothing is lost. Tell IT staff if it happens again.</source>
        <translation>Bộ đã có hồ sơ này, không mất gì. Nếu việc này lặp lại, báo cán bộ tin học.</translation>
    </message>
    <message>
        <source>The centre already holds this register number for another record. Check the paper register book, then ask IT staff and the province to reconcile the numbers. Do not register the record again.</source>
        <translation>Số đăng ký này đã được dùng cho hồ sơ khác ở Trung tâm. Đối chiếu với sổ giấy, rồi báo cán bộ tin học và Sở Tư pháp để đối soát số. Không đăng ký lại hồ sơ.</translation>
    </message>
    <message>
        <source>Another office holds this record. Ask IT staff: the province decides which office keeps it.</source>
        <translation>Hồ sơ này đang thuộc đơn vị khác. Báo cán bộ tin học: Sở Tư pháp quyết định đơn vị nào giữ hồ sơ.</translation>
    </message>
    <message>
        <source>The centre does not hold the record this change belongs to. Ask IT staff to check the register (hotich-admin verify), then sync again.</source>
        <translation>Trung tâm chưa có hồ sơ mà nội dung sửa đổi này thuộc về. Nhờ cán bộ tin học kiểm tra sổ (hotich-admin verify), rồi đồng bộ lại.</translation>
    </message>
    <message>
        <source>The centre could not take this entry. Ask IT staff to check the register (hotich-admin verify).</source>
        <translation>Trung tâm không nhận được mục này. Nhờ cán bộ tin học kiểm tra sổ (hotich-admin verify).</translation>
    </message>
    <message>
        <source>The register&apos;s history forked (a backup was restored and written to). Keep working; ask IT staff to contact the province, which resolves the entries it holds back.</source>
        <translation>Lịch sử của sổ bị rẽ nhánh (sổ được khôi phục từ bản sao lưu rồi ghi tiếp). Vẫn làm việc bình thường; nhờ cán bộ tin học liên hệ Sở Tư pháp để xử lý các mục bị giữ lại.</translation>
    </message>
    <message>
        <source>The population database may already hold this person. Check the family&apos;s papers (does the child already have an ID number?) and answer the centre as the message asks.</source>
        <translation>Cơ sở dữ liệu quốc gia về dân cư có thể đã có người này. Kiểm tra giấy tờ của gia đình (trẻ đã có số định danh chưa?) và trả lời Trung tâm theo yêu cầu trong thông báo.</translation>
    </message>
    <message>
        <source>The centre asks for a check. Verify the details named in the message against the family&apos;s papers; if they are wrong, correct the record.</source>
        <translation>Trung tâm đề nghị xác minh. Đối chiếu thông tin được nêu với giấy tờ của gia đình; nếu sai thì làm thủ tục cải chính hồ sơ.</translation>
    </message>
    <message>
        <source>The centre refused the ID number. Correct what the message names; if it is not clear, ask IT staff to contact the centre.</source>
        <translation>Trung tâm từ chối cấp số định danh. Cải chính nội dung được nêu trong thông báo; nếu chưa rõ, nhờ cán bộ tin học liên hệ Trung tâm.</translation>
    </message>
    <message>
        <source>Read the ministry&apos;s message and open the record to check it. If it is not clear what to do, ask IT staff.</source>
        <translation>Đọc thông báo của Bộ và mở hồ sơ để kiểm tra. Nếu chưa rõ cần làm gì, hỏi cán bộ tin học.</translation>
    </message>
    <message>
        <source>Last success: %1.</source>
        <translation>Lần thành công gần nhất: %1.</translation>
    </message>
    <message>
        <source>Last success: none yet.</source>
        <translation>Lần thành công gần nhất: chưa có.</translation>
    </message>
    <message>
        <source>Last error: none.</source>
        <translation>Lỗi gần nhất: không có.</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Lỗi gần nhất (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) wait to be sent.</source>
        <translation>
            <numerusform>Còn %n mục chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Không còn mục nào chờ gửi.</translation>
    </message>
    <message>
        <source>This office is not enrolled with the ministry&apos;s server, so nothing is sent yet. IT staff enrol it with hotich-admin enrol --server URL --code CODE (the province gives the code); then sync runs by itself.</source>
        <translation>Văn phòng chưa đăng ký với máy chủ của Bộ nên chưa gửi được gì. Cán bộ tin học đăng ký bằng lệnh hotich-admin enrol --server URL --code MÃ (mã do Sở Tư pháp cấp); sau đó việc đồng bộ tự chạy.</translation>
    </message>
    <message>
        <source>Part of the sync state could not be read: %1</source>
        <translation>Không đọc được một phần trạng thái đồng bộ: %1</translation>
    </message>
    <message>
        <source>Entry %1 of the queue</source>
        <translation>Mục %1 của hàng đợi</translation>
    </message>
    <message>
        <source>A record not in this register</source>
        <translation>Hồ sơ không có trong sổ này</translation>
    </message>
    <message>
        <source>The register&apos;s history</source>
        <translation>Lịch sử của sổ</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>Bị giữ lại: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Cần xem lại: %1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>Số định danh: %1</translation>
    </message>
    <message>
        <source>ID number: %1: %2</source>
        <translation>Số định danh: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to act on. Enter opens the record.</source>
        <translation>
            <numerusform>Có %n việc cần xử lý. Nhấn Enter để mở hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to act on.</source>
        <translation>Không có việc gì cần xử lý.</translation>
    </message>
    <message>
        <source>%1 — %2
What to do: %3</source>
        <translation>%1 — %2
Cần làm: %3</translation>
    </message>
    <message>
        <source>S&amp;top after this round</source>
        <translation>&amp;Dừng sau lượt này</translation>
    </message>
    <message>
        <source>What this round sends and receives is kept; the rest goes at the next sync</source>
        <translation>Những gì lượt này gửi và nhận được giữ lại; phần còn lại sẽ gửi ở lần đồng bộ sau</translation>
    </message>
</context>
</TS>
