#include "ExtractCopyForm.h"

#include "PersonFields.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

using F = PersonFields::Field;

} // namespace

ExtractCopyForm::ExtractCopyForm(Session &session, RegisterJobs &jobs, const QUuid &source, QWidget *parent)
    : RegistrationForm(session, jobs, u"extractCopy"_s, tr("Extract copy"),
                       tr("Discard what was typed in this request for copies?"), parent)
{
    setObjectName(u"extractCopyForm"_s);
    setAmends(source, u"source"_s);
    // Created in the order of the request form, which is the tab order.
    auto *requester = new PersonFields(u"requester"_s, tr("The requester"),
                                       {F::FullName, F::Relationship, F::IdDocument}, content());
    addPerson(requester);
    QGroupBox *copy = nullptr;
    QFormLayout *form = makeGroup(tr("The copies"), u"copyFields"_s, &copy);
    m_copies = new QSpinBox(copy);
    m_copies->setRange(1, 20); // a counter's request, not a print run
    m_copies->setValue(1);
    addField(form, u"copies"_s, tr("Number of copies"), m_copies, false);
    addField(form, u"purpose"_s, tr("Purpose"), new QLineEdit(copy));
    QGroupBox *registration = makeRegistrationGroup();

    QGridLayout *grid = twoColumns();
    grid->addWidget(requester, 0, 0);
    grid->addWidget(copy, 0, 1);
    grid->addWidget(registration, 1, 1);
    endColumns(grid);
    setFirstField(requester->input(F::FullName));
}

void ExtractCopyForm::completeRecord(QJsonObject &record) const
{
    record.insert(u"copies"_s, m_copies->value());
}

} // namespace hotich::desktop
