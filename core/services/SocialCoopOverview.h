#pragma once

#include "core/domain/FoundingPath.h"
#include "core/storage/CooperationAgreementRepository.h"
#include "core/storage/WorkOrderRepository.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// The key figures of one OSS on a day: what its card and the health panel show.
struct SocialCoopSummary {
    qint64 id = 0;
    QString name;
    QString housingCoopName;
    SocialCoopStatus stage = SocialCoopStatus::Founding;
    int stepsDone = 0;
    int stepsTotal = 0;
    int members = 0;
    int membersOutsideEligibleGroups = 0;
    int employed = 0;
    std::optional<QDate> agreementSignedOn;
    std::optional<QDate> inauguratedOn;
    std::optional<QDate> servicePointOpenedOn;
    WorkOrderTotals ordersMonth; ///< orders dated in the month of the day
    WorkOrderTotals ordersYear;  ///< orders dated in its year up to the day
    Money salesMonth;
    Money salesYear;
    int minutesMonth = 0;
    int minutesYear = 0;
    int overdueOrders = 0;
    QString memberShareWarning;
};

/// One month of the card's charts.
struct SocialCoopMonth {
    QDate month; ///< first day
    Money orders;
    Money sales;
    int employed = 0; ///< members employed on the month's last day (or on the day, this month)
    int minutes = 0;
};

/// Reads the figures of the OSS card and the health panel. Read only; throws StorageError.
class SocialCoopOverview {
public:
    explicit SocialCoopOverview(Database& db) : m_db(db) {}

    SocialCoopSummary summary(qint64 socialCoopId, const QDate& today) const;
    /// All OSS, sorted by name.
    QList<SocialCoopSummary> all(const QDate& today) const;
    /// The months from `from` to `today`.
    QList<SocialCoopMonth> months(qint64 socialCoopId, const QDate& from, const QDate& today) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
