#pragma once

#include "RegistrationForm.h"

namespace hotich::desktop {

/// Đăng ký giám hộ — in the order of the Tờ khai đăng ký giám hộ: the guardian, the ward, whether
/// the guardianship is by law (đương nhiên) or appointed (cử), the registration. A guardian under
/// 18 is the core's to say, beside the guardian's date of birth.
class GuardianshipForm : public RegistrationForm
{
    Q_OBJECT

public:
    GuardianshipForm(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

protected:
    /// The guardian files it: the schema has no declarant.
    QString applicantOf(const QJsonObject &record) const override;
};

} // namespace hotich::desktop
