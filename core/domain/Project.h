#pragma once

#include "core/domain/FoundingPath.h"
#include "core/domain/OptionalMonitoringData.h"

#include <QDate>
#include <QString>
#include <optional>

namespace osiedle::core {

/// The funded project's own settings (the `project` row): what its documents and reports say
/// about it, its dates and the rules the office works by. The logo strip is kept apart
/// (LogoStrip), so that this value stays light.
struct Project {
    QString title;
    QString contractNumber;
    QString programme;
    QString priority;
    QString measure;
    QString region;
    QString beneficiary;
    QString beneficiaryAddress;
    QString beneficiaryNip;
    QString beneficiaryRegon;
    /// Where the office signs its documents ("Warszawa").
    QString place;
    QDate startDate;
    QDate endDate;
    /// The archiving obligation: the project's documents (personal data included) are kept until
    /// this day (invalid: not set). Before it no participant may be erased; after it the persons
    /// may be anonymised.
    QDate keepDocumentsUntil;
    FoundingRules foundingRules = FoundingRules::Rules2009;
    OptionalMonitoringData collected;
    /// The member of the office staff who signs documents unless another one is chosen.
    std::optional<qint64> signatoryId;

    friend bool operator==(const Project&, const Project&) = default;
};

} // namespace osiedle::core
