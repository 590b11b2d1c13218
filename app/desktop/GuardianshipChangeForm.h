#pragma once

#include "RegistrationForm.h"

namespace hotich::desktop {

/// Đăng ký thay đổi giám hộ — from a guardianship record: the new guardian, the reason, the
/// registration. A new guardian under 18, or registered as dead, is the core's to say.
class GuardianshipChangeForm : public RegistrationForm
{
    Q_OBJECT

public:
    GuardianshipChangeForm(Session &session, RegisterJobs &jobs, const QUuid &guardianship,
                           QWidget *parent = nullptr);
};

} // namespace hotich::desktop
