#include "core/domain/FoundingPath.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/MembershipService.h"
#include "core/services/SocialCoopService.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::SocialCoopStatus;
using core::FoundingPath;
using core::FoundingStepEntry;
using K = core::FoundingStep;

namespace {

FoundingStepEntry step(K kind, const QDate& date)
{
    FoundingStepEntry s;
    s.socialCoopId = 1;
    s.kind = kind;
    s.doneOn = date;
    return s;
}

struct CoopFixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    core::SocialCoopService coops{project.db(), changes};
    core::MembershipService members{project.db(), changes};
    int m_next = 0;

    CoopFixture()
    {
        project.db().exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Przyszłość')");
        project.db().exec("INSERT INTO social_coop (id, name, housing_coop_id) VALUES (1, 'OSS Razem', 1)");
    }

    void addFounders(int count, bool eligible = true)
    {
        for (int i = 0; i < count; ++i) {
            core::Membership m;
            m.socialCoopId = 1;
            m.personName = QStringLiteral("Founder %1 %2").arg(eligible).arg(m_next++);
            m.role = core::MembershipRole::Founder;
            m.eligibleGroup = eligible;
            m.from = QDate(2011, 3, 1);
            REQUIRE(members.addMember(m).ok());
        }
    }

    core::Status save(K kind, const QDate& date)
    {
        const auto r = coops.saveStep(step(kind, date));
        if (r.ok()) {
            return {};
        }
        return r.error();
    }
};

} // namespace

TEST_CASE("Every founding step has a key, a title and prerequisites earlier in the checklist", "[coops]")
{
    const auto all = FoundingPath::allSteps();
    CHECK(all.size() == 12);
    for (int i = 0; i < all.size(); ++i) {
        INFO(FoundingPath::key(all[i]).toStdString());
        CHECK(FoundingPath::fromKey(FoundingPath::key(all[i])) == all[i]);
        CHECK_FALSE(FoundingPath::title(all[i]).isEmpty());
        for (K needed : FoundingPath::prerequisites(all[i])) {
            CHECK(all.indexOf(needed) < i);
            CHECK(FoundingPath::dependents(needed).contains(all[i]));
        }
    }
    CHECK(FoundingPath::prerequisites(K::GrantGranted) == QList<K>{K::GrantApplied, K::Registered});
    CHECK(FoundingPath::prerequisites(K::Inauguration) == QList<K>{K::AgreementSigned});
}

TEST_CASE("A founding step cannot be dated before the step it needs", "[coops]")
{
    const FoundingPath path({step(K::FoundingGroup, QDate(2011, 3, 1)), step(K::BusinessIdea, QDate(2011, 3, 15)),
                             step(K::StatuteDrafted, QDate(2011, 4, 10))});
    CHECK(path.checkDate(K::FoundingMeeting, QDate(2011, 4, 10)).isEmpty());
    CHECK(path.checkDate(K::FoundingMeeting, QDate(2011, 4, 9)) ==
          "Founding meeting held (09.04.2011) cannot be dated before Statute drafted (10.04.2011), which it needs");
    // a step that is not there yet
    CHECK(path.checkDate(K::KrsFiled, QDate(2011, 5, 1)) == "Application filed with the KRS needs Founding meeting held first");
    // moving a prerequisite after a step that needs it
    CHECK(path.checkDate(K::BusinessIdea, QDate(2011, 4, 20)) ==
          "Statute drafted (10.04.2011) cannot be dated before Business idea prepared (20.04.2011), which it needs");
    CHECK(path.checkRemoval(K::BusinessIdea) == "Business idea prepared cannot be removed: Statute drafted needs it");
    CHECK(path.checkRemoval(K::StatuteDrafted).isEmpty());
}

TEST_CASE("The stage follows from the steps, the service point and the dissolution", "[coops]")
{
    QList<FoundingStepEntry> steps{step(K::FoundingGroup, QDate(2011, 3, 1)), step(K::BusinessIdea, QDate(2011, 3, 2)),
                              step(K::StatuteDrafted, QDate(2011, 3, 3)), step(K::FoundingMeeting, QDate(2011, 4, 1)),
                              step(K::KrsFiled, QDate(2011, 4, 10))};
    const std::optional<QDate> none;
    CHECK(FoundingPath(steps).stage(QDate(2012, 1, 1), none, none) == SocialCoopStatus::Founding);
    steps.append(step(K::Registered, QDate(2011, 6, 1)));
    CHECK(FoundingPath(steps).stage(QDate(2011, 5, 31), none, none) == SocialCoopStatus::Founding);
    CHECK(FoundingPath(steps).stage(QDate(2011, 6, 1), none, none) == SocialCoopStatus::Registered);
    // a service point without an agreement does not make it operating
    CHECK(FoundingPath(steps).stage(QDate(2012, 1, 1), QDate(2011, 9, 1), none) == SocialCoopStatus::Registered);
    steps.append(step(K::AgreementSigned, QDate(2011, 7, 1)));
    CHECK(FoundingPath(steps).stage(QDate(2011, 7, 1), none, none) == SocialCoopStatus::Operating);
    CHECK(FoundingPath(steps).stage(QDate(2011, 8, 31), QDate(2011, 9, 1), none) == SocialCoopStatus::Operating);
    CHECK(FoundingPath(steps).stage(QDate(2011, 9, 1), QDate(2011, 9, 1), none) == SocialCoopStatus::ServicePointOpen);
    CHECK(FoundingPath(steps).stage(QDate(2013, 1, 1), QDate(2011, 9, 1), QDate(2012, 12, 31)) == SocialCoopStatus::Dissolved);
    CHECK(FoundingPath(steps).stage(QDate(2012, 12, 30), QDate(2011, 9, 1), QDate(2012, 12, 31)) ==
          SocialCoopStatus::ServicePointOpen);
}

TEST_CASE("The founding group needs 5 natural persons under the 2009 rules and 3 under the 2018 rules", "[coops]")
{
    CHECK(FoundingPath::minimumFounders(core::FoundingRules::Rules2009) == 5);
    CHECK(FoundingPath::minimumFounders(core::FoundingRules::Rules2018) == 3);
    CHECK(FoundingPath::foundingGroupProblem(core::FoundingRules::Rules2018, 3).isEmpty());
    CHECK(FoundingPath::foundingGroupProblem(core::FoundingRules::Rules2009, 4) ==
          "A founding group needs at least 5 natural persons under the 2009 rules; 4 listed as founders");

    CoopFixture f;
    f.addFounders(4);
    SECTION("2009 rules refuse four founders")
    {
        const auto refused = f.save(K::FoundingGroup, QDate(2011, 3, 1));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains("at least 5"));
        f.addFounders(1);
        CHECK(f.save(K::FoundingGroup, QDate(2011, 3, 1)).ok());
    }
    SECTION("2018 rules accept them")
    {
        f.project.db().exec("INSERT INTO project (id, title, start_date, end_date, founding_rules) "
                            "VALUES (1, 'P', '2010-01-01', '2013-12-31', '2018')");
        CHECK(f.save(K::FoundingGroup, QDate(2011, 3, 1)).ok());
    }
    SECTION("a legal person does not count")
    {
        core::Membership m;
        m.socialCoopId = 1;
        m.personName = QStringLiteral("Gmina");
        m.legalPerson = true;
        m.role = core::MembershipRole::Founder;
        m.from = QDate(2011, 3, 1);
        REQUIRE(f.members.addMember(m).ok());
        CHECK_FALSE(f.save(K::FoundingGroup, QDate(2011, 3, 1)).ok());
    }
}

TEST_CASE("Founding steps are stored in order and refused out of order", "[coops]")
{
    CoopFixture f;
    f.addFounders(5);
    REQUIRE(f.save(K::FoundingGroup, QDate(2011, 3, 1)).ok());
    REQUIRE(f.save(K::BusinessIdea, QDate(2011, 3, 10)).ok());
    const auto early = f.save(K::StatuteDrafted, QDate(2011, 3, 9));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message ==
          "Statute drafted (09.03.2011) cannot be dated before Business idea prepared (10.03.2011), which it needs");
    CHECK_FALSE(f.save(K::Registered, QDate(2011, 6, 1)).ok());
    for (auto [kind, date] : {std::pair{K::StatuteDrafted, QDate(2011, 3, 20)}, {K::FoundingMeeting, QDate(2011, 4, 2)},
                              {K::KrsFiled, QDate(2011, 4, 20)}, {K::Registered, QDate(2011, 6, 1)}}) {
        REQUIRE(f.save(kind, date).ok());
    }
    CHECK(f.coops.stage(1, QDate(2011, 6, 1)) == SocialCoopStatus::Registered);
    // re-dating a step keeps one row
    REQUIRE(f.save(K::Registered, QDate(2011, 6, 2)).ok());
    CHECK(f.project.db().scalar("SELECT count(*) FROM founding_step WHERE step = 'registered'") == 1);
    CHECK_FALSE(f.coops.removeStep(1, K::KrsFiled).ok());
    CHECK(f.coops.removeStep(1, K::Registered).ok());
    CHECK(f.coops.stage(1, QDate(2011, 6, 30)) == SocialCoopStatus::Founding);
}

TEST_CASE("The agreement sets the last two founding steps", "[coops]")
{
    CoopFixture f;
    f.addFounders(5);
    core::CooperationAgreement a;
    a.housingCoopId = 1;
    a.socialCoopId = 1;
    a.signedOn = QDate(2011, 7, 1);
    a.scope = {core::WorkOrderKind::Cleaning, core::WorkOrderKind::Greenery};
    const auto refused = f.coops.addAgreement(a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "Cooperation agreement with the SM signed needs Registered in the KRS first");
    CHECK(f.project.db().scalar("SELECT count(*) FROM cooperation_agreement") == 0);

    for (auto [kind, date] : {std::pair{K::FoundingGroup, QDate(2011, 3, 1)}, {K::BusinessIdea, QDate(2011, 3, 2)},
                              {K::StatuteDrafted, QDate(2011, 3, 20)}, {K::FoundingMeeting, QDate(2011, 4, 2)},
                              {K::KrsFiled, QDate(2011, 4, 20)}, {K::Registered, QDate(2011, 6, 1)}}) {
        REQUIRE(f.save(kind, date).ok());
    }
    const auto id = f.coops.addAgreement(a);
    REQUIRE(id.ok());
    CHECK(f.coops.stage(1, QDate(2011, 7, 1)) == SocialCoopStatus::Operating);
    auto stored = core::CooperationAgreementRepository(f.project.db()).find(*id);
    REQUIRE(stored);
    CHECK(stored->scope == a.scope);
    stored->inauguratedOn = QDate(2011, 7, 15);
    REQUIRE(f.coops.updateAgreement(*stored).ok());
    CHECK(f.coops.path(1).step(K::Inauguration)->doneOn == QDate(2011, 7, 15));
    REQUIRE(f.coops.removeAgreement(*id).ok());
    CHECK_FALSE(f.coops.path(1).isDone(K::AgreementSigned));
    CHECK_FALSE(f.coops.path(1).isDone(K::Inauguration));
}

TEST_CASE("Members from outside the eligible groups over half of the members give a warning", "[coops]")
{
    CHECK(FoundingPath::memberShareWarning(6, 3).isEmpty());
    CHECK(FoundingPath::memberShareWarning(7, 4) ==
          "4 of 7 members are from outside the eligible groups: they may not exceed half of the members");
    CHECK(FoundingPath::memberShareWarning(0, 0).isEmpty());

    CoopFixture f;
    f.addFounders(2, true);
    f.addFounders(2, false);
    CHECK(f.members.memberShareWarning(1, QDate(2011, 3, 1)).isEmpty());
    core::Membership m;
    m.socialCoopId = 1;
    m.personName = QStringLiteral("Outsider");
    m.eligibleGroup = false;
    m.from = QDate(2011, 4, 1);
    const auto saved = f.members.addMember(m);
    REQUIRE(saved.ok()); // a warning, not a refusal
    CHECK(saved->warning == "3 of 5 members are from outside the eligible groups: they may not exceed half of the members");
    // the same person in two roles counts once; a board role of an eligible founder changes nothing
    core::Membership board;
    board.socialCoopId = 1;
    board.personName = QStringLiteral("Founder 1 0");
    board.role = core::MembershipRole::BoardPresident;
    board.from = QDate(2011, 4, 1);
    REQUIRE(f.members.addMember(board).ok());
    CHECK(core::MembershipRepository(f.project.db()).count(1, QDate(2011, 4, 1)).members == 5);
    // before the outsider joined there was no warning
    CHECK(f.members.memberShareWarning(1, QDate(2011, 3, 31)).isEmpty());
}

TEST_CASE("Registration stores the KRS number, NIP and REGON checked", "[coops]")
{
    CoopFixture f;
    f.addFounders(5);
    for (auto [kind, date] : {std::pair{K::FoundingGroup, QDate(2011, 3, 1)}, {K::BusinessIdea, QDate(2011, 3, 2)},
                              {K::StatuteDrafted, QDate(2011, 3, 20)}, {K::FoundingMeeting, QDate(2011, 4, 2)},
                              {K::KrsFiled, QDate(2011, 4, 20)}}) {
        REQUIRE(f.save(kind, date).ok());
    }
    auto coop = *core::SocialCoopRepository(f.project.db()).find(1);
    coop.krs = QStringLiteral("413516");
    coop.nip = QStringLiteral("856-734-62-16");
    const auto wrong = f.coops.saveStep(step(K::Registered, QDate(2011, 6, 1)), coop);
    REQUIRE_FALSE(wrong.ok());
    INFO(wrong.error().message.toStdString());
    CHECK(wrong.error().message.contains("NIP"));
    CHECK_FALSE(f.coops.path(1).isDone(K::Registered));
    coop.nip = QStringLiteral("856-734-62-15");
    coop.krs = QStringLiteral("0000413516");
    REQUIRE(f.coops.saveStep(step(K::Registered, QDate(2011, 6, 1)), coop).ok());
    const auto stored = *core::SocialCoopRepository(f.project.db()).find(1);
    CHECK(stored.krs == "0000413516");
    CHECK(stored.nip == "8567346215");
}
