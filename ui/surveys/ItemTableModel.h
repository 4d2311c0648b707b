#pragma once

#include "core/domain/Instrument.h"

#include <QAbstractTableModel>
#include <QHash>

namespace osiedle::ui {

/// The items of the instrument being edited: number, text, how it is answered, the scale it
/// measures and how it scores (turned round, or its right answer).
class ItemTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Text, Kind, Scale, Scoring, ColumnCount };

    explicit ItemTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setItems(const QList<core::InstrumentItem>& items, const QHash<qint64, QString>& scaleNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::InstrumentItem> m_items;
    QHash<qint64, QString> m_scaleNames;
};

} // namespace osiedle::ui
