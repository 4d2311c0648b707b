#pragma once

#include "core/domain/WorkOrder.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// The SM–OSS cooperation agreement (a row of cooperation_agreement). Its signing and
/// inauguration dates are also the last two steps of the OSS's founding path.
struct CooperationAgreement {
    qint64 id = 0;
    qint64 housingCoopId = 0;
    qint64 socialCoopId = 0;
    QString number;
    QDate signedOn;
    std::optional<QDate> validFrom;
    std::optional<QDate> validTo;
    std::optional<QDate> inauguratedOn;
    QList<WorkOrderKind> scope; ///< the kinds of work it covers
    QString notes;
    QString housingCoopName; ///< read only
};

/// All SQL of cooperation_agreement. Throws StorageError.
class CooperationAgreementRepository {
public:
    explicit CooperationAgreementRepository(Database& db) : m_db(db) {}

    QList<CooperationAgreement> forCoop(qint64 socialCoopId) const;
    /// The most recently signed agreement of the OSS.
    std::optional<CooperationAgreement> latest(qint64 socialCoopId) const;
    std::optional<CooperationAgreement> find(qint64 id) const;
    qint64 insert(const CooperationAgreement& a);
    void update(const CooperationAgreement& a);
    void remove(qint64 id);

private:
    QList<CooperationAgreement> query(const QByteArray& where, qint64 id) const;
    Database& m_db;
};

} // namespace osiedle::core
