#pragma once

#include <QDate>

namespace osiedle::core {

class Database;

/// The counts of the dashboard's "needs attention" list, each one small indexed query.
/// Throws StorageError.
class DashboardRepository {
public:
    explicit DashboardRepository(Database& db) : m_db(db) {}

    /// Participants whose mandatory monitoring data is incomplete (participant_missing <> 0).
    int incompleteParticipants();
    /// Work orders past their due date on `today` that are not completed nor cancelled.
    int overdueWorkOrders(const QDate& today);
    /// Consultations whose follow-up is not done and falls on or before `today`.
    int followUpsDue(const QDate& today);

private:
    Database& m_db;
};

} // namespace osiedle::core
