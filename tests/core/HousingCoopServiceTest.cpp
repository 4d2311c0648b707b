#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/services/ParticipantService.h"
#include "core/storage/Database.h"
#include "core/storage/HousingCoopRepository.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/TempProject.h"

using namespace osiedle;

TEST_CASE("Housing cooperative identifiers are validated and stored normalised", "[housingcoops]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    core::HousingCoopService service(project.db(), changes);
    core::HousingCoop h = test::aHousingCoop();
    h.nip = QStringLiteral("PL 856-734-62-15");
    h.krs = QStringLiteral("413516");
    auto id = service.create(h);
    REQUIRE(id.ok());
    const auto stored = service.find(*id);
    CHECK(stored->nip == QStringLiteral("8567346215"));
    CHECK(stored->krs == QStringLiteral("0000413516"));

    core::HousingCoop bad = test::aHousingCoop(QStringLiteral("SM Druga"));
    bad.nip = QStringLiteral("8567346216");
    bad.regon = QStringLiteral("192598185");
    bad.status = core::HousingCoopStatus::Rejected;
    bad.statusReason.clear();
    core::FieldErrors errors;
    REQUIRE(!service.create(bad, &errors).ok());
    QStringList fields;
    for (const auto& e : errors) {
        fields.append(e.field);
    }
    CHECK(fields == QStringList{QStringLiteral("nip"), QStringLiteral("regon"), QStringLiteral("status_reason")});

    core::HousingCoop sameKrs = test::aHousingCoop(QStringLiteral("SM Trzecia"));
    auto dup = service.create(sameKrs);
    CHECK(dup.error().message == QStringLiteral("KRS 0000413516 is already recorded for SM \"Przyszłość\"."));
}

TEST_CASE("Institutions serving an SM, deleting what is used is refused with what uses it", "[housingcoops]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    core::HousingCoopService service(project.db(), changes);
    core::Institution ops;
    ops.kind = core::InstitutionKind::Ops;
    ops.name = QStringLiteral("MOPS Wołomin");
    const qint64 opsId = service.create(ops).value();
    core::HousingCoop h = test::aHousingCoop();
    h.institutionIds = {opsId};
    const qint64 coopId = service.create(h).value();
    CHECK(service.find(coopId)->institutionIds == QList<qint64>{opsId});

    CHECK(service.removeInstitution(opsId).error().message ==
          QStringLiteral("MOPS Wołomin cannot be deleted: used by 1 housing cooperative(s) it serves."));

    core::ParticipantService participants(project.db(), changes);
    core::Participant p = test::aParticipant();
    p.housingCoopId = coopId;
    REQUIRE(participants.create(p).ok());
    CHECK(service.remove(coopId).error().message ==
          QStringLiteral("SM \"Przyszłość\" cannot be deleted: used by 1 participant(s)."));
    project.db().exec("DELETE FROM participant");
    const auto before = *service.find(coopId);
    REQUIRE(service.remove(coopId).ok());
    CHECK(project.db().scalar("SELECT count(*) FROM housing_coop_institution") == 0);
    REQUIRE(service.restore(before).ok());
    CHECK(service.find(coopId) == before);
    REQUIRE(service.removeInstitution(opsId).error().message.contains(QStringLiteral("cannot be deleted")));
}
