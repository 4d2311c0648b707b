#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/FileBytes.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

namespace {

// A 1×1 PNG, the smallest image a strip can be.
const QByteArray tinyPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

QJsonObject show(const QString& file)
{
    const auto run = runCli(
        {QStringLiteral("project"), file, QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

test::CliRun project(const QString& file, QStringList words)
{
    words.prepend(file);
    words.prepend(QStringLiteral("project"));
    return runCli(words);
}

/// A new project made by `osiedle-cli new`: 01.01.2012 – 30.06.2014, ten quarters.
QString newProject(const QTemporaryDir& dir)
{
    const QString file = dir.filePath(QStringLiteral("mokotow.osiedle"));
    const auto run = runCli({QStringLiteral("new"), file, QStringLiteral("--title"),
                             QStringLiteral("Osiedlowe spółdzielnie socjalne – Mokotów"), QStringLiteral("--start"),
                             QStringLiteral("2012-01-01"), QStringLiteral("--end"), QStringLiteral("30.06.2014"),
                             QStringLiteral("--contract"), QStringLiteral("UDA-POKL.07.02.02-14-045/11"),
                             QStringLiteral("--beneficiary"), QStringLiteral("Fundacja „Dobre Sąsiedztwo”")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("10 reporting period(s)")));
    return file;
}

} // namespace

TEST_CASE("osiedle-cli new writes a project with the values given; project show tells them back", "[cli][project]")
{
    QTemporaryDir dir;
    const QString file = newProject(dir);
    const QJsonObject all = show(file);
    const QJsonObject p = all.value(QStringLiteral("project")).toObject();
    CHECK(p.value(QStringLiteral("title")).toString() == QStringLiteral("Osiedlowe spółdzielnie socjalne – Mokotów"));
    CHECK(p.value(QStringLiteral("contract_number")).toString() == QStringLiteral("UDA-POKL.07.02.02-14-045/11"));
    CHECK(p.value(QStringLiteral("beneficiary")).toString() == QStringLiteral("Fundacja „Dobre Sąsiedztwo”"));
    CHECK(p.value(QStringLiteral("start_date")).toString() == QStringLiteral("2012-01-01"));
    CHECK(p.value(QStringLiteral("end_date")).toString() == QStringLiteral("2014-06-30"));
    CHECK(p.value(QStringLiteral("measure")).toString() == QStringLiteral("7.2.2 Wsparcie ekonomii społecznej"));
    CHECK(p.value(QStringLiteral("signatory")).isNull());
    CHECK(all.value(QStringLiteral("periods")).toArray().size() == 10);
    CHECK(all.value(QStringLiteral("logo")).isNull());
}

TEST_CASE("osiedle-cli new refuses bad values naming the option and writes no file", "[cli][project]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.osiedle"));
    const auto run =
        runCli({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral(" "), QStringLiteral("--start"),
                QStringLiteral("2012-01-01"), QStringLiteral("--end"), QStringLiteral("2011-12-31")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--title: The project needs a title.")));
    CHECK(run.err.contains(QStringLiteral("--end: The end date 31.12.2011 is before the start date 01.01.2012.")));
    CHECK_FALSE(QFile::exists(file));

    const auto badDay =
        runCli({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--start"),
                QStringLiteral("2012-02-30"), QStringLiteral("--end"), QStringLiteral("2013-01-01")});
    CHECK(badDay.exitCode == 1);
    CHECK(badDay.err.contains(QStringLiteral("--start: \"2012-02-30\" is not a date")));
    CHECK_FALSE(QFile::exists(file));

    const auto missing = runCli({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("X")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--start")));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("osiedle-cli project set: every setting round-trips", "[cli][project]")
{
    QTemporaryDir dir;
    const QString file = newProject(dir);
    REQUIRE(project(file, {QStringLiteral("add-staff"), QStringLiteral("name=Anna Nowak"),
                           QStringLiteral("role=coordinator"), QStringLiteral("position=Koordynatorka projektu")})
                .exitCode == 0);
    const QStringList settings = {
        QStringLiteral("title=Spółdzielnie na Mokotowie"),
        QStringLiteral("contract_number=UDA-POKL.07.02.02-14-046/11"),
        QStringLiteral("programme=PO KL"),
        QStringLiteral("priority=VII"),
        QStringLiteral("measure=7.2.2"),
        QStringLiteral("region=mazowieckie (Warszawa)"),
        QStringLiteral("beneficiary=Fundacja Sąsiedzi"),
        QStringLiteral("beneficiary_address=ul. Puławska 101, 02-595 Warszawa"),
        QStringLiteral("beneficiary_nip=856-734-62-15"),
        QStringLiteral("beneficiary_regon=192598184"),
        QStringLiteral("place=Warszawa"),
        QStringLiteral("end_date=2014-09-30"),
        QStringLiteral("founding_rules=2018"),
        QStringLiteral("collect_disability=tak"),
        QStringLiteral("collect_minority=no"),
        QStringLiteral("collect_migrant=yes"),
        QStringLiteral("signatory=anna nowak"),
    };
    const auto run = project(file, QStringList{QStringLiteral("set")} + settings);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QJsonObject all = show(file);
    const QJsonObject p = all.value(QStringLiteral("project")).toObject();
    CHECK(p.value(QStringLiteral("title")).toString() == QStringLiteral("Spółdzielnie na Mokotowie"));
    CHECK(p.value(QStringLiteral("contract_number")).toString() == QStringLiteral("UDA-POKL.07.02.02-14-046/11"));
    CHECK(p.value(QStringLiteral("programme")).toString() == QStringLiteral("PO KL"));
    CHECK(p.value(QStringLiteral("priority")).toString() == QStringLiteral("VII"));
    CHECK(p.value(QStringLiteral("measure")).toString() == QStringLiteral("7.2.2"));
    CHECK(p.value(QStringLiteral("region")).toString() == QStringLiteral("mazowieckie (Warszawa)"));
    CHECK(p.value(QStringLiteral("beneficiary")).toString() == QStringLiteral("Fundacja Sąsiedzi"));
    CHECK(p.value(QStringLiteral("beneficiary_address")).toString() ==
          QStringLiteral("ul. Puławska 101, 02-595 Warszawa"));
    CHECK(p.value(QStringLiteral("beneficiary_nip")).toString() == QStringLiteral("8567346215"));
    CHECK(p.value(QStringLiteral("beneficiary_regon")).toString() == QStringLiteral("192598184"));
    CHECK(p.value(QStringLiteral("place")).toString() == QStringLiteral("Warszawa"));
    CHECK(p.value(QStringLiteral("start_date")).toString() == QStringLiteral("2012-01-01"));
    CHECK(p.value(QStringLiteral("end_date")).toString() == QStringLiteral("2014-09-30"));
    CHECK(p.value(QStringLiteral("founding_rules")).toString() == QStringLiteral("2018"));
    CHECK(p.value(QStringLiteral("collect_disability")).toBool());
    CHECK_FALSE(p.value(QStringLiteral("collect_minority")).toBool());
    CHECK(p.value(QStringLiteral("collect_migrant")).toBool());
    CHECK(p.value(QStringLiteral("signatory")).toString() == QStringLiteral("Anna Nowak"));
    // The end moved by a quarter with nothing outside: the quarter gained became period 11.
    const QJsonArray periods = all.value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == 11);
    CHECK(periods.last().toObject().value(QStringLiteral("from")).toString() == QStringLiteral("2014-07-01"));
}

TEST_CASE("osiedle-cli project set refuses bad values naming each key and changes nothing", "[cli][project]")
{
    QTemporaryDir dir;
    const QString file = newProject(dir);
    const QJsonObject before = show(file);
    const auto run = project(file, {QStringLiteral("set"), QStringLiteral("title=Nowy tytuł"),
                                    QStringLiteral("end_date=2014-13-01"), QStringLiteral("collect_migrant=maybe"),
                                    QStringLiteral("founding_rules=2015"), QStringLiteral("signatory=Nikt")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("end_date: \"2014-13-01\" is not a date")));
    CHECK(run.err.contains(QStringLiteral("collect_migrant: \"maybe\" is neither yes nor no.")));
    CHECK(run.err.contains(QStringLiteral("founding_rules: \"2015\"")));
    CHECK(run.err.contains(QStringLiteral("signatory: \"Nikt\" is not among the office staff")));
    CHECK(run.err.contains(QStringLiteral("Nothing was changed.")));
    CHECK(show(file) == before);

    const auto invalid = project(file, {QStringLiteral("set"), QStringLiteral("beneficiary_nip=8567346216"),
                                        QStringLiteral("start_date=2015-01-01")});
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("beneficiary_nip: NIP 8567346216")));
    CHECK(
        invalid.err.contains(QStringLiteral("end_date: The end date 30.06.2014 is before the start date 01.01.2015.")));
    CHECK(show(file) == before);

    const auto unknown = project(file, {QStringLiteral("set"), QStringLiteral("colour=blue")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown setting: colour")));
    CHECK(project(file, {QStringLiteral("set"), QStringLiteral("title")}).exitCode == 2);
    CHECK(project(file, {QStringLiteral("rename")}).exitCode == 2);
    CHECK(show(file) == before);
}

TEST_CASE("osiedle-cli project set: a change of dates that moves periods needs --yes", "[cli][project]")
{
    QTemporaryDir dir;
    const QString file = newProject(dir);
    const auto asked = project(file, {QStringLiteral("set"), QStringLiteral("start_date=2012-04-01")});
    CHECK(asked.exitCode == 1);
    CHECK(asked.err.contains(QStringLiteral("period no. 1 (01.01.2012 – 31.03.2012) is removed")));
    CHECK(asked.err.contains(QStringLiteral("--yes")));
    CHECK(show(file).value(QStringLiteral("periods")).toArray().size() == 10);

    const auto done =
        project(file, {QStringLiteral("set"), QStringLiteral("start_date=2012-04-01"), QStringLiteral("--yes")});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const QJsonObject all = show(file);
    CHECK(all.value(QStringLiteral("project")).toObject().value(QStringLiteral("start_date")).toString() ==
          QStringLiteral("2012-04-01"));
    CHECK(all.value(QStringLiteral("periods")).toArray().size() == 9);

    REQUIRE(runCli({QStringLiteral("lock"), file, QStringLiteral("--period"), QStringLiteral("1")}).exitCode == 0);
    const auto locked =
        project(file, {QStringLiteral("set"), QStringLiteral("start_date=2012-07-01"), QStringLiteral("--yes")});
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains(QStringLiteral("no. 1 (01.04.2012 – 30.06.2012) is locked")));
    CHECK(show(file).value(QStringLiteral("project")).toObject().value(QStringLiteral("start_date")).toString() ==
          QStringLiteral("2012-04-01"));
}

TEST_CASE("osiedle-cli project: logo strip, partners, staff, days off and periods", "[cli][project]")
{
    QTemporaryDir dir;
    const QString file = newProject(dir);
    const QString png = dir.filePath(QStringLiteral("pasek.png"));
    test::writeFile(png, tinyPng);
    const QString text = dir.filePath(QStringLiteral("pasek.txt"));
    test::writeFile(text, "not an image");
    const QString cut = dir.filePath(QStringLiteral("cut.png"));
    test::writeFile(cut, tinyPng.left(30));

    CHECK(project(file, {QStringLiteral("set"), QStringLiteral("logo=") + text})
              .err.contains(QStringLiteral("is not a PNG, JPEG or SVG image")));
    const auto damaged =
        project(file, {QStringLiteral("set"), QStringLiteral("title=X"), QStringLiteral("logo=") + cut});
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(QStringLiteral("cannot be drawn")));
    CHECK(show(file).value(QStringLiteral("logo")).isNull());
    CHECK(show(file).value(QStringLiteral("project")).toObject().value(QStringLiteral("title")).toString() !=
          QStringLiteral("X"));

    REQUIRE(project(file, {QStringLiteral("set"), QStringLiteral("logo=") + png}).exitCode == 0);
    const QJsonObject logo = show(file).value(QStringLiteral("logo")).toObject();
    CHECK(logo.value(QStringLiteral("format")).toString() == QStringLiteral("png"));
    CHECK(logo.value(QStringLiteral("bytes")).toInt() == tinyPng.size());

    const auto partner = project(file, {QStringLiteral("add-partner"), QStringLiteral("name=Związek Rewizyjny"),
                                        QStringLiteral("role=partner"), QStringLiteral("nip=8567346215"),
                                        QStringLiteral("responsibility=Rekrutacja SM")});
    INFO(partner.err.toStdString());
    REQUIRE(partner.exitCode == 0);
    const auto badPartner =
        project(file, {QStringLiteral("add-partner"), QStringLiteral("name=X"), QStringLiteral("krs=abc")});
    CHECK(badPartner.exitCode == 1);
    CHECK(badPartner.err.contains(QStringLiteral("krs: ")));
    CHECK(project(file, {QStringLiteral("add-partner"), QStringLiteral("name=X"), QStringLiteral("role=boss")})
              .exitCode == 1);
    REQUIRE(
        project(file, {QStringLiteral("add-staff"), QStringLiteral("name=Beata Lis"), QStringLiteral("role=trainer")})
            .exitCode == 0);
    REQUIRE(
        project(file, {QStringLiteral("add-day-off"), QStringLiteral("02.05.2012"), QStringLiteral("Biuro nieczynne")})
            .exitCode == 0);
    CHECK(project(file, {QStringLiteral("add-day-off"), QStringLiteral("2012-05-03"), QStringLiteral(" ")}).exitCode ==
          1);

    const QJsonObject all = show(file);
    const QJsonArray partners = all.value(QStringLiteral("partners")).toArray();
    REQUIRE(partners.size() == 1);
    CHECK(partners[0].toObject().value(QStringLiteral("responsibility")).toString() == QStringLiteral("Rekrutacja SM"));
    REQUIRE(all.value(QStringLiteral("staff")).toArray().size() == 1);
    CHECK(all.value(QStringLiteral("staff")).toArray()[0].toObject().value(QStringLiteral("role")).toString() ==
          QStringLiteral("trainer"));
    REQUIRE(all.value(QStringLiteral("days_off")).toArray().size() == 1);
    CHECK(all.value(QStringLiteral("days_off")).toArray()[0].toObject().value(QStringLiteral("date")).toString() ==
          QStringLiteral("2012-05-02"));

    // Half-years instead of quarters replace the periods only with --yes.
    const auto asked = project(file, {QStringLiteral("periods"), QStringLiteral("--months"), QStringLiteral("6"),
                                      QStringLiteral("--claims"), QStringLiteral("WNP/{n}/2012")});
    CHECK(asked.exitCode == 1);
    CHECK(show(file).value(QStringLiteral("periods")).toArray().size() == 10);
    const auto halves =
        project(file, {QStringLiteral("periods"), QStringLiteral("--months"), QStringLiteral("6"),
                       QStringLiteral("--claims"), QStringLiteral("WNP/{n}/2012"), QStringLiteral("--yes")});
    REQUIRE(halves.exitCode == 0);
    const QJsonArray periods = show(file).value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == 5);
    CHECK(periods[4].toObject().value(QStringLiteral("claim_number")).toString() == QStringLiteral("WNP/5/2012"));
}

TEST_CASE("A new project's indicator report prints the values entered for it in its header", "[cli][project][report]")
{
    QTemporaryDir dir;
    const QString file = newProject(dir);
    const auto set =
        project(file, {QStringLiteral("set"), QStringLiteral("beneficiary_address=ul. Puławska 101, 02-595 Warszawa"),
                       QStringLiteral("beneficiary_nip=856-734-62-15"), QStringLiteral("beneficiary_regon=192598184"),
                       QStringLiteral("place=Warszawa")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    REQUIRE(project(file, {QStringLiteral("add-partner"), QStringLiteral("name=Spółdzielnia Mieszkaniowa Jary"),
                           QStringLiteral("role=partner")})
                .exitCode == 0);
    REQUIRE(project(file, {QStringLiteral("add-staff"), QStringLiteral("name=Anna Nowak"),
                           QStringLiteral("role=coordinator"), QStringLiteral("position=Koordynatorka projektu")})
                .exitCode == 0);
    REQUIRE(project(file, {QStringLiteral("periods"), QStringLiteral("--claims"), QStringLiteral("WNP/{n}/2012"),
                           QStringLiteral("--yes")})
                .exitCode == 0);

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const auto report = runCli({QStringLiteral("report"), file, QStringLiteral("--period"), QStringLiteral("1"),
                                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    if (!test::hasPdfToText()) {
        FAIL("pdftotext (poppler-utils, installed by scripts/deps) is needed to read the report");
    }
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Osiedlowe spółdzielnie socjalne – Mokotów")));
    CHECK(text.contains(QStringLiteral("UDA-POKL.07.02.02-14-045/11")));
    CHECK(text.contains(QStringLiteral("Fundacja „Dobre Sąsiedztwo”")));
    CHECK(text.contains(QStringLiteral("ul. Puławska 101, 02-595 Warszawa")));
    CHECK(text.contains(QStringLiteral("NIP 8567346215")));
    CHECK(text.contains(QStringLiteral("REGON 192598184")));
    CHECK(text.contains(QStringLiteral("Spółdzielnia Mieszkaniowa Jary")));
    CHECK(text.contains(QStringLiteral("from 01.01.2012 to 31.03.2012")));
    CHECK(text.contains(QStringLiteral("WNP/1/2012")));
    CHECK(text.contains(QStringLiteral("Warszawa")));
    CHECK(text.contains(QStringLiteral("Anna Nowak")));
}
