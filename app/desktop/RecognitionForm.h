#pragma once

#include "RegistrationForm.h"

namespace hotich::desktop {

/// Đăng ký nhận cha, mẹ, con — in the order of the Tờ khai đăng ký nhận cha, mẹ, con: whether
/// the father or the mother is recognised and who asks, the parent, the child, the declarant, the
/// registration. A parent too young to be the child's is the core's to say, beside the date.
class RecognitionForm : public RegistrationForm
{
    Q_OBJECT

public:
    RecognitionForm(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

protected:
    /// The parent's sex is the role's: a father is a man (the ID number's check needs it).
    void completeRecord(QJsonObject &record) const override;
    /// The declarant, or the parent when nobody else filed it.
    QString applicantOf(const QJsonObject &record) const override;
};

} // namespace hotich::desktop
