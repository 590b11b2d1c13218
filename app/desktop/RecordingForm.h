#pragma once

#include "RegistrationForm.h"

namespace hotich::desktop {

/// Ghi vào Sổ hộ tịch — a court's or an authority's decision, or an event registered abroad,
/// recorded in the register: the kind of recording, the person, the other party (a former
/// spouse, an adopted child …), the decision (number, issuer, date), its content, the
/// registration. A decision dated after the registration is the core's to say.
class RecordingForm : public RegistrationForm
{
    Q_OBJECT

public:
    RecordingForm(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

protected:
    /// The person recorded files it: the schema has no declarant.
    QString applicantOf(const QJsonObject &record) const override;
};

} // namespace hotich::desktop
