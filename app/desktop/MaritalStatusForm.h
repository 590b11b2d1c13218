#pragma once

#include "RegistrationForm.h"

class QCheckBox;

namespace hotich::desktop {

/// Xác nhận tình trạng hôn nhân — in the order of the Tờ khai cấp Giấy xác nhận tình trạng hôn
/// nhân: the person, the period of residence it covers, the status (and the spouse when married),
/// the purpose and whether it is for a marriage, the requester, the registration. A married status
/// without a spouse, a period that ends before it starts, a status the register contradicts are
/// the core's to say.
class MaritalStatusForm : public RegistrationForm
{
    Q_OBJECT

public:
    MaritalStatusForm(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

protected:
    /// "For a marriage" is a yes or no, not a text.
    void completeRecord(QJsonObject &record) const override;
    /// The requester, or the person when they came themselves.
    QString applicantOf(const QJsonObject &record) const override;

private:
    QCheckBox *m_forMarriage = nullptr;
};

} // namespace hotich::desktop
