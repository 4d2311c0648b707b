#pragma once

#include "core/common/Result.h"
#include "core/indicators/IndicatorReport.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ProjectParticipants;

/// Computes the indicator report of a period from the project file, in SQL over indexed
/// columns (one small query per indicator and day, never loading whole tables). Follows the
/// counting rules of DOMAIN.md: cumulative = value as of the period's last day; period value =
/// cumulative(to) − cumulative(from − 1 day); % of target = cumulative ÷ target × 100.
/// Rows come from the file's `indicator` table in sort_order; indicators without a rule in
/// this version (IndicatorRules) are listed in `notComputed` instead. Read-only: never writes
/// to the file. Not thread-safe (uses the Database's cached statements).
class IndicatorCalculator {
    Q_DECLARE_TR_FUNCTIONS(IndicatorCalculator)

public:
    explicit IndicatorCalculator(Database& db);

    /// The report of a period (a stored reporting period or a custom range). Errors: an
    /// invalid date, `from` after `to`, a storage failure.
    Result<IndicatorReport> compute(const ReportingPeriod& period);
    Result<IndicatorReport> compute(const QDate& from, const QDate& to)
    {
        return compute(ReportingPeriod::custom(from, to));
    }

    /// One indicator's cumulative value as of a day; nullopt for an indicator this version
    /// does not compute. Throws StorageError.
    std::optional<IndicatorValue> cumulativeAt(const QString& code, const QDate& day);

    /// What the bits of the participant_missing view mean, translated, in a fixed order
    /// (ParticipantCompleteness).
    static QStringList missingDataLabels(int mask);
    /// The same as stable keys for machine-readable output ("education", "consent_on", ...).
    static QStringList missingDataKeys(int mask);

private:
    /// Whether the code is the indicator of a scale of questionnaires (survey_scale).
    bool isScaleIndicator(const QString& code);
    IndicatorReport::Project readProject();
    static QList<IndicatorReport::MissingData> dataQuality(const ProjectParticipants& people, const QDate& to);

    Database& m_db;
};

} // namespace osiedle::core
