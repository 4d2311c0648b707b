#pragma once

#include "core/storage/InstrumentRepository.h"

#include <QAbstractTableModel>

namespace osiedle::ui {

/// The questionnaires and tests of the file: name, kind, items, scales, rounds, answers.
class InstrumentListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, Items, Scales, Rounds, Answers, ColumnCount };

    explicit InstrumentListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setInstruments(const QList<core::InstrumentSummary>& list);
    const core::InstrumentSummary& instrumentAt(int row) const { return m_list.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::InstrumentSummary> m_list;
};

} // namespace osiedle::ui
