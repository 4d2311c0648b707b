#pragma once

#include "core/common/Result.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace osiedle::core {

class Database;

/// How a participant's participation stands at the end of the report's period.
enum class CoopParticipation { NotStarted, InSupport, Completed, DroppedOut };

/// One member of the OSS in the per-OSS report (one line per person, whatever their roles).
struct CoopReportMember {
    std::optional<qint64> participantId; ///< none for a member who is not a project participant
    QString name;
    QStringList roles;       ///< translated, in the order of the membership rows
    QDate from;              ///< the earliest membership start
    std::optional<QDate> to; ///< none while a member on the period's end

    // Project participants only (left empty for the others):
    int sessionsMarked = 0; ///< attendance marks of sessions in the period
    int sessionsPresent = 0;
    std::optional<double> attendancePercent; ///< present minutes ÷ marked minutes × 100, one decimal
    int coursesCompleted = 0;                ///< courses whose threshold was reached by the period's end
    CoopParticipation participation = CoopParticipation::NotStarted;
    bool employedAtEnd = false; ///< employed by this OSS on the period's last day
    int minutesWorked = 0;      ///< on this OSS's work orders in the period
    bool hasDebtAccount = false;
    Money arrearsAtEntry;  ///< Σ opening entries of their accounts
    Money arrearsAtEnd;    ///< Σ balances on the period's last day
    Money repaidFromWages; ///< wage payments to their arrears in the period (positive)
};

/// The per-OSS report: its members, their attendance, completion, employment and arrears, and
/// the OSS's work orders and service-point sales in a period. A plain value.
struct CoopReport {
    qint64 socialCoopId = 0;
    QString name;
    QString krs;
    QString housingCoopName;
    QDate from;
    QDate to;

    QList<CoopReportMember> members; ///< sorted by name
    int participants = 0;            ///< members who are project participants
    int inSupport = 0;
    int completed = 0;
    int droppedOut = 0;
    int employedAtEnd = 0;                   ///< persons employed by the OSS on the last day (members or not)
    std::optional<double> attendancePercent; ///< over all members' marks in the period

    int orders = 0; ///< work orders ordered in the period, cancelled ones left out
    Money ordersNet;
    int ordersPaid = 0;
    Money ordersPaidNet;
    Money ordersUnpaidNet;
    int minutesWorked = 0; ///< on its work orders in the period, by anybody

    int sales = 0; ///< service-point sales in the period
    Money salesTotal;
    std::optional<QDate> servicePointOpenedOn;

    Money arrearsAtEntry; ///< of the members who are participants
    Money arrearsAtEnd;
    Money repaidFromWages;

    Money arrearsChange() const { return arrearsAtEnd - arrearsAtEntry; }
};

/// Computes CoopReport from the project file. Read-only.
class CoopReportCalculator {
    Q_DECLARE_TR_FUNCTIONS(CoopReportCalculator)

public:
    explicit CoopReportCalculator(Database& db) : m_db(db) {}

    /// The report of an OSS for [from, to]. Errors: no such OSS, a bad range, a storage failure.
    Result<CoopReport> compute(qint64 socialCoopId, const QDate& from, const QDate& to);

    static QString participationLabel(CoopParticipation participation);

private:
    void readMembers(CoopReport& report);
    void readParticipantFigures(CoopReport& report);
    void readOrdersAndSales(CoopReport& report);

    Database& m_db;
};

} // namespace osiedle::core
