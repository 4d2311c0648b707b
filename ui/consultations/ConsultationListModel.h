#pragma once

#include "core/storage/ConsultationRepository.h"

#include <QAbstractTableModel>

namespace osiedle::ui {

/// The consultation log, or the list of open follow-ups, as a table.
class ConsultationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Adviser, SocialCoop, Participant, Area, Topic, Hours, Outcome, FollowUp, ColumnCount };

    explicit ConsultationListModel(core::Database& db, QObject* parent = nullptr);

    /// Shows the log with a filter.
    void showLog(const core::ConsultationFilter& filter);
    /// Shows the follow-ups not done, due on or before a date (invalid: all).
    void showFollowUps(const QDate& until);
    void reload();
    const core::ConsultationRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Database& m_db;
    bool m_followUps = false;
    core::ConsultationFilter m_filter;
    QDate m_until;
    QList<core::ConsultationRow> m_rows;
    QDate m_today; ///< the project's reference day: a follow-up before it is overdue
};

} // namespace osiedle::ui
