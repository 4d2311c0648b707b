#include "ui/common/ChoiceItems.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QStandardItemModel>
#include <algorithm>
#include <functional>

namespace osiedle::ui {

namespace {

/// How many of the longest texts are measured: a text many characters shorter than the longest
/// is never the widest.
constexpr qsizetype measured = 50;

int widest(const QComboBox& combo, const QList<ChoiceItem>& items)
{
    QList<qsizetype> lengths;
    lengths.reserve(items.size());
    for (const ChoiceItem& item : items) {
        lengths.append(item.text.size());
    }
    qsizetype shortestMeasured = 0;
    if (lengths.size() > measured) {
        std::nth_element(lengths.begin(), lengths.begin() + (measured - 1), lengths.end(), std::greater<>());
        shortestMeasured = lengths.at(measured - 1);
    }
    int width = 0;
    for (const ChoiceItem& item : items) {
        if (item.text.size() >= shortestMeasured) {
            width = std::max(width, combo.fontMetrics().horizontalAdvance(item.text));
        }
    }
    return width;
}

} // namespace

void replaceChoices(QComboBox& combo, const QList<ChoiceItem>& items, int margin, int maxWidth)
{
    combo.clear();
    if (auto* model = qobject_cast<QStandardItemModel*>(combo.model())) {
        QList<QStandardItem*> rows;
        rows.reserve(items.size());
        for (const ChoiceItem& choice : items) {
            auto* item = new QStandardItem(choice.text);
            item->setData(choice.data, Qt::UserRole);
            item->setData(choice.text, Qt::ToolTipRole);
            rows.append(item);
        }
        model->invisibleRootItem()->appendRows(rows);
    } else {
        for (const ChoiceItem& choice : items) { // a box given a model of another kind
            combo.addItem(choice.text, choice.data);
            combo.setItemData(combo.count() - 1, choice.text, Qt::ToolTipRole);
        }
    }
    combo.view()->setMinimumWidth(std::min(widest(combo, items) + margin, maxWidth));
}

void keepWidth(QComboBox& combo, int characters)
{
    combo.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo.setMinimumContentsLength(characters);
}

} // namespace osiedle::ui
