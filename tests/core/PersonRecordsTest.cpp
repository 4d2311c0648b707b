#include "core/domain/Enums.h"
#include "core/domain/Money.h"
#include "core/io/PersonDataReport.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRecordsRepository.h"
#include "support/DemoFiles.h"
#include "support/PrivacyChecks.h"
#include "support/QtStringMakers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

const core::PersonRecordSection& section(const core::PersonRecords& records, const QString& key)
{
    for (const core::PersonRecordSection& s : records.sections) {
        if (s.key == key) {
            return s;
        }
    }
    FAIL("no section " << key.toStdString());
    return records.sections.first();
}

} // namespace

TEST_CASE("The person's data report lists each of their records", "[privacy][access]")
{
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    // The person with the most kinds of records in the demo.
    const qint64 id = db.scalar("SELECT p.id FROM participant p ORDER BY "
                                "(SELECT count(*) > 0 FROM attendance WHERE participant_id = p.id) + "
                                "(SELECT count(*) > 0 FROM consultation WHERE participant_id = p.id) + "
                                "(SELECT count(*) > 0 FROM membership WHERE participant_id = p.id) + "
                                "(SELECT count(*) > 0 FROM debt_account WHERE participant_id = p.id) + "
                                "(SELECT count(*) > 0 FROM eviction_case WHERE participant_id = p.id) + "
                                "(SELECT count(*) > 0 FROM work_hours WHERE participant_id = p.id) DESC, p.id LIMIT 1");
    const auto records = core::PersonRecordsRepository(db).read(id);
    REQUIRE(records);
    CHECK(records->participantId == id);

    // Each kind of record, counted in the file by hand, is listed in full.
    const std::pair<const char*, const char*> expected[] = {
        {"enrolments", "SELECT count(*) FROM enrolment WHERE participant_id = ?1"},
        {"attendance", "SELECT count(*) FROM attendance WHERE participant_id = ?1"},
        {"consultations", "SELECT count(*) FROM consultation WHERE participant_id = ?1"},
        {"memberships", "SELECT count(*) FROM membership WHERE participant_id = ?1"},
        {"employment", "SELECT count(*) FROM employment WHERE participant_id = ?1"},
        {"work_hours", "SELECT count(*) FROM work_hours WHERE participant_id = ?1"},
        {"debt_accounts", "SELECT count(*) FROM debt_account WHERE participant_id = ?1"},
        {"debt_entries", "SELECT count(*) FROM debt_entry e JOIN debt_account a ON a.id = e.account_id "
                         "WHERE a.participant_id = ?1"},
        {"instalment_plans", "SELECT count(*) FROM instalment_plan p JOIN debt_account a ON a.id = p.account_id "
                             "WHERE a.participant_id = ?1"},
        {"eviction_cases", "SELECT count(*) FROM eviction_case WHERE participant_id = ?1"},
        {"eviction_stages", "SELECT count(*) FROM eviction_stage s JOIN eviction_case c ON c.id = s.case_id "
                            "WHERE c.participant_id = ?1"},
        {"events", "SELECT count(*) FROM event_attendee WHERE participant_id = ?1"},
        {"nominations", "SELECT count(*) FROM nomination WHERE participant_id = ?1"},
        {"questionnaires", "SELECT count(*) FROM survey_respondent WHERE participant_id = ?1"},
    };
    int kinds = 0;
    qint64 total = 1; // the card
    for (const auto& [key, sql] : expected) {
        INFO(key);
        const qint64 n = test::countFor(db, sql, id);
        CHECK(section(*records, QString::fromLatin1(key)).rows.size() == n);
        kinds += n > 0 ? 1 : 0;
        total += n;
    }
    CHECK(kinds >= 5);
    CHECK(records->recordCount() >= total);

    // The card holds every column of the person's row, with their values.
    const core::PersonRecordSection& card = section(*records, QStringLiteral("card"));
    REQUIRE(card.rows.size() == 1);
    CHECK(card.columns.size() == db.scalar("SELECT count(*) FROM pragma_table_info('participant')"));
    core::Statement st = db.prepare("SELECT last_name, pesel FROM participant WHERE id = ?1");
    st.bind(1, id);
    REQUIRE(st.step());
    const QString lastName = st.text(0);
    CHECK(records->name.startsWith(lastName));

    // The JSON has the same sections and rows; money stays in grosze, dates ISO.
    const QByteArray json =
        core::PersonDataReport::toJson(*records, {QStringLiteral("Fundacja"), QStringLiteral("P"),
                                                  QStringLiteral("U/1"), QDate(2020, 12, 31), QDate(2026, 1, 2)});
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(QStringLiteral("participant_id")).toInteger() == id);
    CHECK(root.value(QStringLiteral("keep_documents_until")).toString() == QStringLiteral("2020-12-31"));
    // The history: a demo is recorded as one summary row, so the person's records have none yet.
    CHECK(root.value(QStringLiteral("history")).toArray().isEmpty());
    {
        core::Statement change = db.prepare("UPDATE participant SET street = 'Polna 1' WHERE id = ?1");
        change.bind(1, id);
        change.exec();
        const auto again = core::PersonRecordsRepository(db).read(id);
        REQUIRE(again);
        REQUIRE(again->history.size() == 1);
        CHECK(again->history.first().recordKind == QStringLiteral("participant"));
        const QJsonObject withHistory = QJsonDocument::fromJson(core::PersonDataReport::toJson(*again, {})).object();
        const QJsonArray history = withHistory.value(QStringLiteral("history")).toArray();
        REQUIRE(history.size() == 1);
        CHECK(history.at(0).toObject().value(QStringLiteral("record_id")).toInteger() == id);
    }
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    REQUIRE(sections.size() == records->sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        CHECK(sections.at(i).toObject().value(QStringLiteral("rows")).toArray().size() ==
              records->sections.at(i).rows.size());
    }
    CHECK(sections.at(0)
              .toObject()
              .value(QStringLiteral("rows"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("last_name")) == lastName);

    CHECK(core::PersonDataReport::shown(core::PersonRecordColumn::Kind::Money, qint64(123456)) ==
          core::Money::fromGrosze(123456).format());
    CHECK(core::PersonDataReport::shown(core::PersonRecordColumn::Kind::Date, QStringLiteral("2011-03-01")) ==
          QStringLiteral("01.03.2011"));
    CHECK(core::PersonDataReport::shown(core::PersonRecordColumn::Kind::Minutes, qint64(95)) ==
          QStringLiteral("1.58\u00A0h"));
    CHECK(core::PersonDataReport::shown(core::PersonRecordColumn::Kind::Text, QVariant()) == QStringLiteral("—"));
    // A stored key reads as its label ("reserve" → "Reserve list"), in the card as in the tables.
    for (int c = 0; c < card.columns.size(); ++c) {
        if (card.columns.at(c).key == QLatin1String("recruitment_status")) {
            const QString raw = card.rows.first().at(c).toString();
            const auto status = core::parseKey<core::RecruitmentStatus>(raw);
            REQUIRE(status);
            CHECK(core::PersonDataReport::shown(card.columns.at(c), raw) == core::label(*status));
        }
    }
    CHECK_FALSE(core::PersonRecordsRepository(db).read(999999));
}
