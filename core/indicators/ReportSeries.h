#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace osiedle::core {

class Database;

/// Where participants stand on a day (the participants-by-status chart). Every recruited
/// person is in at most one state; those rejected, not eligible or resigned before support
/// are in none.
struct StatusCounts {
    int candidates = 0; ///< recruited, not (yet) qualified and not turned down
    int qualified = 0;  ///< qualified, support not started yet
    int inSupport = 0;  ///< support started, participation not ended
    int completed = 0;  ///< participation ended as planned
    int droppedOut = 0; ///< participation ended early (or ended without a recorded outcome)

    int total() const { return candidates + qualified + inSupport + completed + droppedOut; }
    friend bool operator==(const StatusCounts&, const StatusCounts&) = default;
};

/// Work-order value of one OSS (or of the other OSS together, `socialCoopId` 0) per month.
struct CoopOrderSeries {
    qint64 socialCoopId = 0;
    QString name;
    QList<qint64> values; ///< net grosze of the orders accepted in each month (cancelled left out)

    qint64 sum() const;
};

/// The monthly series behind the report's charts, from the project start (at most
/// ReportSeries::maxMonths months back) to the period's end. Month i covers
/// months[i] (its first day) up to points[i] (its last day, or the period's end in the last
/// month); the states are taken on points[i].
struct ReportSeries {
    static constexpr int maxMonths = 60;

    QList<QDate> months;
    QList<QDate> points;
    QList<StatusCounts> status;
    /// The participants' arrears on points[i] (grosze), as the indicators count them: of the
    /// participants with complete data who started by that day, max(0, balance) of each account
    /// opened by it, ledger entries before the project start left out. So arrears at entry
    /// minus this is ARREARS_REPAID.
    QList<qint64> arrears;
    /// The OSS with the highest order value first; after `maxCoops` of them, one line "other
    /// social cooperatives" sums the rest. OSS without an accepted order are left out.
    QList<CoopOrderSeries> orders;

    bool isEmpty() const { return months.isEmpty(); }
};

/// Computes ReportSeries from the project file. Read-only; throws StorageError.
class ReportSeriesCalculator {
    Q_DECLARE_TR_FUNCTIONS(ReportSeriesCalculator)

public:
    explicit ReportSeriesCalculator(Database& db) : m_db(db) {}

    /// The series up to `to`, starting with the month of the project start (or of `from` when
    /// the project has no start date or starts later). `maxCoops` OSS get their own line.
    ReportSeries compute(const QDate& from, const QDate& to, int maxCoops = 7);

    /// The participants' states on one day (the same rules as the series).
    StatusCounts statusOn(const QDate& day);

private:
    struct Person;
    QList<Person> readPeople();
    QList<qint64> arrearsAt(const QList<QDate>& months, const QList<QDate>& points);
    QList<CoopOrderSeries> ordersIn(const QList<QDate>& months, const QList<QDate>& points, int maxCoops);

    Database& m_db;
};

} // namespace osiedle::core
