#pragma once

#include "core/domain/Enums.h"
#include "core/indicators/IndicatorValue.h"
#include "core/indicators/ParticipantFlow.h"
#include "core/indicators/ReportingPeriod.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace osiedle::core {

/// The indicator report of one period, computed once by IndicatorCalculator and then rendered
/// as the printed document, the on-screen table and chart, JSON and CSV. A plain value: it
/// holds no reference to the database.
struct IndicatorReport {
    /// The header of the printed report (from the project's settings).
    struct Project {
        QString programme;
        QString priority;
        QString measure;
        QString region;
        QString contractNumber;
        QString title;
        QString beneficiary;
        QDate start;
        QDate end;
        /// The beneficiary's address and register numbers (each may be empty).
        QString beneficiaryAddress;
        QString beneficiaryNip;
        QString beneficiaryRegon;
        /// The names of the project's partners other than its leader, in the order entered.
        QStringList partners;
        /// Where the office signs, and who signs when the period names nobody (the default
        /// signatory: name and the role printed under the signature).
        QString place;
        QString signatoryName;
        QString signatoryRole;
    };

    /// One line of the indicator table.
    struct Row {
        QString code;
        QString name;
        QString objective;
        QString unit;
        IndicatorKind kind = IndicatorKind::Product;
        bool money = false;      ///< cells are grosze
        bool splitBySex = false; ///< women/men cells are filled
        IndicatorTarget target;
        IndicatorValue period;     ///< cumulative(to) − cumulative(from − 1 day); may be negative
        IndicatorValue cumulative; ///< as of the period's last day, from the project start
        /// cumulative ÷ target × 100 rounded to one decimal; none without a (non-zero) target.
        std::optional<double> percentOfTarget;
    };

    /// A participant who would count but whose mandatory data is incomplete.
    struct MissingData {
        qint64 participantId = 0;
        QString firstName;
        QString lastName;
        QDate participationStart;
        int missingMask = 0; ///< the bits of the participant_missing view
        QStringList missing; ///< what is missing, translated, in a fixed order
    };

    /// A record the indicators leave out, or a participant record that goes against the counting
    /// rules (DOMAIN.md, "Who and when, precisely"): listed in the report's data-quality section
    /// so that every number can be explained.
    struct DataProblem {
        enum class Kind {
            BeforeProject,    ///< dated before the project start: counted by no indicator
            StartMismatch,    ///< an imported start date that is not the first support recorded
            EndWithoutReason, ///< a participation end without its outcome (completed / dropped out)
            NoConsent,        ///< a person's data held without a recorded consent to its processing
            ConsentWithdrawn  ///< a person who withdrew the consent (date: the withdrawal)
        };
        Kind kind = Kind::BeforeProject;
        /// The kind of record, a stable key (DataProblems::recordKeys): "housing_coop",
        /// "consultation", "ledger_entry", ...; "participant" for the participant problems.
        QString record;
        qint64 recordId = 0; ///< the record's id (for ledger entries the account's, for attendance the person's)
        QString name;        ///< who or what, as a person reads it ("SM Zacisze", "Kowalski Jan")
        /// BeforeProject: the record's (earliest) date; StartMismatch: the start date given;
        /// EndWithoutReason: the end date; NoConsent: the recruitment date (if any);
        /// ConsentWithdrawn: the day of the withdrawal.
        QDate date;
        QDate recordedStart; ///< StartMismatch: the first support recorded (invalid: none)

        friend bool operator==(const DataProblem&, const DataProblem&) = default;
    };

    Project project;
    ReportingPeriod period;
    QList<Row> rows;
    QList<MissingData> dataQuality;
    /// What the indicators leave out or that goes against the rules (all of the file, not only
    /// the period), in a fixed order: by kind, then date.
    QList<DataProblem> dataProblems;
    /// The participant flow table of the period (ParticipantFlow): the total line first.
    QList<FlowRow> flow;
    /// Indicators of the file's catalogue that this version does not compute yet (not in rows).
    QStringList notComputed;

    /// Set for the report of a locked period (LockedReport::compute): then `rows`, `flow`,
    /// `dataQuality` and `notComputed` are those stored when the period was locked, and this
    /// holds what the data gives now, so that a change is shown, never applied silently.
    struct Lock {
        QDateTime lockedOn;
        /// The indicator rows computed now, one per locked row (nullopt: the indicator is gone).
        QList<std::optional<Row>> now;
        /// Indicators that exist now but were not in the locked report.
        QList<Row> added;
        /// The flow table computed now, one per locked line (nullopt: the line is gone).
        QList<std::optional<FlowRow>> flowNow;
        /// The data-quality list computed now (who is not counted for missing data today).
        QList<MissingData> dataQualityNow;
    };
    std::optional<Lock> lock;
};

} // namespace osiedle::core
