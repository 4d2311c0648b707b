#pragma once

#include "core/common/Result.h"
#include "core/indicators/IndicatorReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace osiedle::core {

class Database;

/// One cell of a locked period's report whose value the data now gives differently.
struct LockDifference {
    enum Part { Target, Period, Cumulative, Started, Continuing, Ended, EndedAsPlanned, DroppedOut };

    bool flow = false; ///< a cell of the participant flow table (else of the indicator table)
    int row = -1;      ///< index in the report's rows/flow; -1: an indicator added after locking
    QString code;      ///< the indicator's code, or the flow line's "group/key"
    QString name;      ///< the indicator's name or the flow line's label
    Part part = Period;
    int cell = 0;       ///< 0 total (O), 1 women (K), 2 men (M)
    bool money = false; ///< grosze
    std::optional<qint64> locked;
    std::optional<qint64> now;

    /// now − locked; none when either side does not apply.
    std::optional<qint64> difference() const
    {
        return locked && now ? std::optional<qint64>(*now - *locked) : std::nullopt;
    }
    /// Translated: "In the period W", "Started T" (Polish: K, O), ...
    QString columnName() const;
    /// Stable: "period.women", "started.total", ...
    QString columnKey() const;
};

/// A participant whose mandatory data was complete when the period was locked and is not now,
/// or the other way round: the reason a person count of a locked period changed.
struct LockQualityChange {
    qint64 participantId = 0;
    QString name;            ///< "Last First"
    QStringList missingThen; ///< what was missing when locked (empty: complete then)
    QStringList missingNow;  ///< what is missing now (empty: complete now)
    int maskThen = 0;        ///< the same as bits of the participant_missing view
    int maskNow = 0;
};

/// The report of a locked period: kept as it was computed when the period was locked, and
/// compared with what the data gives now (DOMAIN.md: a later change is shown as a difference,
/// never silently).
class LockedReport {
    Q_DECLARE_TR_FUNCTIONS(LockedReport)

public:
    /// The report as stored in reporting_period.locked_report (compact JSON holding the rows,
    /// the flow table, the data quality and the indicators not computed).
    static QByteArray snapshot(const IndicatorReport& report);
    /// Reads a snapshot back (project and period are left empty). Error when it is damaged.
    static Result<IndicatorReport> restore(const QByteArray& snapshot);

    /// `locked` (as restored) shown for the period of `now`, with `now`'s values beside it.
    static IndicatorReport compare(const IndicatorReport& now, const IndicatorReport& locked,
                                   const QDateTime& lockedOn);
    /// Every cell where the data now differs from the locked report, in table order (empty for
    /// an open period, or when nothing changed).
    static QList<LockDifference> differences(const IndicatorReport& report);
    /// The participants whose data-quality entry differs between the locked report and now,
    /// by name.
    static QList<LockQualityChange> qualityChanges(const IndicatorReport& report);

    /// The report of a period as the user should see it: computed now for an open period or a
    /// custom range; for a locked period the locked report compared with the data now.
    static Result<IndicatorReport> compute(Database& db, const ReportingPeriod& period);
};

} // namespace osiedle::core
