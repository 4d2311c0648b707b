#include "core/domain/Enums.h"
#include "core/domain/SurveyEnums.h"

#include "core/storage/StorageError.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QRegularExpression>
#include <QSet>

using namespace osiedle;
using namespace osiedle::core;

namespace {

/// The quoted values of the `CHECK (column IN (...))` constraint of one column, read from the
/// schema SQL stored in a freshly migrated file.
QStringList checkValues(Database& db, const char* table, const QString& column)
{
    Statement st = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
    st.bind(1, table);
    REQUIRE(st.step());
    const QString sql = st.text(0);
    const QRegularExpression re(
        QStringLiteral(R"(CHECK\s*\((?:%1 IS NULL OR )?%1 IN\s*\(([^)]*)\))").arg(QRegularExpression::escape(column)));
    const QRegularExpressionMatch match = re.match(sql);
    REQUIRE(match.hasMatch());
    QStringList values;
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    for (auto it = quoted.globalMatch(match.captured(1)); it.hasNext();) {
        values.append(it.next().captured(1));
    }
    return values;
}

template <typename E> void checkTableIsSound()
{
    const QList<E> values = allValues<E>();
    REQUIRE_FALSE(values.isEmpty());
    QSet<QString> keys;
    QSet<QString> labels;
    for (qsizetype i = 0; i < values.size(); ++i) {
        // the table lists every enumerator from 0 upwards, in declaration order
        CHECK(values[i] == static_cast<E>(i));
        const E value = values[i];
        const QString k = key(value);
        INFO("key " << k.toStdString());
        CHECK_FALSE(k.isEmpty());
        REQUIRE(parseKey<E>(k).has_value());
        CHECK(*parseKey<E>(k) == value);
        CHECK(key(*parseKey<E>(k)) == k);
        CHECK_FALSE(label(value).isEmpty());
        if (k != k.toUpper()) {
            CHECK_FALSE(parseKey<E>(k.toUpper()).has_value()); // keys are case-sensitive
        }
        keys.insert(k);
        labels.insert(label(value));
    }
    CHECK(keys.size() == values.size());
    CHECK(labels.size() == values.size());
    CHECK(allKeys<E>().size() == values.size());
    CHECK_FALSE(parseKey<E>(u"no_such_key").has_value());
    CHECK_FALSE(parseKey<E>(u"").has_value());
}

template <typename E> void checkKeysMatchSchema(Database& db, const char* table, const char* column)
{
    INFO(table << "." << column);
    QStringList expected = checkValues(db, table, QString::fromLatin1(column));
    QStringList actual = allKeys<E>();
    expected.sort();
    actual.sort();
    CHECK(actual == expected);
}

} // namespace

TEMPLATE_TEST_CASE("Every enum value round-trips through its key and has a label", "[enums]", Sex, Education,
                   LabourStatus, Area, RecruitmentStatus, Referral, Completion, HousingCoopStatus, InstitutionKind,
                   SupportFormKind, AttendanceStatus, ConsultationArea, FoundingStep, SocialCoopStatus, MembershipRole,
                   ContractType, WorkOrderKind, WorkOrderStatus, ClientKind, DebtAccountTitle, DebtEntryKind,
                   InstalmentPlanStatus, EvictionStage, DeliverableKind, DeliverableStatus, IndicatorKind, AgeGroup,
                   EventKind, AttendeeRole, CompetitionCategoryKind, PartnerRole, StaffRole, InstrumentKind,
                   ItemKind, RoundKind)
{
    checkTableIsSound<TestType>();
}

TEST_CASE("Enum keys are exactly the values the schema admits", "[enums]")
{
    test::TempProject project;
    auto& db = project.db();
    checkKeysMatchSchema<Sex>(db, "participant", "sex");
    checkKeysMatchSchema<Education>(db, "participant", "education");
    checkKeysMatchSchema<LabourStatus>(db, "participant", "labour_status");
    checkKeysMatchSchema<Area>(db, "participant", "area");
    checkKeysMatchSchema<RecruitmentStatus>(db, "participant", "recruitment_status");
    checkKeysMatchSchema<Referral>(db, "participant", "referral");
    checkKeysMatchSchema<Completion>(db, "participant", "completion");
    checkKeysMatchSchema<HousingCoopStatus>(db, "housing_coop", "status");
    checkKeysMatchSchema<InstitutionKind>(db, "institution", "kind");
    checkKeysMatchSchema<SupportFormKind>(db, "support_form", "kind");
    checkKeysMatchSchema<AttendanceStatus>(db, "attendance", "status");
    checkKeysMatchSchema<ConsultationArea>(db, "consultation", "area");
    checkKeysMatchSchema<FoundingStep>(db, "founding_step", "step");
    checkKeysMatchSchema<MembershipRole>(db, "membership", "role");
    checkKeysMatchSchema<ContractType>(db, "employment", "contract");
    checkKeysMatchSchema<WorkOrderKind>(db, "work_order", "kind");
    checkKeysMatchSchema<WorkOrderStatus>(db, "work_order", "status");
    checkKeysMatchSchema<ClientKind>(db, "service_sale", "client_kind");
    checkKeysMatchSchema<DebtAccountTitle>(db, "debt_account", "title");
    checkKeysMatchSchema<DebtEntryKind>(db, "debt_entry", "kind");
    checkKeysMatchSchema<InstalmentPlanStatus>(db, "instalment_plan", "status");
    checkKeysMatchSchema<EvictionStage>(db, "eviction_stage", "stage");
    checkKeysMatchSchema<DeliverableKind>(db, "deliverable", "kind");
    checkKeysMatchSchema<DeliverableStatus>(db, "deliverable", "status");
    checkKeysMatchSchema<IndicatorKind>(db, "indicator", "kind");
    checkKeysMatchSchema<EventKind>(db, "event", "kind");
    checkKeysMatchSchema<AttendeeRole>(db, "event_attendee", "role");
    checkKeysMatchSchema<CompetitionCategoryKind>(db, "competition_category", "kind");
    checkKeysMatchSchema<PartnerRole>(db, "partner", "role");
    checkKeysMatchSchema<StaffRole>(db, "office_staff", "role");
    checkKeysMatchSchema<InstrumentKind>(db, "instrument", "kind");
    checkKeysMatchSchema<ItemKind>(db, "instrument_item", "kind");
    checkKeysMatchSchema<RoundKind>(db, "survey_round", "kind");
}

TEST_CASE("Every participant enum key is accepted by an insert, an unknown key is refused", "[enums]")
{
    test::TempProject project;
    auto& db = project.db();
    const auto insert = [&db](const char* column, const QString& value) {
        Statement st = db.prepare(QByteArray("INSERT INTO participant (first_name, ") + column + ") VALUES ('A', ?)");
        st.bind(1, value);
        st.exec();
    };
    const auto insertEvery = [&insert](const char* column, const QStringList& keys) {
        for (const QString& k : keys) {
            INFO(column << " = " << k.toStdString());
            CHECK_NOTHROW(insert(column, k));
        }
    };
    insertEvery("education", allKeys<Education>());
    insertEvery("labour_status", allKeys<LabourStatus>());
    insertEvery("area", allKeys<Area>());
    insertEvery("recruitment_status", allKeys<RecruitmentStatus>());
    insertEvery("referral", allKeys<Referral>());
    insertEvery("sex", allKeys<Sex>());
    CHECK(db.scalar("SELECT count(*) FROM participant") == 6 + 5 + 2 + 8 + 5 + 2);
    CHECK_THROWS_AS(insert("education", QStringLiteral("Higher")), StorageError);
    CHECK_THROWS_AS(insert("labour_status", QStringLiteral("long-term unemployed")), StorageError);
}

TEST_CASE("Enum labels are the English source texts", "[enums]")
{
    CHECK(label(LabourStatus::LongTermUnemployed) == QStringLiteral("Long-term unemployed"));
    CHECK(label(Education::Higher) == QStringLiteral("Higher (ISCED 5–6)"));
    CHECK(label(Sex::Female) == QStringLiteral("Woman"));
    CHECK(key(LabourStatus::LongTermUnemployed) == QStringLiteral("long_term_unemployed"));
    CHECK(key(Sex::Male) == QStringLiteral("M"));
    CHECK(parseKey<WorkOrderStatus>(u"in_progress") == WorkOrderStatus::InProgress);
    CHECK(allValues<Area>() == QList<Area>{Area::Urban, Area::Rural});
}
