#include "ui/surveys/RoundListModel.h"

#include "core/common/DisplayFormat.h"

namespace osiedle::ui {

void RoundListModel::setRounds(const QList<core::SurveyRoundSummary>& rounds)
{
    beginResetModel();
    m_rounds = rounds;
    endResetModel();
}

int RoundListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rounds.size(); ++i) {
        if (m_rounds[i].round.id == id) {
            return i;
        }
    }
    return -1;
}

int RoundListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

int RoundListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rounds.size()) {
        return {};
    }
    const core::SurveyRoundSummary& s = m_rounds[index.row()];
    if (role == Qt::TextAlignmentRole && (index.column() == Respondents || index.column() == Forms)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Kind && s.round.anonymous) {
        return tr("Anonymous: the forms carry codes, not names");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Date:
        return core::shown::date(s.round.date);
    case Kind:
        return s.round.anonymous ? tr("%1 (anonymous)").arg(core::label(s.round.kind)) : core::label(s.round.kind);
    case Instrument:
        return s.instrumentName;
    case Group:
        return s.groupName;
    case Respondents:
        return s.respondents;
    case Forms:
        return s.formsReturned;
    case ComparedWith:
        return s.entryDate.isValid() ? tr("entry of %1").arg(core::shown::date(s.entryDate)) : QString();
    default:
        return {};
    }
}

QVariant RoundListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Round");
    case Instrument:
        return tr("Questionnaire or test");
    case Group:
        return tr("Course or OSS");
    case Respondents:
        return tr("Respondents");
    case Forms:
        return tr("Forms");
    case ComparedWith:
        return tr("Compared with");
    default:
        return {};
    }
}

} // namespace osiedle::ui
