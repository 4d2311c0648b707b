#include "ui/surveys/ItemTableModel.h"

namespace osiedle::ui {

void ItemTableModel::setItems(const QList<core::InstrumentItem>& items, const QHash<qint64, QString>& scaleNames)
{
    beginResetModel();
    m_items = items;
    m_scaleNames = scaleNames;
    endResetModel();
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const core::InstrumentItem& item = m_items[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Text) {
        QString tip = item.text;
        for (int i = 0; i < item.options.size(); ++i) {
            tip += QStringLiteral("\n%1) %2").arg(QChar(u'a' + i)).arg(item.options[i]);
        }
        return tip;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Number:
        return index.row() + 1;
    case Text:
        return item.text;
    case Kind:
        return core::label(item.kind);
    case Scale:
        return m_scaleNames.value(item.scaleId);
    case Scoring:
        if (item.kind == core::ItemKind::Choice) {
            return item.correct ? tr("right: %1)").arg(QChar(u'a' + *item.correct - 1)) : tr("no right answer");
        }
        return item.reversed ? tr("reversed") : QString();
    default:
        return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        return tr("No.");
    case Text:
        return tr("Question or statement");
    case Kind:
        return tr("Answered as");
    case Scale:
        return tr("Scale");
    case Scoring:
        return tr("Scoring");
    default:
        return {};
    }
}

} // namespace osiedle::ui
