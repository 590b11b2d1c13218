#pragma once

#include "RegistrationForm.h"
#include "registry/DraftCheck.h"

class QGroupBox;
class QTableWidget;

namespace hotich::desktop {

class PersonFields;

/// Đăng ký khai sinh — the birth form, in the order of the paper Giấy khai sinh: the child, the
/// mother, the father, the declarant, the registration. The date of birth is shown in words;
/// before saving, births already registered with the same name, date of birth and mother are
/// shown beside this one, and saving again registers it anyway. What every form does (the core's
/// messages as the officer types, saving off the GUI thread, Enter and Escape) is RegistrationForm's.
class BirthForm : public RegistrationForm
{
    Q_OBJECT

public:
    BirthForm(Session &session, RegisterJobs &jobs, QWidget *parent = nullptr);

    /// The suspected duplicates on screen (empty when the panel is hidden).
    QList<DuplicateCandidate> shownDuplicates() const { return m_candidates; }

protected:
    void readyToWrite(const QJsonObject &record) override;
    void changed() override;
    bool escapeTaken() override;

private:
    void showDuplicates(const QJsonObject &record, const Result<QList<DuplicateCandidate>> &found);
    void hideDuplicates();

    PersonFields *m_child = nullptr;
    QGroupBox *m_duplicates = nullptr;
    QTableWidget *m_duplicateTable = nullptr;
    QList<DuplicateCandidate> m_candidates;
    QJsonObject m_confirmedDuplicates; ///< the record the officer saw the duplicates of
};

} // namespace hotich::desktop
