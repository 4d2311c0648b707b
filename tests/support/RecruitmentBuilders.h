#pragma once

#include "core/domain/HousingCoop.h"
#include "core/domain/Participant.h"

namespace osiedle::test {

/// A complete, eligible participant record (valid PESEL of a man born 1944-05-14, full address
/// in Wołomin, long-term unemployed, in arrears); adjust what a test needs.
inline core::Participant aParticipant(const QString& pesel = QStringLiteral("44051401359"))
{
    core::Participant p;
    p.firstName = QStringLiteral("Jan");
    p.lastName = QStringLiteral("Kowalski");
    p.pesel = pesel;
    p.education = core::Education::Primary;
    p.teryt = QStringLiteral("1434124");
    p.voivodeship = QStringLiteral("MAZOWIECKIE");
    p.powiat = QStringLiteral("wołomiński");
    p.gmina = QStringLiteral("Wołomin");
    p.locality = QStringLiteral("Wołomin");
    p.street = QStringLiteral("Lipowa");
    p.building = QStringLiteral("5");
    p.flat = QStringLiteral("12");
    p.postalCode = QStringLiteral("05-200");
    p.mobile = QStringLiteral("600 100 200");
    p.labourStatus = core::LabourStatus::LongTermUnemployed;
    p.arrearsAtEntry = core::Money::fromZloty(2500);
    p.recruitedOn = QDate(2011, 3, 1);
    p.consentOn = QDate(2011, 3, 1);
    return p;
}

/// An SM admitted to the project.
inline core::HousingCoop aHousingCoop(const QString& name = QStringLiteral("SM \"Przyszłość\""))
{
    core::HousingCoop h;
    h.name = name;
    h.krs = QStringLiteral("0000413516");
    h.nip = QStringLiteral("8567346215");
    h.regon = QStringLiteral("192598184");
    h.locality = QStringLiteral("Wołomin");
    h.postalCode = QStringLiteral("05-200");
    h.teryt = QStringLiteral("1434124");
    h.status = core::HousingCoopStatus::Qualified;
    h.appliedOn = QDate(2010, 11, 2);
    h.statusOn = QDate(2010, 12, 1);
    return h;
}

} // namespace osiedle::test
