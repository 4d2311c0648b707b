#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class QComboBox;

namespace osiedle::ui {

/// One item of a choice box: its text and the data it stands for (Qt::UserRole, as addItem).
struct ChoiceItem {
    QString text;
    QVariant data;
};

/// Replaces the items of `combo` with `items` in one change, each with its text as its tooltip.
/// A project lists thousands of courses or participants: added one by one, each was announced to
/// the box and its list. The list that opens is at least as wide as the widest text plus
/// `margin`, at most `maxWidth` pixels; the widest is sought among the longest texts only.
void replaceChoices(QComboBox& combo, const QList<ChoiceItem>& items, int margin, int maxWidth);

/// Makes `combo` as wide as `characters` characters whatever its items: a box listing a thousand
/// cooperatives otherwise measured every name to size itself (its list still opens wider, see
/// replaceChoices).
void keepWidth(QComboBox& combo, int characters);

} // namespace osiedle::ui
