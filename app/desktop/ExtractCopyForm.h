#pragma once

#include "RegistrationForm.h"

class QSpinBox;

namespace hotich::desktop {

/// Cấp bản sao trích lục — a citizen's request for copies of a registered record's extract, from
/// the record: who asks (name, relationship, identity document), how many copies, what for, the
/// registration. Saved, the copy is printed from its own record (the copy's forms). Whether the
/// record may be copied (not voided) is the core's to say.
class ExtractCopyForm : public RegistrationForm
{
    Q_OBJECT

public:
    ExtractCopyForm(Session &session, RegisterJobs &jobs, const QUuid &source, QWidget *parent = nullptr);

protected:
    /// The number of copies, as a number.
    void completeRecord(QJsonObject &record) const override;

private:
    QSpinBox *m_copies = nullptr;
};

} // namespace hotich::desktop
