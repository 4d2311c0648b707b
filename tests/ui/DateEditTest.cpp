#include "ui/common/DateEdit.h"

#include "support/QtStringMakers.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

// Types the keys into the day section of the field, as a user who clicked into it would.
void typeFromDay(ui::DateEdit& edit, const QString& keys)
{
    edit.setFocus();
    edit.setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(&edit, keys);
}

} // namespace

TEST_CASE("A date edit shows dd.MM.yyyy with a calendar and takes the dates typed as typed", "[date-edit]")
{
    ui::DateEdit edit(QDate(2013, 6, 30));
    edit.show();
    CHECK(edit.displayFormat() == QStringLiteral("dd.MM.yyyy"));
    CHECK(edit.calendarPopup());
    CHECK(edit.text() == QStringLiteral("30.06.2013"));
    for (auto [keys, expected] : {std::pair{"31052013", QDate(2013, 5, 31)},
                                  {"29022012", QDate(2012, 2, 29)},
                                  {"31.05.2013", QDate(2013, 5, 31)},
                                  {"1.5.2013", QDate(2013, 5, 1)},
                                  {"01/03/2013", QDate(2013, 3, 1)},
                                  {"7-12-2014", QDate(2014, 12, 7)}}) {
        INFO(keys);
        edit.setDate(QDate(2013, 6, 30));
        typeFromDay(edit, QString::fromLatin1(keys));
        CHECK(edit.date() == expected);
        CHECK(edit.text() == expected.toString(QStringLiteral("dd.MM.yyyy")));
        CHECK(edit.problem().isEmpty());
    }
}

TEST_CASE("A date edit starts again after Backspace and keeps typing through Shift", "[date-edit]")
{
    ui::DateEdit edit(QDate(2013, 6, 30));
    edit.show();
    typeFromDay(edit, QStringLiteral("3"));
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClicks(&edit, QStringLiteral("31052013"));
    CHECK(edit.date() == QDate(2013, 5, 31));

    edit.setDate(QDate(2013, 6, 30));
    typeFromDay(edit, QStringLiteral("3105"));
    QTest::keyClick(&edit, Qt::Key_Shift);
    QTest::keyClicks(&edit, QStringLiteral("2013"));
    CHECK(edit.date() == QDate(2013, 5, 31));
}

TEST_CASE("A date that does not exist is not replaced by a nearby one but named", "[date-edit]")
{
    ui::DateEdit edit(QDate(2013, 6, 30));
    edit.show();
    QSignalSpy rejected(&edit, &ui::DateEdit::dateRejected);
    for (const char* keys : {"31042013", "29022013", "15132013", "00052013"}) {
        INFO(keys);
        rejected.clear();
        typeFromDay(edit, QString::fromLatin1(keys));
        CHECK(edit.date() == QDate(2013, 6, 30));
        CHECK(edit.problem().contains(QStringLiteral("is not a date")));
        CHECK(edit.problem().contains(QStringLiteral("30.06.2013")));
        CHECK(rejected.count() == 1);
    }
    CHECK(edit.problem().startsWith(QStringLiteral("00.05.2013")));
    // the next date typed right is taken and the message goes
    typeFromDay(edit, QStringLiteral("31052013"));
    CHECK(edit.date() == QDate(2013, 5, 31));
    CHECK(edit.problem().isEmpty());
}

TEST_CASE("A date typed outside the minimum and maximum is refused with the allowed dates named", "[date-edit]")
{
    ui::DateEdit edit(QDate(2013, 6, 30));
    edit.setDateRange(QDate(2013, 1, 1), QDate(2013, 12, 31));
    edit.show();
    QSignalSpy rejected(&edit, &ui::DateEdit::dateRejected);
    for (const char* keys : {"15062014", "31122012"}) {
        INFO(keys);
        typeFromDay(edit, QString::fromLatin1(keys));
        CHECK(edit.date() == QDate(2013, 6, 30));
        CHECK(edit.problem().contains(QStringLiteral("outside the allowed dates 01.01.2013 – 31.12.2013")));
    }
    CHECK(rejected.count() == 2);
    typeFromDay(edit, QStringLiteral("31122013"));
    CHECK(edit.date() == QDate(2013, 12, 31));
    CHECK(edit.problem().isEmpty());
}

TEST_CASE("A date pasted over a date edit is taken whole", "[date-edit]")
{
    ui::DateEdit edit(QDate(2013, 6, 30));
    edit.show();
    edit.setFocus();
    QApplication::clipboard()->setText(QStringLiteral("31.05.2013"));
    QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
    CHECK(edit.date() == QDate(2013, 5, 31));
}

TEST_CASE("A date edit whose minimum shows as a dash takes a date typed over the dash", "[date-edit]")
{
    const QDate noDate(2000, 1, 1);
    ui::DateEdit edit;
    edit.setMinimumDate(noDate);
    edit.setSpecialValueText(QStringLiteral("—"));
    edit.setDate(noDate);
    edit.show();
    REQUIRE(edit.text() == QStringLiteral("—"));
    edit.setFocus();
    QTest::keyClicks(&edit, QStringLiteral("31052013"));
    CHECK(edit.date() == QDate(2013, 5, 31));
    CHECK(edit.text() == QStringLiteral("31.05.2013"));
}

TEST_CASE("A date edit keeps the signals and limits of QDateEdit", "[date-edit]")
{
    ui::DateEdit edit(QDate(2013, 6, 30));
    edit.setMaximumDate(QDate(2013, 12, 31));
    edit.show();
    QSignalSpy changed(&edit, &QDateEdit::dateChanged);
    edit.setDate(QDate(2014, 3, 1)); // set from the code: clamped as QDateEdit does
    CHECK(edit.date() == QDate(2013, 12, 31));
    typeFromDay(edit, QStringLiteral("31052013"));
    CHECK(edit.date() == QDate(2013, 5, 31));
    REQUIRE(!changed.isEmpty());
    CHECK(changed.last().at(0).toDate() == QDate(2013, 5, 31));
}
