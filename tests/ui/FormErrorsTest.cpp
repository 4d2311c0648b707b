#include "ui/common/FormErrors.h"

#include "support/QtStringMakers.h"
#include "ui/common/DateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("A field's message goes away as soon as the user changes the field; the others stay", "[form-errors]")
{
    QWidget form;
    auto* layout = new QFormLayout(&form);
    ui::FormErrors errors(ui::FormErrors::createGeneralLabel(&form));
    auto* pesel = new QLineEdit;
    auto* coop = new QComboBox;
    coop->addItems({QString(), QStringLiteral("SM „Zodiak” Ciechanów"), QStringLiteral("SM „Nasz Dom” Radom")});
    auto* entry = new ui::DateEdit(QDate(2011, 2, 17));
    errors.addRow(layout, QStringLiteral("PESEL"), pesel, QStringLiteral("pesel"));
    errors.addRow(layout, QStringLiteral("SM"), coop, QStringLiteral("coop"));
    errors.addRow(layout, QStringLiteral("Entry"), entry, QStringLiteral("entry"));
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));

    const auto shown = [&form](const char* key) {
        return form.findChild<QLabel*>(QString::fromLatin1(key) + QStringLiteral("Error"))->isVisible();
    };
    pesel->setText(QStringLiteral("81041373624"));
    errors.show({{QStringLiteral("pesel"), QStringLiteral("wrong check digit")},
                 {QStringLiteral("coop"), QStringLiteral("choose a housing cooperative")},
                 {QStringLiteral("entry"), QStringLiteral("after the end of the project")}});
    CHECK(shown("pesel"));
    CHECK(shown("coop"));
    CHECK(shown("entry"));

    // The PESEL corrected: its message goes, the cooperative's stays.
    pesel->setFocus();
    QTest::keyClick(pesel, Qt::Key_Backspace);
    QTest::keyClicks(pesel, QStringLiteral("5"));
    CHECK(pesel->text() == QStringLiteral("81041373625"));
    CHECK_FALSE(shown("pesel"));
    CHECK(errors.message(QStringLiteral("pesel")).isEmpty());
    CHECK(shown("coop"));
    CHECK(errors.message(QStringLiteral("coop")) == QStringLiteral("choose a housing cooperative"));

    // A cooperative chosen from the list.
    coop->setFocus();
    QTest::keyClick(coop, Qt::Key_Down);
    CHECK(coop->currentIndex() == 1);
    CHECK_FALSE(shown("coop"));
    CHECK(shown("entry"));

    entry->setDate(QDate(2011, 3, 1));
    CHECK_FALSE(shown("entry"));

    // Saving again shows what is still wrong.
    errors.show({{QStringLiteral("pesel"), QStringLiteral("already recorded")}});
    CHECK(shown("pesel"));
    CHECK_FALSE(shown("coop"));
}
