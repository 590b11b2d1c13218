#pragma once

#include "RegistrationForm.h"

namespace hotich::desktop {

/// Đăng ký chấm dứt giám hộ — from a guardianship record: the reason and the date it ends, the
/// registration. An end after the registration date is the core's to say.
class GuardianshipEndForm : public RegistrationForm
{
    Q_OBJECT

public:
    GuardianshipEndForm(Session &session, RegisterJobs &jobs, const QUuid &guardianship,
                        QWidget *parent = nullptr);
};

} // namespace hotich::desktop
