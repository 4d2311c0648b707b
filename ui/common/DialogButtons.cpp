#include "ui/common/DialogButtons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace osiedle::ui {

QDialogButtonBox* saveCancelButtons(QDialog* dialog, std::function<bool()> save)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, save = std::move(save)] {
        if (save()) {
            dialog->accept();
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, [dialog] { dialog->reject(); });
    return buttons;
}

} // namespace osiedle::ui
