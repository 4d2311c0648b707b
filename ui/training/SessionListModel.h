#pragma once

#include "core/storage/SessionRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace osiedle::ui {

/// The sessions of one course, in date order, with how many were present.
class SessionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Day, Time, Hours, Topic, Trainer, Present, ColumnCount };

    explicit SessionListModel(core::Database& db, QObject* parent = nullptr);

    void load(qint64 courseId);
    void reload() { load(m_courseId); }
    const core::Session& sessionAt(int row) const { return m_sessions.at(row); }
    int scheduledMinutes() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Database& m_db;
    qint64 m_courseId = 0;
    QList<core::Session> m_sessions;
    QHash<qint64, int> m_present;
};

} // namespace osiedle::ui
