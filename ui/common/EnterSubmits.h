#pragma once

#include <QList>

class QAbstractButton;
class QWidget;

namespace osiedle::ui {

/// Makes Enter (Return or the number pad's) in any of `fields` press `button`: a one-line entry
/// form under a list (a ledger entry, a stage, hours worked) is posted from the keyboard as it
/// is typed, whichever of its fields holds the cursor. A disabled or hidden button is not
/// pressed; an open list of a combo box or an open calendar keeps Enter to choose with.
void enterSubmits(const QList<QWidget*>& fields, QAbstractButton* button);

} // namespace osiedle::ui
