#pragma once

#include "RegistrationForm.h"

namespace hotich::desktop {

/// Đăng ký kết hôn — the marriage form, in the order of the paper Giấy chứng nhận kết hôn: the
/// wife first, then the husband (each: name, date of birth, ethnicity, nationality, residence,
/// identity document), then the registration. The ages the law asks (20 for the man, 18 for the
/// woman, on the registration date) are the core's to check, beside the date of birth; whether
/// either is married already is checked against the register when saving.
class MarriageForm : public RegistrationForm
{
    Q_OBJECT

public:
    MarriageForm(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

protected:
    /// Each spouse's sex is their role on the certificate, not a field to type.
    void completeRecord(QJsonObject &record) const override;
    /// Both spouses come to the counter: the file is theirs.
    QString applicantOf(const QJsonObject &record) const override;
};

} // namespace hotich::desktop
