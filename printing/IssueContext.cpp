#include "IssueContext.h"

#include "reference/AdministrativeUnits.h"

namespace hotich::printing {

IssueContext IssueContext::forOffice(const OfficeInfo &office, QDate issueDate, Signer signer)
{
    IssueContext c;
    c.officeName = office.name;
    c.issueDate = issueDate;
    c.signer = std::move(signer);
    c.words = office.words;
    const auto &units = reference::AdministrativeUnits::instance().validOn(issueDate);
    if (const auto *unit = units.find(office.code)) {
        c.officePlace = unit->name;
        if (const auto *province = units.find(unit->provinceCode))
            c.provinceName = province->fullName;
    }
    if (c.officePlace.isEmpty())
        c.officePlace = office.name;
    return c;
}

} // namespace hotich::printing
