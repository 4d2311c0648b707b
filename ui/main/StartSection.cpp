#include "ui/main/StartSection.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/Navigator.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <functional>

namespace osiedle::ui {

namespace {

using Step = core::SetupProgress::Step;
using Tab = Navigator::SettingsTab;

/// One button of a step: its text, the name of its target (for the object name) and where it goes.
struct Destination {
    QString text;
    QString target;
    std::function<void(Navigator&)> go;
};

struct StepText {
    Step step;
    QString title;
    QString explanation;
    QList<Destination> destinations;
};

Destination section(const QString& text, const QString& id)
{
    return {text, id, [id](Navigator& n) { n.showSection(id); }};
}

Destination settings(const QString& text, const QString& target, Tab tab)
{
    return {text, target, [tab](Navigator& n) { n.openProjectSettings(tab); }};
}

QList<StepText> steps()
{
    return {
        {Step::Project,
         StartSection::tr("Project details"),
         StartSection::tr("The title, contract number, beneficiary and dates that reports and documents print; the "
                          "reporting periods; the logo strip of the documents."),
         {settings(StartSection::tr("Project settings…"), QStringLiteral("settings"), Tab::Project),
          settings(StartSection::tr("Reporting periods…"), QStringLiteral("periods"), Tab::Periods)}},
        {Step::PartnersAndStaff,
         StartSection::tr("Partners and office staff"),
         StartSection::tr("The partnership named in the report, and the people of the office who sign lists, "
                          "certificates, protocols and reports."),
         {settings(StartSection::tr("Partners…"), QStringLiteral("partners"), Tab::Partners),
          settings(StartSection::tr("Office staff…"), QStringLiteral("staff"), Tab::Staff)}},
        {Step::HousingCoops,
         StartSection::tr("Housing cooperatives and institutions"),
         StartSection::tr("The housing cooperatives (SM) that join the project, and the OPS and PUP that refer "
                          "people."),
         {section(StartSection::tr("Housing cooperatives"), QStringLiteral("housing-coops"))}},
        {Step::Participants,
         StartSection::tr("Participants"),
         StartSection::tr("The tenants recruited, typed in one by one or imported from a spreadsheet."),
         {section(StartSection::tr("Participants"), QStringLiteral("participants"))}},
        {Step::Courses,
         StartSection::tr("Courses"),
         StartSection::tr("Classes, training and courses with their sessions, attendance and certificates."),
         {section(StartSection::tr("Training"), QStringLiteral("training"))}},
        {Step::SocialCoops,
         StartSection::tr("Social cooperatives"),
         StartSection::tr("The cooperatives founded by the participants, from founding group to registration."),
         {section(StartSection::tr("Social cooperatives"), QStringLiteral("social-coops"))}},
        {Step::OrdersAndDebts,
         StartSection::tr("Work orders and debts"),
         StartSection::tr("The work the housing cooperatives order from the social cooperatives, and the tenants' "
                          "arrears and agreements."),
         {section(StartSection::tr("Work orders"), QStringLiteral("work-orders")),
          section(StartSection::tr("Debts"), QStringLiteral("debts"))}},
    };
}

} // namespace

StartSection::StartSection(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("startSection"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("startHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_project = new QLabel(this);
    m_project->setObjectName(QStringLiteral("startProject"));
    m_project->setWordWrap(true);
    m_project->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("startError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* stepsBox = new QWidget;
    auto* grid = new QGridLayout(stepsBox);
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(4);
    grid->setHorizontalSpacing(12);
    int row = 0;
    int number = 0;
    for (const StepText& step : steps()) {
        ++number;
        auto* tick = new QLabel(stepsBox);
        tick->setObjectName(QStringLiteral("step%1Tick").arg(number));
        tick->setAlignment(Qt::AlignCenter);
        tick->setMinimumWidth(fontMetrics().height() * 2);
        QFont tickFont = tick->font();
        tickFont.setPointSizeF(tickFont.pointSizeF() * 1.6);
        tick->setFont(tickFont);
        auto* title = new QLabel(QStringLiteral("<b>%1. %2</b>").arg(number).arg(step.title.toHtmlEscaped()), stepsBox);
        auto* explanation = new QLabel(step.explanation, stepsBox);
        explanation->setWordWrap(true);
        auto* summary = new QLabel(stepsBox);
        summary->setObjectName(QStringLiteral("step%1Summary").arg(number));
        summary->setWordWrap(true);
        summary->setStyleSheet(QStringLiteral("color: #555555;"));
        auto* text = new QVBoxLayout;
        text->setSpacing(2);
        text->addWidget(title);
        text->addWidget(explanation);
        text->addWidget(summary);
        auto* buttons = new QHBoxLayout;
        // Set here: a grid with different horizontal and vertical spacing passes none on to the
        // layouts inside it, and the buttons would touch.
        buttons->setSpacing(6);
        for (const Destination& destination : step.destinations) {
            auto* button = new QPushButton(destination.text, stepsBox);
            button->setObjectName(QStringLiteral("go_") + destination.target);
            connect(button, &QPushButton::clicked, this, [this, go = destination.go] {
                if (m_context.navigator != nullptr) {
                    go(*m_context.navigator);
                }
            });
            buttons->addWidget(button);
        }
        buttons->addStretch();
        grid->addWidget(tick, row, 0, Qt::AlignTop);
        grid->addLayout(text, row, 1, 1, 2);
        grid->addLayout(buttons, row + 1, 1, 1, 2);
        auto* rule = new QFrame(stepsBox);
        rule->setFrameShape(QFrame::HLine);
        rule->setFrameShadow(QFrame::Sunken);
        grid->addWidget(rule, row + 2, 0, 1, 3);
        row += 3;
        m_ticks << tick;
        m_summaries << summary;
    }
    grid->setRowStretch(row, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(stepsBox);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_project);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    // Out of sight it reads nothing: it catches up when shown again.
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this] {
        m_stale = true;
        if (isVisible()) {
            refresh();
        }
    });
    refresh();
}

void StartSection::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void StartSection::refresh()
{
    m_stale = false;
    auto progress = core::SetupProgress::compute(m_context.db);
    if (!progress) {
        m_error->setText(progress.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_progress = progress.value();
    int done = 0;
    for (qsizetype i = 0; i < m_progress.items.size() && i < m_ticks.size(); ++i) {
        const auto& item = m_progress.items[i];
        done += item.done ? 1 : 0;
        m_ticks[i]->setText(item.done ? QStringLiteral("✔") : QStringLiteral("○"));
        m_ticks[i]->setStyleSheet(item.done ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #9a9a9a;"));
        m_ticks[i]->setToolTip(item.done ? tr("Done") : tr("Not done yet"));
        m_summaries[i]->setText(item.summary);
    }
    m_heading->setText(m_progress.complete()
                           ? tr("The project is set up: every step has its data.")
                           : tr("Setting up the project: %1 of %2 steps done").arg(done).arg(m_progress.items.size()));
    m_status = tr("Steps done: %1 of %2").arg(done).arg(m_progress.items.size());
    m_project->setText(projectSummary());
    emit statusTextChanged(m_status);
}

QString StartSection::projectSummary() const
{
    try {
        core::ProjectRepository repository(m_context.db);
        const auto project = repository.project();
        if (!project) {
            return {};
        }
        const QString day = QStringLiteral("dd.MM.yyyy");
        QStringList lines;
        QString first = project->title;
        if (!project->contractNumber.isEmpty()) {
            first += QStringLiteral(" · ") + tr("contract no. %1").arg(project->contractNumber);
        }
        first +=
            QStringLiteral(" · ") + tr("%1 – %2").arg(project->startDate.toString(day), project->endDate.toString(day));
        lines << first;
        if (!project->beneficiary.isEmpty()) {
            lines << tr("Beneficiary: %1").arg(project->beneficiary);
        }
        QStringList leaders;
        QStringList partners;
        for (const core::Partner& partner : repository.partners()) {
            (partner.role == core::PartnerRole::Leader ? leaders : partners) << partner.name;
        }
        if (!leaders.isEmpty()) {
            lines << tr("Leader: %1").arg(leaders.join(QStringLiteral("; ")));
        }
        if (!partners.isEmpty()) {
            lines << tr("Partners: %1").arg(partners.join(QStringLiteral("; ")));
        }
        return lines.join(QLatin1Char('\n'));
    } catch (const core::StorageError& e) {
        return e.message();
    }
}

} // namespace osiedle::ui
