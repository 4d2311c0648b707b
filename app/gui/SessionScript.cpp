#include "app/gui/SessionScript.h"

#include "core/storage/BackgroundReader.h"
#include "ui/common/EventLoopProbe.h"
#include "ui/common/ListModel.h"
#include "ui/common/ListSection.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectSession.h"
#include "ui/participants/ParticipantForm.h"
#include "ui/socialcoops/SocialCoopListSection.h"
#include "ui/training/AttendanceGrid.h"
#include "ui/training/AttendanceGridModel.h"
#include "ui/training/TrainingSection.h"

#include <QAbstractButton>
#include <QByteArray>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace osiedle::app {

namespace {

// How long the window stays idle after a step's reads are done, before the next step: what a
// user takes to look at the result, and time for deferred work (a search's delay, a repaint).
constexpr int pauseMs = 300;

void fail(const char* what)
{
    std::fprintf(stdout, "probe: session FAILED: %s\n", what);
    std::fflush(stdout);
}

} // namespace

SessionScript::SessionScript(ui::MainWindow& window, QObject* parent)
    : QObject(parent), m_window(window), m_probe(new ui::EventLoopProbe(this))
{
    buildSteps();
}

SessionScript::~SessionScript() = default;

void SessionScript::buildSteps()
{
    for (const char* section : {"dashboard", "housing-coops", "social-coops", "participants", "training",
                                "consultations", "work-orders", "debts", "products", "timeline", "reports"}) {
        m_steps.push_back({QStringLiteral("open %1").arg(QLatin1String(section)),
                           [this, id = QString::fromLatin1(section)] { m_window.showSection(id); }});
    }
    m_steps.push_back({QStringLiteral("open the health panel"), [this] {
                           m_window.showSection(QStringLiteral("social-coops"));
                           auto* coops = qobject_cast<ui::SocialCoopListSection*>(
                               m_window.sectionWidget(QStringLiteral("social-coops")));
                           if (coops == nullptr || coops->openHealthPanel() == nullptr) {
                               fail("no health panel");
                           }
                       }});
    m_steps.push_back({QStringLiteral("change a participant"), [this] { changeParticipant(); }});
    m_steps.push_back({QStringLiteral("mark attendance"), [this] { markAttendance(); }});
    m_steps.push_back({QStringLiteral("open the report"), [this] { m_window.showSection(QStringLiteral("reports")); }});
    for (int fromLast : {1, 2, 0}) {
        m_steps.push_back({QStringLiteral("switch to the period %1 before the last").arg(fromLast),
                           [this, fromLast] { choosePeriod(fromLast); }});
    }
    m_steps.push_back(
        {QStringLiteral("open the dashboard again"), [this] { m_window.showSection(QStringLiteral("dashboard")); }});
}

void SessionScript::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_probe->setStep(QStringLiteral("start"));
    m_probe->start();
    QTimer::singleShot(pauseMs, this, &SessionScript::next);
}

void SessionScript::next()
{
    ui::ProjectSession* session = m_window.session();
    if (session == nullptr) {
        fail("no project open");
        emit finished();
        return;
    }
    // Wait (handling events) until what the last step asked of the reading thread is shown; then
    // let the window's loop turn before the next step: a user's next action is an event of its
    // own, not part of the one that showed the result (which the probe would see as one block).
    if (session->context().reads().busy()) {
        session->context().reads().waitIdle();
        QTimer::singleShot(0, this, &SessionScript::next);
        return;
    }
    if (m_next == m_steps.size()) {
        m_probe->stop();
        // Milliseconds with a decimal point whatever the system's locale (printf's %f writes
        // "5,9" under Polish settings): the benchmark reads these lines.
        const auto ms = [](double value) { return QByteArray::number(value, 'f', 1); };
        for (const auto& [name, longest] : m_probe->longestByStep()) {
            std::fprintf(stdout, "probe: step %s: longest block %s ms\n", qPrintable(name), ms(longest).constData());
        }
        std::fprintf(stdout, "probe: session longest %s ms during %s, %d blocks over 16 ms, %lld ms\n",
                     ms(m_probe->longestBlockMs()).constData(), qPrintable(m_probe->longestBlockStep()),
                     m_probe->blocksOver16Ms(),
                     static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - m_startedMs));
        std::fflush(stdout);
        emit finished();
        return;
    }
    const Step& step = m_steps[m_next++];
    m_probe->setStep(step.name);
    step.run();
    QTimer::singleShot(pauseMs, this, &SessionScript::next);
}

void SessionScript::changeParticipant()
{
    m_window.showSection(QStringLiteral("participants"));
    auto* list = qobject_cast<ui::ListSection*>(m_window.sectionWidget(QStringLiteral("participants")));
    if (list == nullptr || list->listModel()->rowCount() == 0) {
        fail("no participant listed");
        return;
    }
    // The card, as a double-click opens it, with a note added and saved.
    ui::ParticipantForm form(m_window.session()->context(), list->listModel()->idAt(0), &m_window);
    auto* notes = form.findChild<QPlainTextEdit*>(QStringLiteral("notes"));
    if (notes == nullptr) {
        fail("no notes field on the card");
        return;
    }
    notes->setPlainText(notes->toPlainText() + QStringLiteral(" Zadzwonić w piątek."));
    if (!form.save()) {
        fail("the card was not saved");
    }
}

void SessionScript::markAttendance()
{
    m_window.showSection(QStringLiteral("training"));
    auto* training = qobject_cast<ui::TrainingSection*>(m_window.sectionWidget(QStringLiteral("training")));
    auto* courses = training == nullptr ? nullptr : training->findChild<QTableView*>(QStringLiteral("courseList"));
    if (courses == nullptr || courses->model()->rowCount() == 0) {
        fail("no course listed");
        return;
    }
    courses->setCurrentIndex(courses->model()->index(0, 0));
    ui::AttendanceGrid* grid = training->attendanceGrid();
    if (auto* tabs = training->findChild<QTabWidget*>(); tabs != nullptr && tabs->indexOf(grid) >= 0) {
        tabs->setCurrentWidget(grid);
    }
    if (grid->gridModel()->participantCount() == 0 || grid->gridModel()->sessionCount() == 0) {
        fail("the first course has no grid");
        return;
    }
    // The first participant at the last session, present (or absent when already present).
    const int column = grid->gridModel()->sessionCount() - 1;
    grid->setCurrentIndex(grid->gridModel()->index(0, column));
    const bool present = grid->gridModel()->markAt(0, column) == core::AttendanceStatus::Present;
    QKeyEvent press(QEvent::KeyPress, present ? Qt::Key_N : Qt::Key_P, Qt::NoModifier, present ? "n" : "p");
    QCoreApplication::sendEvent(grid, &press);
}

void SessionScript::choosePeriod(int fromLast)
{
    auto* combo = m_window.findChild<QComboBox*>(QStringLiteral("periodCombo"));
    // The combo ends with "Custom dates": the last period is the one before it.
    if (combo == nullptr || combo->count() < fromLast + 2) {
        fail("no such reporting period");
        return;
    }
    combo->setCurrentIndex(combo->count() - 2 - fromLast);
}

} // namespace osiedle::app
