#pragma once

#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// The kind of a ledger entry of a tenant's debt account. Stored keys are the schema's CHECK
/// values of debt_entry.kind.
enum class DebtEntryKind {
    Opening,          ///< the arrears at entry into the project (first entry of an account)
    Charge,           ///< the monthly charge (opłata / czynsz)
    Payment,          ///< a payment by the tenant
    WagePayment,      ///< a payment from OSS wages (working off arrears)
    HousingAllowance, ///< housing allowance (dodatek mieszkaniowy) credited
    WriteOff,         ///< arrears written off (umorzenie)
    Interest,         ///< late-payment interest charged
    Correction,       ///< a correction either way, always with a note
};

/// Keys, names and sign rules of DebtEntryKind.
class DebtEntryKinds {
    Q_DECLARE_TR_FUNCTIONS(DebtEntryKinds)

public:
    static QList<DebtEntryKind> all();
    static QString key(DebtEntryKind kind);
    static std::optional<DebtEntryKind> fromKey(const QString& key);
    /// The name a user reads ("Housing allowance credited").
    static QString name(DebtEntryKind kind);
    /// +1: the amount raises the arrears (charge, interest, opening); -1: it lowers them
    /// (payments, allowance, write-off); 0: either sign (correction).
    static int sign(DebtEntryKind kind);
    /// Payments that count towards an instalment plan: payment, wage payment, housing allowance.
    static bool repays(DebtEntryKind kind);
};

/// One dated ledger entry. `amount` is signed: positive raises the arrears.
struct DebtEntry {
    qint64 id = 0;
    qint64 accountId = 0;
    QDate date;
    DebtEntryKind kind = DebtEntryKind::Charge;
    Money amount;
    QString note;
    QString wageMonth; ///< "YYYY-MM" for a wage deduction entry, empty otherwise
};

} // namespace osiedle::core
