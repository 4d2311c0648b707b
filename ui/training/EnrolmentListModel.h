#pragma once

#include "core/storage/EnrolmentRepository.h"

#include <QAbstractTableModel>

namespace osiedle::ui {

/// The participants enrolled on one course, with withdrawal, completion and certificate.
class EnrolmentListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Pesel, EnrolledOn, WithdrawnOn, Reason, CompletedOn, Certificate, ColumnCount };

    explicit EnrolmentListModel(core::Database& db, QObject* parent = nullptr);

    void load(qint64 courseId);
    void reload() { load(m_courseId); }
    const core::EnrolledParticipant& enrolmentAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Database& m_db;
    qint64 m_courseId = 0;
    QList<core::EnrolledParticipant> m_rows;
};

} // namespace osiedle::ui
