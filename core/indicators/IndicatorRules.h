#pragma once

#include "core/indicators/IndicatorValue.h"
#include "core/indicators/ProjectParticipants.h"

#include <QDate>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace osiedle::core {

class Database;

/// What the rules of one computation share: the file, the days asked (usually the day before a
/// period and its last day) and what more than one rule reads, read once for all the days.
class RuleDays {
public:
    RuleDays(Database& db, std::vector<QDate> days);
    ~RuleDays();

    Database& db() const { return m_db; }
    const std::vector<QDate>& days() const { return m_days; }
    /// The latest of the days.
    QDate lastDay() const;

    /// Who is a participant and from when (read on first use).
    const ProjectParticipants& participants();

    /// A participant's arrears on each of the days, over their debt accounts opened by that day
    /// (grosze): what they owed at entry, and what they owe on the day, max(0, balance) per
    /// account. Ledger entries dated before the project start are left out.
    struct Arrears {
        const ProjectParticipant* person = nullptr;
        std::vector<qint64> atEntry; ///< one per day
        std::vector<qint64> onDay;   ///< one per day
    };
    /// Every participant with a debt account (read on first use).
    const std::vector<Arrears>& arrears();

private:
    Database& m_db;
    std::vector<QDate> m_days;
    std::unique_ptr<ProjectParticipants> m_participants;
    std::optional<std::vector<Arrears>> m_arrears;
};

/// How one indicator is computed from the data: its cumulative value as of a day (counted from
/// the project start, both ends inclusive). Everything else of the report (period value,
/// % of target) follows from it in IndicatorCalculator, so the counting rules of DOMAIN.md
/// hold for every indicator by construction.
struct IndicatorRule {
    QString code;
    bool splitBySex = false;
    /// The cumulative value on each of the days, in their order; throws StorageError. Most rules
    /// run one SQL query over indexed columns per day; the arrears rules share one pass over
    /// the ledger for all the days.
    std::function<std::vector<IndicatorValue>(RuleDays& days)> valuesOn;

    /// The cumulative value on one day.
    IndicatorValue cumulativeAt(Database& db, const QDate& asOf) const;
};

/// The indicators this version computes. Adding an indicator = adding one function and one
/// line to the list in IndicatorRules.cpp.
class IndicatorRules {
public:
    static const std::vector<IndicatorRule>& all();
    /// nullptr for a code without a rule.
    static const IndicatorRule* find(const QString& code);
    /// The rule of the indicator "participants whose <scale> improved" of a scale the office
    /// added (survey_scale.indicator_code = code); the built-in scales' rules are in all().
    static IndicatorRule scale(const QString& code);
    /// The rule of an indicator whose values the office types per reporting period
    /// (indicator.manual = 1): the sum of the values of the periods ending on or before the day.
    static IndicatorRule manual(const QString& code, bool splitBySex);
};

} // namespace osiedle::core
