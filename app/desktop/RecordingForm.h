#pragma once

#include "RegistrationForm.h"

class QComboBox;

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

    /// Opened from a marriage: the recording of its divorce or annulment. The record names the
    /// marriage ("relatedRecord"), so the register ends it; the kinds offered are those two, and
    /// the spouses come filled in from the marriage (the husband as the person recorded).
    void recordEndOf(const QUuid &marriage);

protected:
    /// The person recorded files it: the schema has no declarant.
    QString applicantOf(const QJsonObject &record) const override;

private:
    QComboBox *m_type = nullptr;
    PersonFields *m_subject = nullptr;
    PersonFields *m_otherParty = nullptr;
};

} // namespace hotich::desktop
