#include "GuardianshipEndForm.h"

#include "DateField.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

GuardianshipEndForm::GuardianshipEndForm(Session &session, RegisterJobs &jobs, const QUuid &guardianship,
                                         QWidget *parent)
    : RegistrationForm(session, jobs, u"guardianshipEnd"_s, tr("End of the guardianship"),
                       tr("Discard what was typed in this end of the guardianship?"), parent)
{
    setObjectName(u"guardianshipEndForm"_s);
    setAmends(guardianship);
    QGroupBox *end = nullptr;
    QFormLayout *endForm = makeGroup(tr("The end of the guardianship"), u"guardianshipEndFields"_s, &end);
    auto *reason = new QLineEdit(end);
    addField(endForm, u"reason"_s, tr("Reason for the end"), reason);
    addField(endForm, u"endDate"_s, tr("Date the guardianship ends"),
             new DateField(DateField::Precision::FullOnly, end));
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(end, 0, 0);
    grid->addWidget(registration, 0, 1);
    endColumns(grid);
    setFirstField(reason);
}

} // namespace hotich::desktop
