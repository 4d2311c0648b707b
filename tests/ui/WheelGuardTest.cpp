#include "ui/common/WheelGuard.h"

#include "ui/common/DateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

// One notch of the wheel turned towards the user, over the middle of the widget.
bool turnWheel(QWidget& widget)
{
    const QPointF inside(widget.width() / 2.0, widget.height() / 2.0);
    QWheelEvent turn(inside, widget.mapToGlobal(inside), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &turn);
    return turn.isAccepted();
}

// A form taller than its scroll area, as the participant card is on a laptop.
struct LongForm {
    QScrollArea area;
    QWidget* form = new QWidget;
    QLineEdit* name = new QLineEdit;
    QComboBox* institution = new QComboBox;
    QSpinBox* hours = new QSpinBox;
    ui::DateEdit* entry = new ui::DateEdit(QDate(2011, 2, 17));
    QSlider* share = new QSlider(Qt::Horizontal);

    LongForm()
    {
        institution->addItems(
            {QStringLiteral("OPS Wołomin"), QStringLiteral("PUP Wołomin"), QStringLiteral("OPS Otwock")});
        hours->setRange(0, 100);
        hours->setValue(10);
        share->setRange(0, 100);
        share->setValue(50);
        auto* layout = new QFormLayout(form);
        layout->addRow(QStringLiteral("Name"), name);
        layout->addRow(QStringLiteral("Institution"), institution);
        layout->addRow(QStringLiteral("Hours"), hours);
        layout->addRow(QStringLiteral("Entry"), entry);
        layout->addRow(QStringLiteral("Share"), share);
        for (int i = 0; i < 30; ++i) {
            layout->addRow(QStringLiteral("Line %1").arg(i), new QLineEdit);
        }
        area.setWidget(form);
        area.setWidgetResizable(true);
        area.resize(400, 200);
        area.show();
        name->setFocus();
    }
};

} // namespace

TEST_CASE("The wheel over a field the user is not editing changes nothing and goes on to the form", "[wheel]")
{
    ui::WheelGuard::installOnApplication();
    LongForm form;
    REQUIRE(QTest::qWaitForWindowExposed(&form.area));

    // Not given focus by the wheel: only a click or Tab makes a field the one being edited.
    CHECK(form.institution->focusPolicy() == Qt::StrongFocus);
    CHECK(form.hours->focusPolicy() == Qt::StrongFocus);
    CHECK(form.entry->focusPolicy() == Qt::StrongFocus);

    CHECK_FALSE(turnWheel(*form.institution));
    CHECK_FALSE(turnWheel(*form.hours));
    CHECK_FALSE(turnWheel(*form.entry));
    CHECK_FALSE(turnWheel(*form.share));
    CHECK(form.institution->currentIndex() == 0);
    CHECK(form.hours->value() == 10);
    CHECK(form.entry->date() == QDate(2011, 2, 17));
    CHECK(form.share->value() == 50);
    CHECK_FALSE(form.institution->hasFocus());

    // The form's own scroll bar still scrolls under the wheel.
    QScrollBar* bar = form.area.verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    turnWheel(*bar);
    CHECK(bar->value() > 0);
}

TEST_CASE("The wheel still changes the field the user clicked into", "[wheel]")
{
    ui::WheelGuard::installOnApplication();
    LongForm form;
    REQUIRE(QTest::qWaitForWindowExposed(&form.area));
    form.area.activateWindow();

    form.hours->setFocus();
    REQUIRE(form.hours->hasFocus());
    turnWheel(*form.hours);
    CHECK(form.hours->value() == 9);

    form.institution->setFocus();
    REQUIRE(form.institution->hasFocus());
    turnWheel(*form.institution);
    CHECK(form.institution->currentIndex() == 1);
}
