#pragma once

#include "core/domain/Enums.h"

#include <QString>

namespace osiedle::core {

/// A person of the project office (a row of `office_staff`), offered wherever a document needs
/// a signature or a "prepared by".
struct StaffMember {
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Coordinator;
    /// The position printed under the signature; empty: the role's name is printed.
    QString position;

    /// What a document prints under the signature line: the position, else the role's name.
    QString printedRole() const { return position.trimmed().isEmpty() ? label(role) : position.trimmed(); }
    /// "Anna Nowak, Project coordinator".
    QString signatureLine() const { return name + QStringLiteral(", ") + printedRole(); }

    friend bool operator==(const StaffMember&, const StaffMember&) = default;
};

} // namespace osiedle::core
