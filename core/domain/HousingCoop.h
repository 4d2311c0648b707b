#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// A housing cooperative (spółdzielnia mieszkaniowa, SM) that applies to join the project.
/// A plain value; HousingCoopService validates it, HousingCoopRepository stores it.
struct HousingCoop {
    qint64 id = 0;
    QString name;
    QString krs;   ///< 10 digits or empty
    QString nip;   ///< 10 digits or empty
    QString regon; ///< 9 or 14 digits or empty
    QString street;
    QString building;
    QString postalCode;
    QString locality;
    QString teryt; ///< 7-digit TERYT gmina code or empty
    QString contactPerson;
    QString phone;
    QString email;
    std::optional<int> flats;
    HousingCoopStatus status = HousingCoopStatus::Applied;
    QDate appliedOn;
    QDate statusOn; ///< date of the current status (qualified / rejected / withdrawn)
    QString statusReason;
    QString notes;
    QList<qint64> institutionIds; ///< the OPS and PUP that serve it

    friend bool operator==(const HousingCoop&, const HousingCoop&) = default;
};

} // namespace osiedle::core
