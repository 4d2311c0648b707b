#include "ui/main/Sections.h"

#include "ui/consultations/ConsultationsSection.h"
#include "ui/dashboard/DashboardSection.h"
#include "ui/debts/DebtsSection.h"
#include "ui/housingcoops/HousingCoopListSection.h"
#include "ui/main/StartSection.h"
#include "ui/participants/ParticipantListSection.h"
#include "ui/products/ProductsSection.h"
#include "ui/reports/ReportsSection.h"
#include "ui/socialcoops/SocialCoopListSection.h"
#include "ui/surveys/SurveysSection.h"
#include "ui/timeline/TimelineSection.h"
#include "ui/training/TrainingSection.h"
#include "ui/workorders/WorkOrdersSection.h"

#include <QCoreApplication>

namespace osiedle::ui {

namespace {

/// The translation context of the section titles.
class SectionTitle {
    Q_DECLARE_TR_FUNCTIONS(Sections)
};

/// A section with its own widget, constructed as Widget(AppContext&, QWidget* parent).
template <typename Widget> SectionEntry built(const QString& id, const QString& title)
{
    return {id, title, [](AppContext& context, QWidget* parent) -> QWidget* { return new Widget(context, parent); }};
}

} // namespace

QList<SectionEntry> allSections()
{
    // One line per section, in navigation order.
    return {
        built<StartSection>(QStringLiteral("start"), SectionTitle::tr("Start")),
        built<DashboardSection>(QStringLiteral("dashboard"), SectionTitle::tr("Dashboard")),
        built<HousingCoopListSection>(QStringLiteral("housing-coops"), SectionTitle::tr("Housing cooperatives")),
        built<SocialCoopListSection>(QStringLiteral("social-coops"), SectionTitle::tr("Social cooperatives")),
        built<ParticipantListSection>(QStringLiteral("participants"), SectionTitle::tr("Participants")),
        built<TrainingSection>(QStringLiteral("training"), SectionTitle::tr("Training")),
        built<SurveysSection>(QStringLiteral("surveys"), SectionTitle::tr("Questionnaires and tests")),
        built<ConsultationsSection>(QStringLiteral("consultations"), SectionTitle::tr("Consultations")),
        built<WorkOrdersSection>(QStringLiteral("work-orders"), SectionTitle::tr("Work orders")),
        built<DebtsSection>(QStringLiteral("debts"), SectionTitle::tr("Debts")),
        built<ProductsSection>(QStringLiteral("products"), SectionTitle::tr("Products")),
        built<TimelineSection>(QStringLiteral("timeline"), SectionTitle::tr("Timeline")),
        built<ReportsSection>(QStringLiteral("reports"), SectionTitle::tr("Reports")),
    };
}

} // namespace osiedle::ui
