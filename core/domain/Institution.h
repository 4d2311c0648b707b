#pragma once

#include "core/domain/Enums.h"

#include <QString>

namespace osiedle::core {

/// An OPS (social welfare centre) or PUP (county labour office): they refer people and confirm
/// their status. A plain value; InstitutionService validates it, InstitutionRepository stores it.
struct Institution {
    qint64 id = 0;
    InstitutionKind kind = InstitutionKind::Ops;
    QString name;
    QString street;
    QString building;
    QString postalCode;
    QString locality;
    QString teryt;
    QString contactPerson;
    QString phone;
    QString email;
    QString notes;

    friend bool operator==(const Institution&, const Institution&) = default;
};

} // namespace osiedle::core
