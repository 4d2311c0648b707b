#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// How much of the wage goes straight to the member's arrears.
enum class WageDeduction { Percent, Fixed };

/// One employment of a participant (a row of employment): in an OSS (socialCoopId set) or with
/// another employer (employerName). The deduction is basis points of the wage (Percent) or
/// grosze per month (Fixed); the debts section uses it for wages paid towards arrears.
struct Employment {
    qint64 id = 0;
    qint64 participantId = 0;
    std::optional<qint64> socialCoopId;
    QString employerName;
    ContractType contract = ContractType::Cooperative;
    QDate start;
    std::optional<QDate> end;
    int ftePermille = 1000; ///< working time: 1000 = full time, 500 = half
    std::optional<Money> hourlyRate;
    std::optional<WageDeduction> deductionKind;
    std::optional<qint64> deductionValue;
    QString participantName; ///< read only

    bool activeOn(const QDate& date) const { return start <= date && (!end || *end >= date); }
};

/// All SQL of employment. Throws StorageError.
class EmploymentRepository {
public:
    explicit EmploymentRepository(Database& db) : m_db(db) {}

    static QString contractKey(ContractType kind);
    static std::optional<ContractType> contractFromKey(const QString& key);
    static QString contractTitle(ContractType kind);
    static QList<ContractType> allContracts();

    QList<Employment> forCoop(qint64 socialCoopId) const;
    QList<Employment> forParticipant(qint64 participantId) const;
    std::optional<Employment> find(qint64 id) const;
    qint64 insert(const Employment& e);
    void update(const Employment& e);
    void remove(qint64 id);

    /// Distinct participants employed by the OSS on `date`.
    int employedOn(qint64 socialCoopId, const QDate& date) const;
    /// The start of the participant's first employment in any OSS: from then on they count as
    /// employed in an OSS.
    std::optional<QDate> firstOssEmployment(qint64 participantId) const;

private:
    QList<Employment> query(const QByteArray& where, qint64 id) const;
    Database& m_db;
};

} // namespace osiedle::core
