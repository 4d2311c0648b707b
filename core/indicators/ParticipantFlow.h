#pragma once

#include "core/indicators/IndicatorValue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace osiedle::core {

class Database;

/// One line of the participant flow table: a group of persons (everybody, or those of one
/// labour-market status at entry, age group at entry, education level or area) and, each split
/// K/M/O, how many of them started in the period, continue at its end, ended in it (of whom as
/// planned) and dropped out in it.
struct FlowRow {
    QString group;       ///< "total", "labour_status", "age", "education", "area"
    QString key;         ///< stable key within the group ("all", "long_term_unemployed", "15-24", ...)
    QString label;       ///< translated
    bool ofWhom = false; ///< a subgroup of the line above ("of whom long-term unemployed")
    IndicatorValue started;
    IndicatorValue continuing;
    IndicatorValue ended;
    IndicatorValue endedAsPlanned;
    IndicatorValue droppedOut;
};

class ProjectParticipants;

/// Computes the participant flow table of a period. Counts, like every person indicator, only
/// participants (ProjectParticipants) whose mandatory data is complete, so women + men = total
/// in every cell, and everyone who started is, on any day, either continuing or ended:
///   started     participation start within the period
///   continuing  started by the period's end and not ended by it
///   ended       participation ended within the period (on the later of its end date and its
///               start), whatever the recorded outcome; as planned = completion 'completed';
///               dropped out = completion 'dropped_out' (an end without an outcome is in
///               neither and is listed in the report's data quality)
/// Labour-market status is the status at entry ("unemployed" includes the long-term unemployed,
/// "inactive" those in education; ProjectParticipant::statusAtEntry); the age group is the age
/// at participation start.
class ParticipantFlow {
    Q_DECLARE_TR_FUNCTIONS(ParticipantFlow)

public:
    static QList<FlowRow> compute(const ProjectParticipants& people, const QDate& from, const QDate& to);
    /// The same, reading the participants. Throws StorageError.
    static QList<FlowRow> compute(Database& db, const QDate& from, const QDate& to);
};

} // namespace osiedle::core
