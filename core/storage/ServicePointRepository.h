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

/// An OSS's service point (a row of service_point).
struct ServicePoint {
    qint64 id = 0;
    qint64 socialCoopId = 0;
    QDate openedOn;
    QString address;
    QString services; ///< the services offered, one per line
};

/// One sale of the service point (a row of service_sale).
struct ServiceSale {
    qint64 id = 0;
    qint64 socialCoopId = 0;
    QDate date;
    ClientKind client = ClientKind::Resident;
    QString service;
    Money amount;
};

/// All SQL of service_point and service_sale. Throws StorageError.
class ServicePointRepository {
public:
    explicit ServicePointRepository(Database& db) : m_db(db) {}

    static QString clientKey(ClientKind kind);
    static std::optional<ClientKind> clientFromKey(const QString& key);
    static QString clientTitle(ClientKind kind);
    static QList<ClientKind> allClients();

    std::optional<ServicePoint> find(qint64 socialCoopId) const;
    /// Inserts or replaces the service point of the OSS.
    void save(const ServicePoint& point);
    void remove(qint64 socialCoopId);

    /// Sales of the OSS in [from, to], newest first.
    QList<ServiceSale> sales(qint64 socialCoopId, const QDate& from, const QDate& to) const;
    std::optional<ServiceSale> findSale(qint64 id) const;
    qint64 insertSale(const ServiceSale& sale);
    void updateSale(const ServiceSale& sale);
    void removeSale(qint64 id);
    Money salesTotal(qint64 socialCoopId, const QDate& from, const QDate& to) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
