#include "ui/reports/CoopReportDocument.h"

#include "support/CoopReportTestData.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "ui/socialcoops/SocialCoopCard.h"

#include <QPushButton>

using namespace osiedle;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("Coop report document: the key figures and a line per member", "[ui][coopreport]")
{
    // (plainText() gives the document's no-break spaces as spaces)
    test::TempProject project;
    test::fillCoopReportTestData(project.db());
    const auto document = ui::CoopReportDocument::load(project.db(), 1, day("2011-01-01"), day("2011-06-30"));
    REQUIRE(document.ok());
    auto printer = document.value().createPrinter();
    const QString text = printer->plainText();
    CHECK(text.contains(QStringLiteral("OSS Zacisze")));
    CHECK(text.contains(QStringLiteral("0000123456")));
    CHECK(text.contains(QStringLiteral("from 01.01.2011 to 30.06.2011")));
    for (const char* name : {"Kowalska Anna", "Nowak Jan", "Stowarzyszenie Osiedle", "Zielińska Ewa"}) {
        CHECK(text.contains(QString::fromUtf8(name)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Wiśniewski")));
    CHECK(text.contains(QStringLiteral("1 / 1 / 1"))); // in support / completed / dropped out
    CHECK(text.contains(QStringLiteral("60.0 %")));    // the members' attendance
    CHECK(text.contains(QStringLiteral("2, net 1 500,00 zł")));
    CHECK(text.contains(QStringLiteral("1, net 500,00 zł")));   // unpaid
    CHECK(text.contains(QStringLiteral("2, total 170,00 zł"))); // sales
    CHECK(text.contains(QStringLiteral("4 000,00 zł")));        // arrears at entry
    CHECK(text.contains(QStringLiteral("3 700,00 zł")));        // on the last day
    CHECK(text.contains(QStringLiteral("-300,00 zł")));         // their change
    CHECK(text.contains(QStringLiteral("until 15.03.2011")));
    CHECK(text.contains(QStringLiteral("not a project participant")));
    CHECK(printer->pageCount() >= 2);
}

TEST_CASE("Coop report document: the OSS card's button reports a missing cooperative", "[ui][coopreport]")
{
    test::TestContext t;
    test::fillCoopReportTestData(t.db());
    ui::SocialCoopCard card(t.context, 42, day("2011-06-30"));
    auto* button = card.findChild<QPushButton*>(QStringLiteral("printCoopReport"));
    REQUIRE(button != nullptr);
    button->click();
    REQUIRE(t.prompt.errors().size() == 1);
    CHECK(t.prompt.errors().first().contains(QStringLiteral("42")));
}
