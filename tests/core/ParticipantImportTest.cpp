#include "core/io/ParticipantImport.h"

#include "core/domain/Pesel.h"
#include "core/io/CsvReader.h"
#include "core/io/ParticipantExport.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/services/ParticipantService.h"
#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "support/Cp1250.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/TempProject.h"

#include <QFile>

using namespace osiedle;
using core::ParticipantImport;
using Problem = core::ParticipantImport::Problem;

namespace {

const QString header =
    QStringLiteral("first_name;last_name;pesel;education;street;building;flat;postal_code;locality;teryt;phone;email;"
                   "labour_status;housing_coop;referral;arrears_at_entry;recruited_on");

QString row(const QString& first, const QString& last, const QString& pesel,
            const QString& arrears = QStringLiteral("1 234,56"), const QString& date = QStringLiteral("01.03.2011"))
{
    return QStringLiteral("%1;%2;%3;upper_secondary;Lipowa;5;12;05-200;Wołomin;1434124;22 787 00 00;;"
                          "long_term_unemployed;SM Przyszłość;ops;%4;%5")
        .arg(first, last, pesel, arrears, date);
}

struct Fixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    ParticipantImport import{project.db(), changes};

    Fixture()
    {
        core::HousingCoopService coops(project.db(), changes);
        REQUIRE(coops.create(test::aHousingCoop(QStringLiteral("SM Przyszłość"))).ok());
        core::Institution ops;
        ops.name = QStringLiteral("MOPS Wołomin");
        REQUIRE(coops.create(ops).ok());
    }

    ParticipantImport::Checked check(const QByteArray& bytes)
    {
        auto table = core::CsvReader::parse(bytes);
        if (!table) {
            ParticipantImport::Checked failed;
            failed.problems.append(Problem{0, QString(), QString(), table.error().message});
            return failed;
        }
        return import.check(*table);
    }
    qint64 count() { return project.db().scalar("SELECT count(*) FROM participant"); }
};

} // namespace

TEST_CASE("Import of good files in each encoding and delimiter", "[import]")
{
    Fixture f;
    const QString text = header + QStringLiteral("\r\n") +
                         row(QStringLiteral("Łucja"), QStringLiteral("Kośćińska"), QStringLiteral("02211307589")) +
                         QStringLiteral("\r\n") +
                         row(QStringLiteral("Jan"), QStringLiteral("Kowalski"), QStringLiteral("44051401359"),
                             QStringLiteral("0"), QStringLiteral("2011-03-02")) +
                         QStringLiteral("\r\n");
    const int encoding = GENERATE(0, 1, 2);
    const bool comma = GENERATE(false, true);
    QString t = text;
    if (comma) {
        t.replace(QStringLiteral("1 234,56"), QStringLiteral("\"1 234,56\""));
        t.replace(QLatin1Char(';'), QLatin1Char(','));
    }
    const QByteArray bytes = encoding == 0   ? t.toUtf8()
                             : encoding == 1 ? QByteArray("\xEF\xBB\xBF") + t.toUtf8()
                                             : test::toCp1250(t);
    INFO("encoding " << encoding << " comma " << comma);
    const auto checked = f.check(bytes);
    for (const Problem& p : checked.problems) {
        UNSCOPED_INFO(p.text().toStdString());
    }
    REQUIRE(checked.problems.isEmpty());
    REQUIRE(checked.valid.size() == 2);
    auto written = f.import.write(checked);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    core::ParticipantRepository repo(f.project.db());
    const auto lucja = repo.findByPesel(QStringLiteral("02211307589"));
    REQUIRE(lucja);
    CHECK(lucja->lastName == QStringLiteral("Kośćińska"));
    CHECK(lucja->sex == core::Sex::Female);
    CHECK(lucja->birthDate == QDate(2002, 1, 13));
    CHECK(lucja->arrearsAtEntry == core::Money::fromGrosze(123456));
    CHECK(lucja->recruitedOn == QDate(2011, 3, 1));
    CHECK(lucja->education == core::Education::UpperSecondary);
    CHECK(lucja->labourStatus == core::LabourStatus::LongTermUnemployed);
    CHECK(lucja->referral == core::Referral::Ops);
    CHECK(lucja->housingCoopId.has_value());
    CHECK(lucja->gmina == QStringLiteral("Wołomin"));
    CHECK(lucja->area == core::Area::Urban);
    CHECK(lucja->status == core::RecruitmentStatus::Candidate);
    CHECK(repo.findByPesel(QStringLiteral("44051401359"))->recruitedOn == QDate(2011, 3, 2));
}

TEST_CASE("Import of bad files lists the exact problems and writes nothing", "[import]")
{
    Fixture f;
    SECTION("empty file")
    {
        const auto checked = f.check("");
        REQUIRE(checked.problems.size() == 1);
        CHECK(checked.problems[0].text() == QStringLiteral("The file is empty: there is no header row."));
    }
    SECTION("header only")
    {
        const auto checked = f.check(header.toUtf8() + "\n");
        REQUIRE(checked.problems.size() == 1);
        CHECK(checked.problems[0].text() == QStringLiteral("The file has a header but no rows."));
    }
    SECTION("wrong header")
    {
        const auto checked = f.check("imie;nazwisko_x;numer\nJan;Kowalski;44051401359\n");
        QStringList texts;
        for (const Problem& p : checked.problems) {
            texts.append(p.text());
        }
        CHECK(texts ==
              QStringList{
                  QStringLiteral(
                      "row 1, column last_name: the column is missing (expected \"last_name\" or \"Nazwisko\")"),
                  QStringLiteral("row 1, column pesel: the column is missing (expected \"pesel\" or \"PESEL\")")});
        CHECK(checked.ignoredColumns == QStringList{QStringLiteral("nazwisko_x"), QStringLiteral("numer")});
    }
    SECTION("bad rows")
    {
        core::ParticipantService participants(f.project.db(), f.changes);
        core::Participant existing = test::aParticipant(QStringLiteral("44051401458"));
        existing.firstName = QStringLiteral("Anna");
        existing.lastName = QStringLiteral("Nowak");
        REQUIRE(participants.create(existing).ok());
        const QString text =
            header + QLatin1Char('\n') +
            row(QStringLiteral("Jan"), QStringLiteral("Kowalski"), QStringLiteral("44051401358")) + QLatin1Char('\n') +
            row(QStringLiteral("Anna"), QStringLiteral("Nowak"), QStringLiteral("44051401458")) + QLatin1Char('\n') +
            row(QStringLiteral("Ewa"), QStringLiteral("Lis"), QStringLiteral("02211307589"), QStringLiteral("-5,00")) +
            QLatin1Char('\n') +
            row(QStringLiteral("Piotr"), QStringLiteral("Wilk"), QStringLiteral("44051401359"), QStringLiteral("0"),
                QStringLiteral("31.02.2011")) +
            QLatin1Char('\n') + row(QStringLiteral("Ola"), QStringLiteral("Sowa"), QStringLiteral("02211307589")) +
            QLatin1Char('\n') + QStringLiteral("Adam;Kruk;44051401359;primary\n");
        const auto checked = f.check(text.toUtf8());
        QStringList texts;
        for (const Problem& p : checked.problems) {
            texts.append(p.text());
        }
        CHECK(texts ==
              QStringList{
                  QStringLiteral("row 2, column pesel, value \"44051401358\": PESEL 44051401358: wrong check digit"),
                  QStringLiteral("row 3, column pesel, value \"44051401458\": already recorded for Nowak Anna"),
                  QStringLiteral("row 4, column arrears_at_entry, value \"-5,00\": the amount cannot be negative"),
                  QStringLiteral("row 5, column recruited_on, value \"31.02.2011\": no such date"),
                  QStringLiteral("row 6, column pesel, value \"02211307589\": the same PESEL as in row 4"),
                  QStringLiteral("row 7: the row has 4 of 17 columns (it is cut short)"),
              });
        CHECK(checked.invalidRowCount() == 6);
        CHECK(checked.valid.isEmpty());
    }
    CHECK(f.count() <= 1);
}

TEST_CASE("A huge file with two bad rows far down lists exactly those rows and writes nothing", "[import][reliability]")
{
    Fixture f;
    constexpr int rowCount = 20000;
    QByteArray csv = header.toUtf8() + "\r\n";
    for (int i = 0; i < rowCount; ++i) {
        const QDate born = QDate(1960, 1, 1).addDays(i / 10); // distinct: ten serials a day
        QString pesel =
            core::Pesel::fromParts(born, i % 2 ? core::Sex::Male : core::Sex::Female, (i % 10) * 37).digits();
        QString arrears = QStringLiteral("%1,50").arg(i % 5000);
        if (i == 12345) {
            pesel[10] = pesel[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'); // wrong check digit
        }
        if (i == rowCount - 1) {
            arrears = QStringLiteral("-1,00");
        }
        csv += row(QStringLiteral("Anna"), QStringLiteral("Nowak"), pesel, arrears).toUtf8() + "\r\n";
    }
    const auto checked = f.check(csv);
    REQUIRE(checked.problems.size() == 2);
    CHECK(checked.problems[0].text().startsWith(QStringLiteral("row 12347, column pesel, value \"")));
    CHECK(checked.problems[0].text().endsWith(QStringLiteral("wrong check digit")));
    CHECK(checked.problems[1].text() ==
          QStringLiteral("row 20001, column arrears_at_entry, value \"-1,00\": the amount cannot be negative"));
    CHECK(checked.valid.size() == rowCount - 2);
    auto refused = f.import.write(checked);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message == QStringLiteral("Nothing was imported: the file has 2 problem(s)."));
    CHECK(f.count() == 0);
}

TEST_CASE("Nothing is written unless all rows are valid, or only the valid ones when asked", "[import]")
{
    Fixture f;
    const QString text =
        header + QLatin1Char('\n') +
        row(QStringLiteral("Jan"), QStringLiteral("Kowalski"), QStringLiteral("44051401359")) + QLatin1Char('\n') +
        row(QStringLiteral("Ewa"), QStringLiteral("Lis"), QStringLiteral("44051401358")) + QLatin1Char('\n');
    const auto checked = f.check(text.toUtf8());
    REQUIRE(checked.problems.size() == 1);
    auto refused = f.import.write(checked);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message == QStringLiteral("Nothing was imported: the file has 1 problem(s)."));
    CHECK(f.count() == 0);
    auto partial = f.import.write(checked, true);
    REQUIRE(partial.ok());
    CHECK(*partial == 1);
    CHECK(f.count() == 1);
}

TEST_CASE("Export then import gives back the same participants", "[import][export]")
{
    Fixture f;
    core::ParticipantService participants(f.project.db(), f.changes);
    core::Participant a = test::aParticipant(QStringLiteral("02211307589"));
    a.firstName = QStringLiteral("Łucja");
    a.lastName = QStringLiteral("Żółć; \"Nowak\"");
    a.housingCoopId = 1;
    a.referral = core::Referral::Ops;
    a.referralInstitutionId = 1;
    a.evictionRisk = true;
    a.arrearsAtEntry = core::Money::fromGrosze(123456);
    a.email = QStringLiteral("lucja@example.pl");
    a.phone = QStringLiteral("22 787 00 00");
    a.participationEnd = QDate(2012, 6, 30);
    a.completion = core::Completion::DroppedOut;
    a.dropoutReason = QStringLiteral("moved away");
    a.declarationOn = QDate(2011, 3, 20);
    a.status = core::RecruitmentStatus::Qualified;
    core::Participant b = test::aParticipant(QString());
    b.noPesel = true;
    b.sex = core::Sex::Female;
    b.birthDate = QDate(1975, 12, 31);
    b.country = QStringLiteral("Ukraina");
    b.teryt = QStringLiteral("1434052");
    b.education.reset(); // incomplete
    b.arrearsAtEntry = core::Money();
    b.status = core::RecruitmentStatus::Reserve;
    REQUIRE(participants.create(a).ok());
    REQUIRE(participants.create(b).ok());
    // Her first support on 4 April 2011, as the services record it.
    f.project.db().exec("UPDATE participant SET participation_start = '2011-04-04' WHERE first_name = 'Łucja'");
    core::ParticipantRepository repo(f.project.db());
    QList<core::Participant> before = repo.exportRecords();

    const auto format = GENERATE(core::ParticipantExport::Format::Csv, core::ParticipantExport::Format::Xlsx);
    const QString path =
        f.project.dir() +
        (format == core::ParticipantExport::Format::Csv ? QStringLiteral("/out.csv") : QStringLiteral("/out.xlsx"));
    core::ParticipantExport exporter(f.project.db());
    auto incomplete = exporter.incomplete({});
    REQUIRE(incomplete.ok());
    REQUIRE(incomplete->size() == 1);
    CHECK(incomplete->at(0).name == QStringLiteral("Kowalski Jan"));
    auto written = exporter.write(path, format, {});
    REQUIRE(written.ok());
    CHECK(*written == 2);

    f.project.db().exec("DELETE FROM participant");
    const auto checked = f.import.checkFile(path);
    for (const Problem& p : checked.problems) {
        UNSCOPED_INFO(p.text().toStdString());
    }
    REQUIRE(checked.problems.isEmpty());
    CHECK(checked.ignoredColumns.isEmpty());
    REQUIRE(f.import.write(checked).ok());
    QList<core::Participant> after = repo.exportRecords();
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        before[i].id = 0;
        after[i].id = 0;
        // A start of participation read from a file is kept only to compare with the support
        // recorded (none, for the imported person): it comes back as a declared start.
        before[i].declaredStart = before[i].participationStart;
        before[i].participationStart = QDate();
        CHECK(after[i] == before[i]);
        CHECK(after[i].lastName == before[i].lastName);
    }

    // only complete records, and a period (of the support recorded)
    f.project.db().exec("UPDATE participant SET participation_start = '2011-04-04' WHERE first_name = 'Łucja'");
    REQUIRE(exporter.write(path, format, {QDate(), QDate(), true}).value() == 1);
    REQUIRE(exporter.write(path, format, {QDate(2011, 4, 1), QDate(2011, 4, 30), false}).value() == 1);
    REQUIRE(exporter.write(path, format, {QDate(2011, 5, 1), QDate(2011, 6, 30), false}).value() == 0);
}

TEST_CASE("Disability, minority and migrant columns are exported only when the project collects them",
          "[import][export]")
{
    Fixture f;
    f.project.db().exec("INSERT INTO project (id, title, start_date, end_date) "
                        "VALUES (1, 'Osiedle', '2010-10-01', '2013-09-30')");
    core::ParticipantService participants(f.project.db(), f.changes);
    core::Participant a = test::aParticipant(QStringLiteral("02211307589"));
    a.disability = true;
    a.minority = false;
    core::Participant b = test::aParticipant(QStringLiteral("44051401359"));
    b.lastName = QStringLiteral("Zieliński");
    b.migrant = true;
    REQUIRE(participants.create(a).ok());
    REQUIRE(participants.create(b).ok());
    core::ParticipantExport exporter(f.project.db());
    const QString path = f.project.dir() + QStringLiteral("/optional.xlsx");
    const QString disability = QStringLiteral("Osoba niepełnosprawna");
    const QString minority = QStringLiteral("Osoba należąca do mniejszości narodowej lub etnicznej");
    const QString migrant = QStringLiteral("Migrant");

    // off by default: no such columns
    CHECK(participants.optionalData() == core::OptionalMonitoringData{});
    REQUIRE(exporter.write(path, core::ParticipantExport::Format::Xlsx, {}).ok());
    auto table = core::readTableFile(path);
    REQUIRE(table.ok());
    CHECK(!table->header.contains(disability));
    CHECK(!table->header.contains(minority));
    CHECK(!table->header.contains(migrant));
    CHECK(table->header.size() == core::participantColumns().size() - 3);

    // disability and migrant on: their columns, with yes / no / empty when not given
    REQUIRE(participants.setOptionalData({true, false, true}).ok());
    CHECK(participants.optionalData() == core::OptionalMonitoringData{true, false, true});
    REQUIRE(exporter.write(path, core::ParticipantExport::Format::Xlsx, {}).ok());
    table = core::readTableFile(path);
    REQUIRE(table.ok());
    CHECK(!table->header.contains(minority));
    const int d = static_cast<int>(table->header.indexOf(disability));
    const int m = static_cast<int>(table->header.indexOf(migrant));
    REQUIRE(d >= 0);
    REQUIRE(m == d + 1);
    REQUIRE(table->rows.size() == 2); // Kowalski, Zieliński
    CHECK(table->rows[0].field(d) == QStringLiteral("yes"));
    CHECK(table->rows[0].field(m) == QString());
    CHECK(table->rows[1].field(d) == QString());
    CHECK(table->rows[1].field(m) == QStringLiteral("yes"));

    // and an import of that file reads them back
    f.project.db().exec("DELETE FROM participant");
    const auto checked = f.import.checkFile(path);
    REQUIRE(checked.problems.isEmpty());
    REQUIRE(f.import.write(checked).ok());
    core::ParticipantRepository repo(f.project.db());
    const auto back = repo.exportRecords();
    REQUIRE(back.size() == 2);
    CHECK(back[0].disability == std::optional<bool>(true));
    CHECK(back[0].minority == std::nullopt); // not exported, so not read
    CHECK(back[1].migrant == std::optional<bool>(true));
}

TEST_CASE("Optional monitoring data cannot be switched on in a file without the project's details", "[export]")
{
    Fixture f;
    core::ParticipantService participants(f.project.db(), f.changes);
    const auto done = participants.setOptionalData({true, true, true});
    REQUIRE(!done.ok());
    CHECK(done.error().message == QStringLiteral("The project's details are not recorded in this file yet."));
    CHECK(participants.optionalData() == core::OptionalMonitoringData{});
}

TEST_CASE("A long import reports its progress while it checks and writes", "[import]")
{
    Fixture f;
    QString csv = header + QLatin1Char('\n');
    const int rows = 2 * ParticipantImport::progressStep + 10;
    for (int i = 0; i < rows; ++i) {
        csv += row(QStringLiteral("Jan"), QStringLiteral("Nowak%1").arg(i),
                   core::Pesel::fromParts(QDate(1960, 1, 1).addDays(i / 10), core::Sex::Male, i % 10).digits()) +
               QLatin1Char('\n');
    }
    auto table = core::CsvReader::parse(csv.toUtf8());
    REQUIRE(table.ok());
    QList<std::pair<int, int>> reported;
    const auto record = [&reported](int done, int total) {
        reported.append({done, total});
        return true;
    };
    const auto checked = f.import.check(*table, {}, record);
    REQUIRE(checked.problems.isEmpty());
    const QList<std::pair<int, int>> expected{{0, rows}, {250, rows}, {500, rows}, {rows, rows}};
    CHECK(reported == expected);
    reported.clear();
    REQUIRE(f.import.write(checked, false, record).value() == rows);
    CHECK(reported == expected);
    CHECK(f.count() == rows);
}

namespace {

// One row of a file with the given sex / labour status / completion words and dates.
QByteArray personRow(const QString& sex, const QString& education, const QString& labour, const QString& status,
                     const QString& end = QString(), const QString& completion = QString())
{
    const QString text =
        QStringLiteral("first_name;last_name;no_pesel;sex;birth_date;education;labour_status;recruitment_status;"
                       "participation_end;completion;dropout_reason\r\n"
                       "Anna;Nowak;tak;%1;1970-01-01;%2;%3;%4;%5;%6;wyjazd\r\n")
            .arg(sex, education, labour, status, end, completion);
    return text.toUtf8();
}

} // namespace

TEST_CASE("The import takes the Polish words an office types, whatever the program's language", "[import]")
{
    Fixture f;
    // The core tests run without a translation: the labels are English, the words Polish.
    const auto [sex, expected] = GENERATE(table<const char*, core::Sex>({{"kobieta", core::Sex::Female},
                                                                         {"K", core::Sex::Female},
                                                                         {"Kobieta", core::Sex::Female},
                                                                         {"mężczyzna", core::Sex::Male},
                                                                         {"M", core::Sex::Male},
                                                                         {"Mężczyzna", core::Sex::Male}}));
    const auto checked = f.check(
        personRow(QString::fromUtf8(sex), QStringLiteral("Wyższe"), QStringLiteral("osoba długotrwale bezrobotna"),
                  QStringLiteral("zakwalifikowana"), QStringLiteral("2011-06-30"), QStringLiteral("Udział przerwany")));
    INFO(sex);
    REQUIRE(checked.problems.isEmpty());
    REQUIRE(checked.valid.size() == 1);
    const core::Participant& p = checked.valid.first();
    CHECK(p.sex == expected);
    CHECK(p.education == core::Education::Higher);
    CHECK(p.labourStatus == core::LabourStatus::LongTermUnemployed);
    CHECK(p.status == core::RecruitmentStatus::Qualified);
    CHECK(p.completion == core::Completion::DroppedOut);
}

TEST_CASE("Every Polish label of the program is taken by the import", "[import][translations]")
{
    // The Polish translation of each value an import reads (translations/osiedle_pl.ts, context
    // Enums), matched back to the value it translates.
    QFile ts(QStringLiteral(OSIEDLE_SOURCE_DIR_PATH "/translations/osiedle_pl.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    auto polish = [&](const char* english) {
        const QString source = QStringLiteral("<source>%1</source>").arg(QString::fromUtf8(english).toHtmlEscaped());
        // In the Enums context: other screens may say the same English word another way.
        const auto at = text.indexOf(source, text.indexOf(QStringLiteral("<name>Enums</name>")));
        REQUIRE(at >= 0);
        const auto open = text.indexOf(QStringLiteral("<translation>"), at) + 13;
        const auto close = text.indexOf(QStringLiteral("</translation>"), open);
        return text.mid(open, close - open);
    };
    Fixture f;
    for (const core::Education value : core::allValues<core::Education>()) {
        const auto entry =
            std::find_if(core::enumTable<core::Education>().begin(), core::enumTable<core::Education>().end(),
                         [&](const auto& e) { return e.value == value; });
        const QString word = polish(entry->label);
        INFO(word.toStdString());
        const auto checked =
            f.check(personRow(QStringLiteral("K"), word, QStringLiteral("employed"), QStringLiteral("qualified")));
        REQUIRE(checked.valid.size() == 1);
        CHECK(checked.valid.first().education == value);
    }
    for (const core::LabourStatus value : core::allValues<core::LabourStatus>()) {
        const auto entry =
            std::find_if(core::enumTable<core::LabourStatus>().begin(), core::enumTable<core::LabourStatus>().end(),
                         [&](const auto& e) { return e.value == value; });
        const QString word = polish(entry->label);
        INFO(word.toStdString());
        const auto checked =
            f.check(personRow(QStringLiteral("K"), QStringLiteral("primary"), word, QStringLiteral("qualified")));
        REQUIRE(checked.valid.size() == 1);
        CHECK(checked.valid.first().labourStatus == value);
    }
    for (const core::RecruitmentStatus value : core::allValues<core::RecruitmentStatus>()) {
        const auto entry = std::find_if(core::enumTable<core::RecruitmentStatus>().begin(),
                                        core::enumTable<core::RecruitmentStatus>().end(),
                                        [&](const auto& e) { return e.value == value; });
        const QString word = polish(entry->label);
        INFO(word.toStdString());
        const auto checked =
            f.check(personRow(QStringLiteral("K"), QStringLiteral("primary"), QStringLiteral("employed"), word));
        REQUIRE(checked.valid.size() == 1);
        CHECK(checked.valid.first().status == value);
    }
    for (const core::Completion value : core::allValues<core::Completion>()) {
        const auto entry =
            std::find_if(core::enumTable<core::Completion>().begin(), core::enumTable<core::Completion>().end(),
                         [&](const auto& e) { return e.value == value; });
        const QString word = polish(entry->label);
        INFO(word.toStdString());
        const auto checked =
            f.check(personRow(QStringLiteral("K"), QStringLiteral("primary"), QStringLiteral("employed"),
                              QStringLiteral("qualified"), QStringLiteral("2011-06-30"), word));
        REQUIRE(checked.valid.size() == 1);
        CHECK(checked.valid.first().completion == value);
    }
}

TEST_CASE("An end of participation needs its outcome and an outcome its end, in the import", "[import]")
{
    Fixture f;
    const auto noOutcome = f.check(personRow(QStringLiteral("K"), QStringLiteral("primary"), QStringLiteral("employed"),
                                             QStringLiteral("qualified"), QStringLiteral("2011-06-30")));
    REQUIRE(noOutcome.problems.size() == 1);
    CHECK(noOutcome.problems.first().row == 2);
    CHECK(noOutcome.problems.first().column == QStringLiteral("completion"));
    CHECK(noOutcome.problems.first().reason.contains(QStringLiteral("how the participation ended")));

    const auto noEnd = f.check(personRow(QStringLiteral("K"), QStringLiteral("primary"), QStringLiteral("employed"),
                                         QStringLiteral("qualified"), QString(), QStringLiteral("completed")));
    REQUIRE(noEnd.problems.size() == 1);
    CHECK(noEnd.problems.first().column == QStringLiteral("participation_end"));
    CHECK(f.count() == 0);
}

TEST_CASE("A PESEL whose birth date lies after the day of entry is refused", "[import]")
{
    Fixture f;
    // Checksum-valid PESELs: born 2088 (after any day of entry), and born after the recruitment
    // date in the file.
    const QString future = core::Pesel::fromParts(QDate(2088, 1, 12), core::Sex::Male, 123).digits();
    const QString afterEntry = core::Pesel::fromParts(QDate(2011, 4, 1), core::Sex::Female, 45).digits();
    const QString text = header + QStringLiteral("\r\n") +
                         row(QStringLiteral("Jan"), QStringLiteral("Przyszły"), future) + QStringLiteral("\r\n") +
                         row(QStringLiteral("Ala"), QStringLiteral("Młoda"), afterEntry, QStringLiteral("0"),
                             QStringLiteral("2011-03-01")) +
                         QStringLiteral("\r\n");
    const auto checked = f.check(text.toUtf8());
    REQUIRE(checked.problems.size() == 2);
    CHECK(checked.problems.at(0).row == 2);
    CHECK(checked.problems.at(0).column == QStringLiteral("pesel"));
    CHECK(checked.problems.at(0).reason.contains(QStringLiteral("12.01.2088")));
    CHECK(checked.problems.at(1).row == 3);
    CHECK(checked.problems.at(1).reason.contains(QStringLiteral("after the day of entry 01.03.2011")));
    CHECK(checked.valid.isEmpty());
}

TEST_CASE("A start date in the import is kept for comparison, not taken as the participation start", "[import]")
{
    Fixture f;
    const QString text = QStringLiteral("first_name;last_name;pesel;participation_start\r\n"
                                        "Jan;Kowalski;44051401359;2011-03-15\r\n");
    const auto checked = f.check(text.toUtf8());
    REQUIRE(checked.problems.isEmpty());
    CHECK(checked.startNote().contains(QStringLiteral("1 row(s) give a start of participation")));
    REQUIRE(f.import.write(checked).ok());
    core::Statement st = f.project.db().prepare("SELECT participation_start, declared_start FROM participant");
    REQUIRE(st.step());
    CHECK(st.isNull(0)); // no support recorded: not a participant
    CHECK(st.date(1) == QDate(2011, 3, 15));
}

TEST_CASE("A check or an import stopped through its progress writes nothing", "[import]")
{
    Fixture f;
    QString text = header + QStringLiteral("\r\n");
    const int rows = 3 * ParticipantImport::progressStep;
    for (int i = 0; i < rows; ++i) {
        text += row(QStringLiteral("Osoba"), QStringLiteral("Numer%1").arg(i),
                    core::Pesel::fromParts(QDate(1970, 1, 1).addDays(i), i % 2 ? core::Sex::Male : core::Sex::Female,
                                           i % 10)
                        .digits()) +
                QStringLiteral("\r\n");
    }
    auto table = core::CsvReader::parse(text.toUtf8());
    REQUIRE(table.ok());

    // Stopped at the second report (after progressStep rows): not every row was checked.
    int reports = 0;
    const auto stopped = f.import.check(*table, {}, [&reports](int, int) { return ++reports < 2; });
    CHECK(stopped.cancelled);
    CHECK(stopped.valid.size() < rows);
    const auto refused = f.import.write(stopped);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cancelled")));
    CHECK(f.count() == 0);

    const auto checked = f.import.check(*table);
    REQUIRE(checked.problems.isEmpty());
    REQUIRE_FALSE(checked.cancelled);
    // Stopped halfway through the writing: the rows written so far are rolled back.
    const auto written =
        f.import.write(checked, false, [](int done, int) { return done < 2 * ParticipantImport::progressStep; });
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("nothing was imported")));
    CHECK(f.count() == 0);
    CHECK(f.import.write(checked).value() == rows);
    CHECK(f.count() == rows);
}
