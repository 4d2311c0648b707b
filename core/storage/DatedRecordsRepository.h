#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace osiedle::core {

class Database;

/// Records of one kind dated outside a range of days: how many, and the first few of them.
struct OutsideRecords {
    QString kind; ///< translated, plural: "training sessions"
    qint64 count = 0;
    QStringList examples; ///< up to three, earliest first: "Kowalska Anna (12.09.2010)"
};

/// The project's dated activities (support given, cooperatives founded, orders, plans,
/// products, events) that fall outside a range of days: what a change of the project's dates
/// would leave outside the project. Reporting periods are not among them (PeriodPlan fits
/// those). Read-only; throws StorageError.
class DatedRecordsRepository {
    Q_DECLARE_TR_FUNCTIONS(DatedRecordsRepository)

public:
    static constexpr int examplesShown = 3;

    explicit DatedRecordsRepository(Database& db) : m_db(db) {}

    /// Each kind with at least one record before `from` or after `to`, in a fixed order.
    QList<OutsideRecords> outside(const QDate& from, const QDate& to);

private:
    Database& m_db;
};

} // namespace osiedle::core
