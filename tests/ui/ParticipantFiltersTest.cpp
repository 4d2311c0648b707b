// The participants list filtered by SM, recruitment status, course and incomplete data; its
// filters and sort kept when the user comes back to the section and after a restart.

#include "core/common/ShortNames.h"
#include "core/storage/Database.h"
#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "ui/common/AppSettings.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectSession.h"
#include "ui/participants/ParticipantFilterBar.h"
#include "ui/participants/ParticipantListModel.h"
#include "ui/participants/ParticipantListSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace osiedle;
using Column = ui::ParticipantListModel::Column;

namespace {

template <typename W> W* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<W*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w != nullptr);
    return w;
}

ui::ParticipantListSection* participants(ui::MainWindow& window)
{
    REQUIRE(window.showSection(QStringLiteral("participants")));
    auto* section = qobject_cast<ui::ParticipantListSection*>(window.sectionWidget(QStringLiteral("participants")));
    REQUIRE(section != nullptr);
    return section;
}

/// Every row of the list, read to its end (the model loads page by page).
int allRows(ui::ParticipantListModel* model)
{
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    return model->rowCount();
}

} // namespace

TEST_CASE("The participants list filters by SM, status, course and incomplete data, and keeps them",
          "[participants][filters]")
{
    QTemporaryDir dir;
    const QString demo = test::demoCopy(1, dir.path());
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    test::ScriptedPrompt prompt;
    QString chosenCoop;
    qint64 expected = 0;
    {
        ui::AppSettings settings(settingsFile);
        ui::MainWindow window(settings, prompt);
        window.show();
        REQUIRE(window.openFile(demo));
        core::Database& db = window.session()->db();
        ui::ParticipantListSection* section = participants(window);
        ui::ParticipantListModel* model = section->model();
        const qint64 everyone = db.scalar("SELECT count(*) FROM participant");
        REQUIRE(allRows(model) == everyone);

        auto* coop = child<QComboBox>(*section, "filterHousingCoop");
        auto* status = child<QComboBox>(*section, "filterStatus");
        auto* course = child<QComboBox>(*section, "filterCourse");
        auto* incomplete = child<QCheckBox>(*section, "filterIncomplete");
        CHECK(coop->count() == db.scalar("SELECT count(*) FROM housing_coop") + 1);
        CHECK(course->count() == db.scalar("SELECT count(*) FROM course") + 1);

        // the SM with the most participants
        const qint64 coopId = db.scalar("SELECT housing_coop_id FROM participant WHERE housing_coop_id IS NOT NULL "
                                        "GROUP BY housing_coop_id ORDER BY count(*) DESC, housing_coop_id LIMIT 1");
        coop->setCurrentIndex(coop->findData(coopId));
        chosenCoop = coop->currentText();
        const QByteArray ofCoop =
            "SELECT count(*) FROM participant WHERE housing_coop_id = " + QByteArray::number(coopId);
        CHECK(allRows(model) == db.scalar(ofCoop));
        CHECK(model->matchingCount() == db.scalar(ofCoop));
        CHECK(model->totalCount() == everyone);
        CHECK(section->statusText() == QStringLiteral("Participants: %1 of %2").arg(db.scalar(ofCoop)).arg(everyone));
        for (int row = 0; row < model->rowCount(); ++row) {
            // the list shows the SM's name shortened ("SM „Zodiak” w Ciechanowie")
            CHECK(model->index(row, static_cast<int>(Column::HousingCoop)).data().toString() ==
                  core::abbreviatedName(chosenCoop));
        }

        status->setCurrentIndex(status->findData(QStringLiteral("qualified")));
        const QByteArray qualified = ofCoop + " AND recruitment_status = 'qualified'";
        CHECK(allRows(model) == db.scalar(qualified));

        incomplete->setChecked(true);
        const QByteArray incompleteToo =
            qualified + " AND id IN (SELECT participant_id FROM participant_missing WHERE missing <> 0)";
        CHECK(allRows(model) == db.scalar(incompleteToo));
        incomplete->setChecked(false);

        const qint64 courseId = db.scalar("SELECT min(course_id) FROM enrolment");
        course->setCurrentIndex(course->findData(courseId));
        const QByteArray onCourse = qualified + " AND id IN (SELECT participant_id FROM enrolment WHERE course_id = " +
                                    QByteArray::number(courseId) + ")";
        CHECK(allRows(model) == db.scalar(onCourse));
        course->setCurrentIndex(0);
        expected = db.scalar(qualified);
        REQUIRE(expected > 1);

        // sorted by age, oldest first
        section->table()->sortByColumn(static_cast<int>(Column::Age), Qt::DescendingOrder);
        CHECK(allRows(model) == expected);

        // another section and back: the same filter, sort and rows
        REQUIRE(window.showSection(QStringLiteral("dashboard")));
        REQUIRE(participants(window) == section);
        CHECK(coop->currentText() == chosenCoop);
        CHECK(status->currentData().toString() == QStringLiteral("qualified"));
        CHECK(section->table()->horizontalHeader()->sortIndicatorSection() == static_cast<int>(Column::Age));
        CHECK(allRows(model) == expected);
    }

    // After a restart the list opens as it was left.
    ui::AppSettings settings(settingsFile);
    ui::MainWindow window(settings, prompt);
    window.show();
    REQUIRE(window.openFile(demo));
    ui::ParticipantListSection* section = participants(window);
    CHECK(child<QComboBox>(*section, "filterHousingCoop")->currentText() == chosenCoop);
    CHECK(child<QComboBox>(*section, "filterStatus")->currentData().toString() == QStringLiteral("qualified"));
    CHECK(child<QComboBox>(*section, "filterCourse")->currentIndex() == 0);
    CHECK_FALSE(child<QCheckBox>(*section, "filterIncomplete")->isChecked());
    QHeaderView* header = section->table()->horizontalHeader();
    CHECK(header->sortIndicatorSection() == static_cast<int>(Column::Age));
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(allRows(section->model()) == expected);
    // ages from the oldest down
    int previous = 1000;
    for (int row = 0; row < section->model()->rowCount(); ++row) {
        const QVariant age = section->model()->index(row, static_cast<int>(Column::Age)).data();
        const int value = age.isValid() ? age.toInt() : -1;
        CHECK(value <= previous);
        previous = value;
    }

    // "Show all" clears every filter
    child<QPushButton>(*section, "clearFilters")->click();
    CHECK(allRows(section->model()) == window.session()->db().scalar("SELECT count(*) FROM participant"));
    CHECK(child<QComboBox>(*section, "filterHousingCoop")->currentIndex() == 0);
}
