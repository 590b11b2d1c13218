#include "DiscardQuestion.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

void DiscardQuestion::ask(QWidget *parent, const QString &title, const QString &question,
                          const std::function<void()> &discard)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(u"discardQuestion"_s);
    box->button(QMessageBox::Discard)->setText(tr("&Discard"));
    box->button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, discard] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            discard();
    });
    box->open();
}

} // namespace hotich::desktop
