#pragma once

#include "RegistrationForm.h"

class QLineEdit;

namespace hotich::desktop {

class DateField;
class DateWordsEditor;

/// Đăng ký khai tử — the death form, in the order of the paper Trích lục khai tử: the deceased,
/// the time, place and cause of death (the date also in words), the death notice or the paper
/// that stands for it, the declarant, the registration. The law's 15 days, a death after the
/// registration date or before the birth are the core's to say, beside the field.
class DeathForm : public RegistrationForm
{
    Q_OBJECT

public:
    DeathForm(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

protected:
    /// The time of death (hours and minutes) joins its date: "2026-11-01T14:30"; the date's words,
    /// when the officer edited them, go as "dateWords".
    void completeRecord(QJsonObject &record) const override;

private:
    DateField *m_deathDate = nullptr;
    DateWordsEditor *m_deathWords = nullptr;
    QLineEdit *m_deathTime = nullptr;
};

} // namespace hotich::desktop
