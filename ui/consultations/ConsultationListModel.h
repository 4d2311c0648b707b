#pragma once

#include "core/storage/ConsultationRepository.h"

#include <QAbstractTableModel>

namespace osiedle::ui {

/// The consultation log, or the list of open follow-ups, as a table.
class ConsultationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Adviser, SocialCoop, Participant, Area, Topic, Hours, Outcome, FollowUp, ColumnCount };

    explicit ConsultationListModel(QObject* parent = nullptr);

    /// Shows rows read elsewhere (the section reads them off the window's thread); a follow-up
    /// due before `today` (the project's reference day) is shown overdue.
    void setRows(QList<core::ConsultationRow> rows, const QDate& today);
    const core::ConsultationRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::ConsultationRow> m_rows;
    QDate m_today; ///< the project's reference day: a follow-up before it is overdue
};

} // namespace osiedle::ui
