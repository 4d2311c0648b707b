#include "ui/surveys/InstrumentListModel.h"

namespace osiedle::ui {

void InstrumentListModel::setInstruments(const QList<core::InstrumentSummary>& list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

int InstrumentListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list[i].id == id) {
            return i;
        }
    }
    return -1;
}

int InstrumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int InstrumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstrumentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.size()) {
        return {};
    }
    const core::InstrumentSummary& s = m_list[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() >= Items && index.column() != Scales) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Answers && s.answerCount > 0) {
        return tr("In use: its items stay as they are; make a new version to change them.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return s.version > 1 && !s.name.contains(QString::number(s.version)) ? tr("%1 (v%2)").arg(s.name).arg(s.version)
                                                                             : s.name;
    case Kind:
        return core::label(s.kind);
    case Items:
        return s.itemCount;
    case Scales:
        return s.scaleNames.join(QStringLiteral(", "));
    case Rounds:
        return s.roundCount;
    case Answers:
        return s.answerCount;
    default:
        return {};
    }
}

QVariant InstrumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Items:
        return tr("Items");
    case Scales:
        return tr("Scales");
    case Rounds:
        return tr("Rounds");
    case Answers:
        return tr("Answers");
    default:
        return {};
    }
}

} // namespace osiedle::ui
