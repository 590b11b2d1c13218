#include "PrinterList.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPrinterInfo>

namespace hotich::desktop {

bool listPrinters(QComboBox *box)
{
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    box->addItems(printers);
    if (const QString preferred = QPrinterInfo::defaultPrinterName(); !preferred.isEmpty())
        box->setCurrentText(preferred);
    if (printers.isEmpty())
        box->addItem(QCoreApplication::translate("PrinterList", "(no printer on this computer)"));
    return !printers.isEmpty();
}

} // namespace hotich::desktop
