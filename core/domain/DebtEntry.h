#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

/// Keys, names (core/domain/Enums) and sign rules of DebtEntryKind: opening = the arrears at
/// entry into the project, charge = the monthly charge, wage payment = a payment from OSS wages
/// (working off arrears), housing allowance = dodatek mieszkaniowy credited.
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
