#include "core/domain/ParticipantCompleteness.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <functional>

using namespace osiedle;
using namespace osiedle::core;
using Field = ParticipantCompleteness::Field;

namespace {

/// A participant with every mandatory field filled, as a record and as SQL values.
ParticipantCompleteness::Record completeRecord()
{
    ParticipantCompleteness::Record r;
    r.firstName = QStringLiteral("Anna");
    r.lastName = QStringLiteral("Kowalska");
    r.pesel = QStringLiteral("02211307589");
    r.sex = Sex::Female;
    r.birthDate = QDate(2002, 1, 13);
    r.education = Education::UpperSecondary;
    r.teryt = QStringLiteral("1434124");
    r.area = Area::Urban;
    r.locality = QStringLiteral("Wołomin");
    r.postalCode = QStringLiteral("05-200");
    r.labourStatus = LabourStatus::LongTermUnemployed;
    r.consentOn = QDate(2011, 3, 1);
    r.mobile = QStringLiteral("600 100 200");
    return r;
}

const char* const kInsertComplete =
    "INSERT INTO participant (id, first_name, last_name, pesel, sex, birth_date, education, teryt, area, locality,"
    " postal_code, labour_status, consent_on, mobile)"
    " VALUES (1, 'Anna', 'Kowalska', '02211307589', 'F', '2002-01-13', 'upper_secondary', '1434124', 'urban',"
    " 'Wołomin', '05-200', 'long_term_unemployed', '2011-03-01', '600 100 200')";

struct Case {
    const char* set; ///< the SQL SET clause that takes something away
    std::function<void(ParticipantCompleteness::Record&)> change;
    int mask;
};

} // namespace

TEST_CASE("The view and the in-memory check find the same missing field", "[completeness]")
{
    using R = ParticipantCompleteness::Record;
    const Case c = GENERATE(values<Case>({
        {"notes = ''", [](R&) {}, 0},
        {"first_name = '  '", [](R& r) { r.firstName = QStringLiteral("  "); }, 1},
        {"last_name = ''", [](R& r) { r.lastName.clear(); }, 1},
        {"pesel = NULL", [](R& r) { r.pesel.clear(); }, 2},
        {"pesel = NULL, no_pesel = 1",
         [](R& r) {
             r.pesel.clear();
             r.noPesel = true;
         },
         0},
        {"sex = NULL", [](R& r) { r.sex.reset(); }, 4},
        {"birth_date = NULL", [](R& r) { r.birthDate = QDate(); }, 8},
        {"education = NULL", [](R& r) { r.education.reset(); }, 16},
        {"teryt = NULL", [](R& r) { r.teryt.clear(); }, 32},
        {"area = NULL", [](R& r) { r.area.reset(); }, 32},
        {"locality = ''", [](R& r) { r.locality.clear(); }, 64},
        {"postal_code = ' '", [](R& r) { r.postalCode = QStringLiteral(" "); }, 64},
        {"labour_status = NULL", [](R& r) { r.labourStatus.reset(); }, 128},
        {"consent_on = NULL", [](R& r) { r.consentOn = QDate(); }, 256},
        {"mobile = ''", [](R& r) { r.mobile.clear(); }, 512},
        {"mobile = '', email = 'a@b.pl'",
         [](R& r) {
             r.mobile.clear();
             r.email = QStringLiteral("a@b.pl");
         },
         0},
        {"mobile = '', phone = '22 111 22 33'",
         [](R& r) {
             r.mobile.clear();
             r.phone = QStringLiteral("22 111 22 33");
         },
         0},
        {"sex = NULL, education = NULL, consent_on = NULL",
         [](R& r) {
             r.sex.reset();
             r.education.reset();
             r.consentOn = QDate();
         },
         4 | 16 | 256},
    }));
    INFO(c.set);
    test::TempProject project;
    auto& db = project.db();
    db.exec(kInsertComplete);
    db.exec(QByteArray("UPDATE participant SET ") + c.set + " WHERE id = 1");
    CHECK(db.scalar("SELECT missing FROM participant_missing WHERE participant_id = 1") == c.mask);

    ParticipantCompleteness::Record record = completeRecord();
    c.change(record);
    CHECK(ParticipantCompleteness::missingMask(record) == c.mask);
}

TEST_CASE("A participant with nothing filled misses every field", "[completeness]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO participant (id) VALUES (1)");
    CHECK(project.db().scalar("SELECT missing FROM participant_missing") == ParticipantCompleteness::allFields);
    CHECK(ParticipantCompleteness::missingMask({}) == ParticipantCompleteness::allFields);
    CHECK(ParticipantCompleteness::fields(ParticipantCompleteness::allFields).size() == 10);
}

TEST_CASE("Missing fields are named for the data-quality list", "[completeness]")
{
    CHECK(ParticipantCompleteness::names(0).isEmpty());
    CHECK(ParticipantCompleteness::describe(0).isEmpty());
    CHECK(ParticipantCompleteness::names(16) == QStringList{QStringLiteral("education")});
    CHECK(ParticipantCompleteness::names(32) == QStringList{QStringLiteral("address: gmina (TERYT)")});
    CHECK(ParticipantCompleteness::describe(4 | 16) == QStringLiteral("sex, education"));
    CHECK(ParticipantCompleteness::fields(2 | 512) == QList<Field>{Field::Pesel, Field::Contact});
    CHECK(ParticipantCompleteness::fieldKey(Field::LabourStatus) == QStringLiteral("labour_status"));
    // every bit has its own name and key
    QStringList names = ParticipantCompleteness::names(ParticipantCompleteness::allFields);
    names.removeDuplicates();
    CHECK(names.size() == 10);
    for (const Field f : ParticipantCompleteness::fields(ParticipantCompleteness::allFields)) {
        CHECK(ParticipantCompleteness::fields(static_cast<int>(f)) == QList<Field>{f});
        CHECK_FALSE(ParticipantCompleteness::fieldKey(f).isEmpty());
    }
    // bits the view does not have are ignored
    CHECK(ParticipantCompleteness::names(1024).isEmpty());
}
