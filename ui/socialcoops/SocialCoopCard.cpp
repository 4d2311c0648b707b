#include "ui/socialcoops/SocialCoopCard.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/WorkHoursRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/ListExport.h"
#include "ui/common/UserPrompt.h"
#include "ui/history/ChangeHistoryPanel.h"
#include "ui/reports/CoopReportDocument.h"
#include "ui/socialcoops/AgreementTab.h"
#include "ui/socialcoops/CoopDetailsDialog.h"
#include "ui/socialcoops/FoundingPathTab.h"
#include "ui/socialcoops/MembersTab.h"
#include "ui/socialcoops/ServicePointTab.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace osiedle::ui {

namespace {

QString ordersText(const core::WorkOrderTotals& t)
{
    return SocialCoopCard::tr("%1 orders, %2 net; paid %3, unpaid %4")
        .arg(t.count)
        .arg(t.net.format(), t.paid.format(), t.unpaid.format());
}

/// Months shown by the charts: the last 18 up to the day.
constexpr int chartMonths = 18;

} // namespace

SocialCoopCard::SocialCoopCard(AppContext& context, qint64 socialCoopId, const QDate& day, QWidget* parent)
    : QWidget(parent), m_context(context), m_coopId(socialCoopId), m_day(day), m_heading(new QLabel(this)),
      m_dayEdit(new DateEdit(day, this)), m_warning(new QLabel(this)), m_hoursByMember(new QTableWidget(0, 2, this)),
      m_ordersChart(new QChartView(this)), m_employedChart(new QChartView(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("socialCoopCard"));
    m_heading->setObjectName(QStringLiteral("cardHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    m_heading->setWordWrap(true); // a long name with its SM must not widen the window past the screen
    m_dayEdit->setObjectName(QStringLiteral("cardDay"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_warning->setStyleSheet(QStringLiteral("color: #b06000; font-weight: bold;"));
    m_warning->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    top->addWidget(m_heading, 1);
    auto* details = new QPushButton(tr("Data of the cooperative…"), this);
    details->setObjectName(QStringLiteral("editCoopDetails"));
    connect(details, &QPushButton::clicked, this, [this] { CoopDetailsDialog::open(m_context, m_coopId, this); });
    top->addWidget(details);
    top->addWidget(new QLabel(tr("Figures as of"), this));
    top->addWidget(m_dayEdit);
    // The per-OSS report from the project's start to the day shown.
    auto* printReport = new QPushButton(tr("Print the cooperative's report…"), this);
    printReport->setObjectName(QStringLiteral("printCoopReport"));
    connect(printReport, &QPushButton::clicked, this, [this] {
        const auto document = CoopReportDocument::load(m_context.db, m_coopId, QDate(), m_day);
        if (!document) {
            m_context.prompt.error(this, tr("Cooperative's report"), document.error().message);
            return;
        }
        document.value().createPrinter()->preview(this);
    });
    top->addWidget(printReport);
    layout->addLayout(top);
    layout->addWidget(m_warning);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_founding = new FoundingPathTab(context, socialCoopId, this);
    m_tabs->addTab(m_founding, tr("Founding path"));
    m_members = new MembersTab(context, socialCoopId, day, this);
    m_tabs->addTab(m_members, tr("Members and employment"));
    m_agreement = new AgreementTab(context, socialCoopId, this);
    m_tabs->addTab(m_agreement, tr("Agreement"));
    m_point = new ServicePointTab(context, socialCoopId, day, this);
    m_tabs->addTab(m_point, tr("Service point"));
    m_tabs->addTab(new ChangeHistoryPanel(m_context, QStringLiteral("social_coop"), m_coopId, m_tabs), tr("History"));

    connect(m_dayEdit, &QDateEdit::dateChanged, this, &SocialCoopCard::setDay);
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::SocialCoops || topic == core::Topic::WorkOrders ||
            topic == core::Topic::Participants) {
            reload();
        }
    });
    reload();
    resize(1100, 660); // fits a 1366 × 768 screen with a taskbar and the window's frame
}

QWidget* SocialCoopCard::buildOverview()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* figures = new QGroupBox(tr("Key figures"), page);
    auto* grid = new QGridLayout(figures);
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("stage"), tr("Stage")},
        {QStringLiteral("agreement"), tr("Cooperation agreement")},
        {QStringLiteral("members"), tr("Members")},
        {QStringLiteral("employed"), tr("Employed by the OSS")},
        {QStringLiteral("ordersMonth"), tr("Orders this month")},
        {QStringLiteral("ordersYear"), tr("Orders this year")},
        {QStringLiteral("overdue"), tr("Overdue orders")},
        {QStringLiteral("sales"), tr("Service point sales")},
        {QStringLiteral("hours"), tr("Hours worked")},
    };
    for (int i = 0; i < rows.size(); ++i) {
        auto* label = new QLabel(page);
        label->setObjectName(QStringLiteral("figure_") + rows[i].first);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_figures.insert(rows[i].first, label);
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(rows[i].second.toHtmlEscaped()), page), i, 0);
        grid->addWidget(label, i, 1);
    }
    grid->setColumnStretch(1, 1);
    auto* upper = new QHBoxLayout();
    upper->addWidget(figures, 3);
    m_hoursByMember->setObjectName(QStringLiteral("hoursByMember"));
    m_hoursByMember->setHorizontalHeaderLabels({tr("Member"), tr("Hours this year")});
    m_hoursByMember->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_hoursByMember->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_hoursByMember->verticalHeader()->hide();
    m_hoursByMember->setEditTriggers(QAbstractItemView::NoEditTriggers);
    upper->addWidget(ListExport::pageWithButton(m_context, m_hoursByMember, tr("hours-by-member.xlsx"),
                                                QStringLiteral("exportHoursByMember")),
                     2);
    layout->addLayout(upper);
    auto* charts = new QHBoxLayout();
    for (QChartView* view : {m_ordersChart, m_employedChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(200);
        charts->addWidget(view, 1);
    }
    m_ordersChart->setObjectName(QStringLiteral("ordersChart"));
    m_employedChart->setObjectName(QStringLiteral("employedChart"));
    layout->addLayout(charts, 1);
    return page;
}

void SocialCoopCard::setDay(const QDate& day)
{
    if (!day.isValid() || day == m_day) {
        return;
    }
    m_day = day;
    m_dayEdit->setDate(day);
    reload();
}

QString SocialCoopCard::figure(const QString& key) const
{
    const QLabel* label = m_figures.value(key);
    return label ? label->text() : QString();
}

void SocialCoopCard::reload()
{
    m_summary = core::SocialCoopOverview(m_context.db).summary(m_coopId, m_day);
    const auto& s = m_summary;
    setWindowTitle(tr("OSS card: %1").arg(s.name));
    m_heading->setText(s.housingCoopName.isEmpty() ? s.name : tr("%1 (SM: %2)").arg(s.name, s.housingCoopName));
    m_warning->setText(s.memberShareWarning);
    m_warning->setVisible(!s.memberShareWarning.isEmpty());
    m_figures[QStringLiteral("stage")]->setText(tr("%1 — %2 of %3 founding steps done")
                                                    .arg(core::FoundingPath::stageTitle(s.stage))
                                                    .arg(s.stepsDone)
                                                    .arg(s.stepsTotal));
    m_figures[QStringLiteral("agreement")]->setText(
        s.agreementSignedOn ? tr("signed %1, work inaugurated %2")
                                  .arg(core::shown::date(s.agreementSignedOn),
                                       s.inauguratedOn ? core::shown::date(s.inauguratedOn) : tr("not yet"))
                            : tr("not signed yet"));
    m_figures[QStringLiteral("members")]->setText(
        tr("%1 (from outside the eligible groups: %2)").arg(s.members).arg(s.membersOutsideEligibleGroups));
    m_figures[QStringLiteral("employed")]->setText(QString::number(s.employed));
    m_figures[QStringLiteral("ordersMonth")]->setText(ordersText(s.ordersMonth));
    m_figures[QStringLiteral("ordersYear")]->setText(ordersText(s.ordersYear));
    m_figures[QStringLiteral("overdue")]->setText(QString::number(s.overdueOrders));
    m_figures[QStringLiteral("sales")]->setText(
        s.servicePointOpenedOn
            ? tr("this month %1, this year %2 (open since %3)")
                  .arg(s.salesMonth.format(), s.salesYear.format(), core::shown::date(s.servicePointOpenedOn))
            : tr("no service point yet"));
    m_figures[QStringLiteral("hours")]->setText(
        tr("this month %1 h, this year %2 h")
            .arg(core::shown::hours(s.minutesMonth), core::shown::hours(s.minutesYear)));

    const auto perMember =
        core::WorkHoursRepository(m_context.db).perMember(m_coopId, QDate(m_day.year(), 1, 1), m_day);
    m_hoursByMember->setRowCount(int(perMember.size()));
    for (int i = 0; i < perMember.size(); ++i) {
        m_hoursByMember->setItem(i, 0, new QTableWidgetItem(perMember[i].name));
        auto* value = new QTableWidgetItem(core::shown::hours(perMember[i].minutes));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_hoursByMember->setItem(i, 1, value);
    }
    fillCharts();
    if (m_founding) {
        m_founding->reload();
        m_members->reload();
        m_agreement->reload();
        m_point->reload();
    }
}

void SocialCoopCard::fillCharts()
{
    const QDate from = QDate(m_day.year(), m_day.month(), 1).addMonths(1 - chartMonths);
    const auto months = core::SocialCoopOverview(m_context.db).months(m_coopId, from, m_day);
    QStringList categories;
    auto* orders = new QBarSet(tr("Orders (net)"));
    auto* sales = new QBarSet(tr("Service point sales"));
    auto* employed = new QLineSeries();
    employed->setName(tr("Members employed"));
    double maxValue = 0;
    int maxEmployed = 0;
    for (int i = 0; i < months.size(); ++i) {
        const auto& m = months[i];
        categories.append(m.month.toString(QStringLiteral("MM.yy")));
        *orders << static_cast<double>(m.orders.grosze()) / 100.0;
        *sales << static_cast<double>(m.sales.grosze()) / 100.0;
        employed->append(i, m.employed);
        maxValue = std::max(
            {maxValue, static_cast<double>(m.orders.grosze()) / 100.0, static_cast<double>(m.sales.grosze()) / 100.0});
        maxEmployed = std::max(maxEmployed, m.employed);
    }

    auto* valueChart = new QChart();
    valueChart->setTitle(tr("Orders and sales per month (zł)"));
    auto* bars = new QBarSeries();
    bars->append(orders);
    bars->append(sales);
    valueChart->addSeries(bars);
    auto* monthAxis = new QBarCategoryAxis();
    monthAxis->append(categories);
    monthAxis->setLabelsAngle(-90);
    monthAxis->setTruncateLabels(false);
    valueChart->addAxis(monthAxis, Qt::AlignBottom);
    bars->attachAxis(monthAxis);
    auto* valueAxis = new QValueAxis();
    // an empty chart still gets a readable scale (0 to 1 000 zł, not 0, 0, 1, 1)
    valueAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1000);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->applyNiceNumbers();
    valueChart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(valueAxis);
    valueChart->legend()->setAlignment(Qt::AlignBottom);
    QChart* oldValue = m_ordersChart->chart();
    m_ordersChart->setChart(valueChart);
    delete oldValue;

    auto* peopleChart = new QChart();
    peopleChart->setTitle(tr("Members employed by the OSS (end of month)"));
    peopleChart->addSeries(employed);
    auto* monthAxis2 = new QBarCategoryAxis();
    monthAxis2->append(categories);
    monthAxis2->setLabelsAngle(-90);
    monthAxis2->setTruncateLabels(false);
    peopleChart->addAxis(monthAxis2, Qt::AlignBottom);
    employed->attachAxis(monthAxis2);
    auto* countAxis = new QValueAxis();
    countAxis->setRange(0, std::max(1, maxEmployed + 1));
    countAxis->setTickCount(std::min(maxEmployed + 2, 11));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    peopleChart->addAxis(countAxis, Qt::AlignLeft);
    employed->attachAxis(countAxis);
    peopleChart->legend()->hide();
    QChart* oldPeople = m_employedChart->chart();
    m_employedChart->setChart(peopleChart);
    delete oldPeople;
}

void SocialCoopCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && isWindow()) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace osiedle::ui
