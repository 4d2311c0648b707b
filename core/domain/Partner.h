#pragma once

#include "core/domain/Enums.h"

#include <QString>

namespace osiedle::core {

/// An organisation of the project's partnership (a row of `partner`): the leader or a partner,
/// with its registers' numbers and what it is responsible for in the project.
struct Partner {
    qint64 id = 0;
    QString name;
    PartnerRole role = PartnerRole::Partner;
    QString krs;
    QString nip;
    QString regon;
    QString address;
    /// The contact person (name, phone, e-mail as the office writes it).
    QString contact;
    QString responsibility;

    friend bool operator==(const Partner&, const Partner&) = default;
};

} // namespace osiedle::core
