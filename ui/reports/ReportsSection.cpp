#include "ui/reports/ReportsSection.h"

#include "core/common/DisplayFormat.h"
#include "core/common/OutputFile.h"
#include "core/indicators/LockedReport.h"
#include "core/indicators/ReportSeries.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/BackgroundReader.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackupBeforeChange.h"
#include "ui/common/DateEdit.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ListExport.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/common/UserPrompt.h"
#include "ui/reports/AttainmentChart.h"
#include "ui/reports/DataQualityTable.h"
#include "ui/reports/IndicatorReportDocument.h"
#include "ui/reports/IndicatorReportFiles.h"
#include "ui/reports/IndicatorTableModel.h"
#include "ui/reports/IndicatorTargetsDialog.h"
#include "ui/reports/LockChangesTable.h"
#include "ui/reports/ReportCharts.h"
#include "ui/reports/ReportingPeriodDialog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace osiedle::ui {

namespace {

// The combo's item data: the period's id, or this value for custom dates.
constexpr qint64 customPeriod = -1;

} // namespace

// What the reading thread computes for the section: the report as the user should see it
// (LockedReport::compute) and, when asked, the charts over time.
struct ReportsSection::Computed {
    std::optional<core::Result<core::IndicatorReport>> report;
    std::optional<core::ReportSeries> series;
    std::optional<QString> seriesError;
};

ReportsSection::ReportsSection(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("reportsSection"));

    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Indicator report").toHtmlEscaped()), this);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setMinimumContentsLength(40);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new DateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new DateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:"), this));
    periodRow->addWidget(m_period, 1);
    periodRow->addWidget(new QLabel(tr("from"), this));
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);

    m_preview = new QPushButton(tr("Print preview…"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    periodRow->addSpacing(12);
    periodRow->addWidget(m_preview);
    periodRow->addWidget(m_print);
    periodRow->addWidget(m_pdf);
    m_export = new QPushButton(tr("Export table…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    periodRow->addWidget(m_export);

    auto* editRow = new QHBoxLayout;
    auto addButton = [this, editRow](const char* name, const QString& text) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        editRow->addWidget(button);
        return button;
    };
    connect(addButton("periodsButton", tr("Reporting periods…")), &QPushButton::clicked, this,
            &ReportsSection::editPeriods);
    connect(addButton("targetsButton", tr("Indicators and targets…")), &QPushButton::clicked, this,
            &ReportsSection::editTargets);
    editRow->addStretch(1);
    // Shown while a report is being computed (off the window's thread), in the room the stretch
    // leaves, so that nothing moves when it appears.
    m_busy = new QLabel(tr("Computing the report…"), this);
    m_busy->setObjectName(QStringLiteral("computingLabel"));
    m_busy->setStyleSheet(QStringLiteral("color: #606060; font-style: italic;"));
    m_busy->hide();
    editRow->addWidget(m_busy);
    m_lock = addButton("lockButton", tr("Lock period…"));
    m_lock->setToolTip(tr("Once the payment claim is sent: keep this report as it is now. Later changes of the "
                          "data are shown beside it, never applied silently."));
    m_unlock = addButton("unlockButton", tr("Unlock period…"));
    connect(m_lock, &QPushButton::clicked, this, &ReportsSection::lockPeriod);
    connect(m_unlock, &QPushButton::clicked, this, &ReportsSection::unlockPeriod);

    m_lockLabel = new QLabel(this);
    m_lockLabel->setObjectName(QStringLiteral("lockLabel"));
    m_lockLabel->setWordWrap(true);
    m_lockLabel->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_model = new IndicatorTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // The numbers take the room they need; the names get a readable width the user can change.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::Indicator, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(IndicatorTableModel::Indicator,
                                               m_table->fontMetrics().averageCharWidth() * 42);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("attainmentChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    // Every indicator's bar has the height of a line of its name; scrolled when they do not fit.
    auto* chartScroll = new QScrollArea(this);
    chartScroll->setObjectName(QStringLiteral("attainmentScroll"));
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setWidget(m_chart);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000}); // the table and the chart share the height at first

    m_quality = DataQualityTable::create(this);

    m_changes = LockChangesTable::create(this);

    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("reportTabs"));
    tabs->addTab(splitter, tr("Indicators"));
    tabs->addTab(
        ListExport::pageWithButton(m_context, m_quality, tr("data-quality.xlsx"), QStringLiteral("exportDataQuality")),
        tr("Data quality"));
    m_changesPage = ListExport::pageWithButton(m_context, m_changes, tr("changes-since-locking.xlsx"),
                                               QStringLiteral("exportChanges"));
    tabs->addTab(m_changesPage, tr("Changes since locking"));

    // The charts over time, one under another, as in the printed report.
    auto* chartsPage = new QWidget(this);
    auto* chartsLayout = new QVBoxLayout(chartsPage);
    for (const char* name : {"statusChart", "arrearsChart", "ordersChart"}) {
        auto* view = new QChartView(chartsPage);
        view->setObjectName(QString::fromLatin1(name));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(320);
        chartsLayout->addWidget(view);
        m_seriesCharts << view;
    }
    auto* chartsScroll = new QScrollArea(this);
    chartsScroll->setObjectName(QStringLiteral("seriesCharts"));
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setWidget(chartsPage);
    tabs->addTab(chartsScroll, tr("Charts over time"));
    m_qualityRefresh = new RefreshWhenShown(m_quality, [this] { showDataQuality(); });
    m_seriesRefresh = new RefreshWhenShown(chartsScroll, [this] { showSeries(); });

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #606060;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(periodRow);
    layout->addLayout(editRow);
    layout->addWidget(m_lockLabel);
    layout->addWidget(m_error);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_notes);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsSection::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsSection::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsSection::recompute);
    connect(m_preview, &QPushButton::clicked, this, &ReportsSection::showPrintPreview);
    connect(m_print, &QPushButton::clicked, this, &ReportsSection::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsSection::saveAsPdf);
    connect(m_export, &QPushButton::clicked, this, &ReportsSection::exportTable);
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, &ReportsSection::onDataChanged);

    loadPeriods();
}

ReportsSection::~ReportsSection() = default;

void ReportsSection::loadPeriods()
{
    QList<core::ReportingPeriod> periods;
    try {
        periods = core::ReportingPeriodRepository(m_context.db).all();
    } catch (const core::StorageError& e) {
        m_error->setText(e.message());
        m_error->show();
    }
    const QVariant previous = m_period->currentData();
    m_loading = true;
    m_period->clear();
    int chosen = -1;
    const QDate today = referenceDay(m_context.db);
    for (const core::ReportingPeriod& period : periods) {
        QString text = tr("Period %1: %2 – %3")
                           .arg(period.number.value_or(0))
                           .arg(FormErrors::dateText(period.from), FormErrors::dateText(period.to));
        if (period.locked) {
            text += QLatin1Char(' ') + tr("(locked)");
        }
        m_period->addItem(text, QVariant::fromValue(period.id.value_or(0)));
        m_period->setItemData(m_period->count() - 1, period.claimNumber, Qt::ToolTipRole);
        m_period->setItemData(m_period->count() - 1, period.from, Qt::UserRole + 1);
        m_period->setItemData(m_period->count() - 1, period.to, Qt::UserRole + 2);
        // The latest period that has started is the one the office usually reports.
        if (period.from <= today) {
            chosen = m_period->count() - 1;
        }
    }
    m_period->addItem(tr("Custom dates"), QVariant::fromValue(customPeriod));
    if (previous.isValid() && m_period->findData(previous) >= 0) {
        chosen = m_period->findData(previous);
    }
    m_period->setCurrentIndex(chosen >= 0 ? chosen : 0);
    m_loading = false;
    periodChosen();
}

void ReportsSection::periodChosen()
{
    if (m_loading) {
        return;
    }
    const bool custom = m_period->currentData().toLongLong() == customPeriod;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        m_loading = true;
        m_from->setDate(m_period->currentData(Qt::UserRole + 1).toDate());
        m_to->setDate(m_period->currentData(Qt::UserRole + 2).toDate());
        m_loading = false;
    }
    recompute();
}

void ReportsSection::recompute()
{
    if (m_loading) {
        return;
    }
    const qint64 id = m_period->currentData().toLongLong();
    const std::pair<QDate, QDate> range{m_from->date(), m_to->date()};
    // The charts over time read the whole ledger: only again for other dates or other data.
    const bool withSeries = m_seriesRange != range;
    setComputing(true);
    // Off the window's thread; a newer request (the data changed again, another period) drops
    // this one, so what is shown is always of the latest data and the latest choice.
    m_context.reads().read<Computed>(
        this, QStringLiteral("reports"),
        [id, range, withSeries](core::Database& db) {
            core::ReportingPeriod period = core::ReportingPeriod::custom(range.first, range.second);
            if (id != customPeriod) {
                try {
                    if (auto stored = core::ReportingPeriodRepository(db).byId(id)) {
                        period = *stored;
                    }
                } catch (const core::StorageError&) {
                    // The computation below reports the storage problem.
                }
            }
            Computed computed;
            // A locked period: the locked report with what the data gives now beside it.
            computed.report = core::LockedReport::compute(db, period);
            if (withSeries && computed.report->ok()) {
                try {
                    computed.series = core::ReportSeriesCalculator(db).compute(period.from, period.to);
                } catch (const core::StorageError& e) {
                    computed.seriesError = e.message();
                }
            }
            return computed;
        },
        [this, range, withSeries](Computed computed) { showComputed(std::move(computed), range, withSeries); },
        [this](const QString& error) {
            showComputed(Computed{core::Error{error}, {}, {}}, {}, true);
        });
}

void ReportsSection::setComputing(bool computing)
{
    m_computing = computing;
    m_busy->setVisible(computing);
    for (QPushButton* button : {m_preview, m_print, m_pdf, m_export, m_lock, m_unlock}) {
        button->setEnabled(!computing && button->property("usable").toBool());
    }
}

void ReportsSection::showComputed(Computed computed, const std::pair<QDate, QDate>& range, bool withSeries)
{
    const core::Result<core::IndicatorReport>& result = *computed.report;
    const bool ok = result.ok();
    const bool locked = ok && result->period.locked;
    const bool stored = ok && result->period.id.has_value();
    m_lock->setProperty("usable", stored && !locked);
    m_unlock->setProperty("usable", stored && locked);
    for (QPushButton* button : {m_preview, m_print, m_pdf, m_export}) {
        button->setProperty("usable", ok);
    }
    setComputing(false);
    m_error->setVisible(!ok);
    if (!ok) {
        m_error->setText(result.error().message);
        m_report.reset();
        m_model->setReport({});
        replaceChart(new QChart);
        m_qualityRefresh->request();
        showLock();
        m_series = {};
        m_seriesRange.reset();
        m_seriesRefresh->request();
        return;
    }
    m_report = std::move(computed.report->value());
    m_model->setReport(*m_report);
    m_table->resizeRowsToContents();
    replaceChart(AttainmentChart::create(*m_report));
    m_chart->setMinimumHeight(AttainmentChart::screenHeight(*m_report));
    m_qualityRefresh->request();
    showLock();
    if (withSeries) {
        if (computed.series) {
            m_series = std::move(*computed.series);
            m_seriesRange = range;
        } else {
            m_series = {};
            m_seriesRange.reset();
            m_error->setText(computed.seriesError.value_or(QString()));
            m_error->show();
        }
        m_seriesRefresh->request();
    }
    m_notes->setText(m_report->notComputed.isEmpty() ? QString()
                                                     : tr("Not calculated in this version (left out of the report): %1")
                                                           .arg(m_report->notComputed.join(QStringLiteral(", "))));
}

bool ReportsSection::waitForReport()
{
    refresh();
    if (m_computing) {
        m_context.reads().waitIdle();
    }
    return m_report.has_value() && !m_computing;
}

void ReportsSection::replaceChart(QChart* chart)
{
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old; // the view releases the chart it replaces
}

void ReportsSection::showSeries()
{
    QChart* charts[] = {ReportCharts::participantsByStatus(m_series), ReportCharts::arrears(m_series),
                        ReportCharts::ordersByCoop(m_series)};
    for (int i = 0; i < 3; ++i) {
        QChart* old = m_seriesCharts[i]->chart();
        m_seriesCharts[i]->setChart(charts[i]);
        delete old;
    }
}

IndicatorReportDocument ReportsSection::document() const
{
    IndicatorReportDocument document(*m_report);
    document.setSeries(m_series);
    document.useProjectLogo(m_context.db);
    return document;
}

void ReportsSection::showDataQuality()
{
    DataQualityTable::fill(m_quality, m_report ? &*m_report : nullptr);
}

void ReportsSection::showLock()
{
    const QList<core::LockDifference> differences =
        m_report ? core::LockedReport::differences(*m_report) : QList<core::LockDifference>();
    const bool locked = m_report && m_report->lock;
    m_lockLabel->setVisible(locked);
    m_tabs->setTabVisible(m_tabs->indexOf(m_changesPage), locked);
    if (locked) {
        const QString lockedOn = core::shown::dateTime(m_report->lock->lockedOn);
        m_lockLabel->setText(
            differences.isEmpty()
                ? tr("Locked on %1: the values are those of the report as it was locked, and the data gives the same "
                     "values now.")
                      .arg(lockedOn)
                : tr("Locked on %1: the values are those of the report as it was locked. The data now gives different "
                     "values in %n cell(s), highlighted as \"locked → now\" and listed in \"Changes since locking\".",
                     nullptr, int(differences.size()))
                      .arg(lockedOn));
        m_lockLabel->setStyleSheet(differences.isEmpty()
                                       ? QStringLiteral("background: #e8e8e8; padding: 6px;")
                                       : QStringLiteral("background: #ffe082; padding: 6px; font-weight: bold;"));
    }
    const int lines = LockChangesTable::fill(m_changes, m_report ? &*m_report : nullptr);
    m_tabs->setTabText(m_tabs->indexOf(m_changesPage), tr("Changes since locking (%1)").arg(lines));
}

void ReportsSection::lockPeriod()
{
    if (!waitForReport() || !m_report->period.id || m_report->period.locked) {
        return;
    }
    const core::ReportingPeriod& period = m_report->period;
    if (!m_context.prompt.confirm(
            this, tr("Lock period"),
            tr("Lock period %1 (%2 – %3)? Its report is kept as it is now. Later changes of the data are shown beside "
               "the locked values; the period cannot be edited until it is unlocked, which needs a reason.")
                .arg(period.number.value_or(0))
                .arg(FormErrors::dateText(period.from), FormErrors::dateText(period.to)))) {
        return;
    }
    if (!backupBeforeChange(m_context, this, tr("Lock period"), core::BackupCopy::Reason::BeforeLock)) {
        return;
    }
    const core::Status locked =
        core::ReportingPeriodService(m_context.db, &m_context.changes).lock(*period.id, m_context.db.workingPerson());
    if (!locked) {
        m_context.prompt.error(this, tr("Lock period"), locked.error().message);
    }
}

void ReportsSection::unlockPeriod()
{
    if (!waitForReport() || !m_report->period.id || !m_report->period.locked) {
        return;
    }
    const core::ReportingPeriod& period = m_report->period;
    const QString reason = m_context.prompt.askText(
        this, tr("Unlock period"),
        tr("Why is period %1 unlocked? The reason is recorded with the period.").arg(period.number.value_or(0)));
    if (reason.trimmed().isEmpty()) {
        m_context.prompt.information(this, tr("Unlock period"),
                                     tr("The period stays locked: unlocking needs a reason."));
        return;
    }
    if (!backupBeforeChange(m_context, this, tr("Unlock period"), core::BackupCopy::Reason::BeforeLock)) {
        return;
    }
    const core::Status unlocked = core::ReportingPeriodService(m_context.db, &m_context.changes)
                                      .unlock(*period.id, reason, m_context.db.workingPerson());
    if (!unlocked) {
        m_context.prompt.error(this, tr("Unlock period"), unlocked.error().message);
    }
}

void ReportsSection::editPeriods()
{
    ReportingPeriodDialog dialog(m_context, this);
    if (m_report && m_report->period.id) {
        dialog.select(*m_report->period.id);
    }
    dialog.exec();
}

void ReportsSection::editTargets()
{
    IndicatorTargetsDialog dialog(m_context, this);
    dialog.exec();
}

void ReportsSection::onDataChanged(core::Topic topic)
{
    // What the charts over time show: participants' statuses, their arrears, the OSS's orders.
    switch (topic) {
    case core::Topic::Project:
    case core::Topic::Participants:
    case core::Topic::Debts:
    case core::Topic::WorkOrders:
    case core::Topic::SocialCoops:
        m_seriesRange.reset();
        break;
    default:
        break;
    }
    m_stale = std::max(m_stale, topic == core::Topic::Periods ? Stale::Periods : Stale::Report);
    // A section out of sight computes nothing: it catches up when it is shown again. What it
    // was computing is of the data before this change: dropped.
    if (isVisible()) {
        refresh();
    } else {
        m_context.reads().invalidate(QStringLiteral("reports"));
    }
}

void ReportsSection::refresh()
{
    const Stale stale = m_stale;
    m_stale = Stale::None;
    if (stale == Stale::Periods) {
        loadPeriods();
    } else if (stale == Stale::Report) {
        recompute();
    }
}

void ReportsSection::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReportsSection::showPrintPreview()
{
    if (waitForReport()) {
        document().createPrinter()->preview(this);
    }
}

void ReportsSection::print()
{
    if (!waitForReport()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        document().createPrinter()->print(printer);
    }
}

void ReportsSection::saveAsPdf()
{
    if (waitForReport()) {
        IndicatorReportFiles::saveAsPdf(m_context, this, document(), m_report->period);
    }
}

void ReportsSection::exportTable()
{
    if (waitForReport()) {
        IndicatorReportFiles::exportTable(m_context, this, *m_report);
    }
}

} // namespace osiedle::ui
