#pragma once

#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace osiedle::core {

/// One instalment of an agreement: its number (from 1), due date and amount.
struct Instalment {
    int seq = 0;
    QDate dueOn;
    Money amount;

    friend bool operator==(const Instalment&, const Instalment&) = default;
};

/// Money received towards the arrears (a payment, a payment from wages or a housing allowance),
/// as a positive amount.
struct Repayment {
    QDate date;
    Money amount;
};

/// An instalment as it stands on a date.
struct InstalmentState {
    Instalment instalment;
    Money paid;        ///< what of the payments counted so far went to this instalment
    QDate paidOn;      ///< the date it became fully paid; invalid while it is not
    bool overdue = false;
    int daysOverdue = 0;

    Money outstanding() const { return instalment.amount - paid; }
};

/// How an agreement stands on a date.
enum class PlanStanding {
    OnTrack,  ///< nothing overdue
    Overdue,  ///< an instalment is overdue, but none by more than 30 days: still kept, at risk
    NotKept,  ///< an instalment is more than 30 days overdue
    Paid,     ///< every instalment paid
};

/// The schedule of an instalment agreement and the application of payments to it (DOMAIN.md):
/// payments dated on or after the signing day (a payment made at the signing counts) are applied
/// to the oldest unpaid instalment first; payments before the signing do not count; an
/// overpayment goes to the next instalments and, beyond the total, is shown as a surplus.
/// An instalment is overdue on a date after its due date when the payments received by then do
/// not cover it. The plan is kept on a date when nothing is more than 30 days overdue
/// (30 days late: kept; 31: not kept). Pure value type.
class InstalmentSchedule {
    Q_DECLARE_TR_FUNCTIONS(InstalmentSchedule)

public:
    static constexpr int graceDays = 30;

    /// `count` equal monthly instalments from `firstDue` (same day of each month, or the month's
    /// last day), the remainder of the division on the last one.
    static QList<Instalment> equalInstalments(Money total, int count, const QDate& firstDue);
    /// Problems of a schedule for an agreement signed on `signedOn` for `total`: empty when fine.
    static QStringList problems(const QDate& signedOn, Money total, const QList<Instalment>& instalments);

    InstalmentSchedule(const QDate& signedOn, QList<Instalment> instalments, QList<Repayment> repayments);

    const QList<Instalment>& instalments() const { return m_instalments; }
    Money total() const;
    /// Payments that count (from the signing day up to and including `date`).
    Money paidBy(const QDate& date) const;
    /// What was due by `date` (instalments whose due date is on or before it).
    Money dueBy(const QDate& date) const;
    /// Each instalment on `date`.
    QList<InstalmentState> on(const QDate& date) const;
    /// Days the oldest overdue instalment is late on `date` (0 when none is overdue).
    int daysOverdue(const QDate& date) const;
    /// Sum of the overdue parts on `date`.
    Money overdueAmount(const QDate& date) const;
    /// Counted payments beyond the total.
    Money surplus(const QDate& date) const;
    PlanStanding standing(const QDate& date) const;
    bool kept(const QDate& date) const { return daysOverdue(date) <= graceDays; }

    static QString standingName(PlanStanding standing);

private:
    QDate m_signedOn;
    QList<Instalment> m_instalments;
    QList<Repayment> m_repayments; // sorted by date
};

} // namespace osiedle::core
