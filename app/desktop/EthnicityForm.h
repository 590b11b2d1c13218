#pragma once

#include "RegistrationForm.h"

namespace hotich::desktop {

/// Đăng ký xác định lại dân tộc — from a birth record: the ethnicity re-determined, the reason,
/// the requester, the registration. Whether the ethnicity may be re-determined (a parent's) is
/// the core's to say.
class EthnicityForm : public RegistrationForm
{
    Q_OBJECT

public:
    EthnicityForm(Session &session, RegisterJobs &jobs, const QUuid &birth, QWidget *parent = nullptr);
};

} // namespace hotich::desktop
