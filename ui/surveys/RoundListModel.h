#pragma once

#include "core/storage/SurveyRoundRepository.h"

#include <QAbstractTableModel>

namespace osiedle::ui {

/// The rounds of questionnaires and tests: date, kind, instrument, group, respondents, forms
/// returned, and for an exit round the entry round it is compared with.
class RoundListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Kind, Instrument, Group, Respondents, Forms, ComparedWith, ColumnCount };

    explicit RoundListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setRounds(const QList<core::SurveyRoundSummary>& rounds);
    const core::SurveyRoundSummary& roundAt(int row) const { return m_rounds.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::SurveyRoundSummary> m_rounds;
};

} // namespace osiedle::ui
