#include "core/io/IndicatorReportCsv.h"
#include "core/io/IndicatorReportJson.h"
#include "support/QtStringMakers.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace osiedle;
using core::IndicatorReport;
using core::IndicatorValue;

namespace {

IndicatorReport sampleReport()
{
    IndicatorReport report;
    report.project.title = QStringLiteral("Partnerstwo na rzecz ekonomii społecznej");
    report.project.contractNumber = QStringLiteral("UDA-POKL.07.02.02-14-001/10");
    report.period = core::ReportingPeriod::custom(QDate(2011, 1, 1), QDate(2011, 3, 31));

    IndicatorReport::Row people;
    people.code = QStringLiteral("PARTICIPANTS_STARTED");
    people.name = QStringLiteral("Uczestnicy; którzy rozpoczęli \"wsparcie\"");
    people.unit = QStringLiteral("osoby");
    people.splitBySex = true;
    people.target = {100, 50, 50};
    people.period = IndicatorValue::bySex(2, 1);
    people.cumulative = IndicatorValue::bySex(3, 2);
    people.percentOfTarget = 5.0;

    IndicatorReport::Row money;
    money.code = QStringLiteral("ARREARS_REPAID");
    money.name = QStringLiteral("Spadek zadłużenia");
    money.unit = QStringLiteral("PLN");
    money.kind = core::IndicatorKind::Result;
    money.money = true;
    money.period = IndicatorValue::count(-12345);
    money.cumulative = IndicatorValue::count(123456);
    report.rows << people << money;

    IndicatorReport::MissingData missing;
    missing.participantId = 7;
    missing.lastName = QStringLiteral("Żak");
    missing.participationStart = QDate(2011, 2, 1);
    missing.missingMask = 16 | 256;
    report.dataQuality << missing;
    return report;
}

} // namespace

TEST_CASE("The JSON of a report has the documented shape", "[indicators][json]")
{
    const QJsonDocument doc = QJsonDocument::fromJson(core::IndicatorReportJson::toBytes(sampleReport()));
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(root.keys() == QStringList{QStringLiteral("data_quality"), QStringLiteral("flow"),
                                     QStringLiteral("indicators"), QStringLiteral("period"),
                                     QStringLiteral("project")});
    CHECK(root[QStringLiteral("period")].toObject()[QStringLiteral("from")].toString() == QStringLiteral("2011-01-01"));
    CHECK(root[QStringLiteral("project")].toObject()[QStringLiteral("title")].toString() ==
          QStringLiteral("Partnerstwo na rzecz ekonomii społecznej"));

    const QJsonArray indicators = root[QStringLiteral("indicators")].toArray();
    REQUIRE(indicators.size() == 2);
    const QJsonObject people = indicators[0].toObject();
    CHECK(people.keys() == QStringList{QStringLiteral("code"), QStringLiteral("cumulative"), QStringLiteral("kind"),
                                       QStringLiteral("money"), QStringLiteral("name"),
                                       QStringLiteral("percent_of_target"), QStringLiteral("period"),
                                       QStringLiteral("target"), QStringLiteral("unit")});
    CHECK(people[QStringLiteral("kind")].toString() == QStringLiteral("product"));
    CHECK(people[QStringLiteral("money")].toBool() == false);
    CHECK(people[QStringLiteral("cumulative")].toObject()[QStringLiteral("women")].toInteger() == 3);
    CHECK(people[QStringLiteral("period")].toObject()[QStringLiteral("total")].toInteger() == 3);
    CHECK(people[QStringLiteral("percent_of_target")].toDouble() == 5.0);

    const QJsonObject money = indicators[1].toObject();
    CHECK(money[QStringLiteral("kind")].toString() == QStringLiteral("result"));
    CHECK(money[QStringLiteral("money")].toBool());
    CHECK(money[QStringLiteral("cumulative")].toObject()[QStringLiteral("total")].toInteger() == 123456);
    CHECK(money[QStringLiteral("period")].toObject()[QStringLiteral("total")].toInteger() == -12345);
    CHECK(money[QStringLiteral("period")].toObject()[QStringLiteral("women")].isNull());
    CHECK(money[QStringLiteral("target")].toObject()[QStringLiteral("total")].isNull());
    CHECK(money[QStringLiteral("percent_of_target")].isNull());

    const QJsonObject missing = root[QStringLiteral("data_quality")].toArray()[0].toObject();
    CHECK(missing[QStringLiteral("participant_id")].toInteger() == 7);
    CHECK(missing[QStringLiteral("missing")].toArray() ==
          QJsonArray{QStringLiteral("education"), QStringLiteral("consent_on")});
}

TEST_CASE("The CSV of a report is UTF-8 with BOM, semicolons and decimal commas", "[indicators][csv]")
{
    const QByteArray csv = core::IndicatorReportCsv::toBytes(sampleReport());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].split(QLatin1Char(';')).size() == 15);
    CHECK(lines[1] == QStringLiteral("PARTICIPANTS_STARTED;;\"Uczestnicy; którzy rozpoczęli \"\"wsparcie\"\"\";osoby;"
                                     "Product;100;50;50;3;2;1;5;3;2;5,0"));
    CHECK(lines[2] == QStringLiteral("ARREARS_REPAID;;Spadek zadłużenia;PLN;Result;;;;-123,45;;;1234,56;;;"));
}
