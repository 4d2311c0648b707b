#include "ui/reports/ReportsSection.h"

#include "core/common/DisplayFormat.h"
#include "core/common/OutputFile.h"
#include "core/indicators/LockedReport.h"
#include "core/indicators/ReportSeries.h"
#include "core/io/IndicatorReportCsv.h"
#include "core/io/IndicatorReportXlsx.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackupBeforeChange.h"
#include "ui/common/DateEdit.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ListExport.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/UserPrompt.h"
#include "ui/reports/AttainmentChart.h"
#include "ui/reports/DataQualityTable.h"
#include "ui/reports/IndicatorReportDocument.h"
#include "ui/reports/IndicatorTableModel.h"
#include "ui/reports/IndicatorTargetsDialog.h"
#include "ui/reports/ReportCharts.h"
#include "ui/reports/ReportingPeriodDialog.h"

#include <QChart>
#include <QChartView>
#include <QColor>
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

    m_changes = new QTableWidget(this);
    m_changes->setObjectName(QStringLiteral("lockChangesTable"));
    m_changes->setColumnCount(6);
    m_changes->setHorizontalHeaderLabels(
        {tr("Table"), tr("Line"), tr("Column"), tr("Locked"), tr("Now"), tr("Difference")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

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
    core::ReportingPeriod period = core::ReportingPeriod::custom(m_from->date(), m_to->date());
    const qint64 id = m_period->currentData().toLongLong();
    if (id != customPeriod) {
        try {
            if (auto stored = core::ReportingPeriodRepository(m_context.db).byId(id)) {
                period = *stored;
            }
        } catch (const core::StorageError&) {
            // The computation below reports the storage problem.
        }
    }
    // A locked period: the locked report with what the data gives now beside it.
    auto computed = core::LockedReport::compute(m_context.db, period);
    const bool ok = computed.ok();
    m_lock->setEnabled(ok && period.id && !period.locked);
    m_unlock->setEnabled(ok && period.id && period.locked);
    m_error->setVisible(!ok);
    for (QPushButton* button : {m_preview, m_print, m_pdf, m_export}) {
        button->setEnabled(ok);
    }
    if (!ok) {
        m_error->setText(computed.error().message);
        m_report.reset();
        m_model->setReport({});
        replaceChart(new QChart);
        m_quality->setRowCount(0);
        showLock();
        m_series = {};
        m_seriesRange.reset();
        showSeries();
        return;
    }
    m_report = std::move(computed.value());
    m_model->setReport(*m_report);
    m_table->resizeRowsToContents();
    replaceChart(AttainmentChart::create(*m_report));
    m_chart->setMinimumHeight(AttainmentChart::screenHeight(*m_report));
    showDataQuality();
    showLock();
    // The charts over time read the whole ledger: only again for other dates or other data.
    const std::pair<QDate, QDate> range{period.from, period.to};
    if (m_seriesRange != range) {
        try {
            m_series = core::ReportSeriesCalculator(m_context.db).compute(period.from, period.to);
            m_seriesRange = range;
        } catch (const core::StorageError& e) {
            m_series = {};
            m_seriesRange.reset();
            m_error->setText(e.message());
            m_error->show();
        }
        showSeries();
    }
    m_notes->setText(m_report->notComputed.isEmpty() ? QString()
                                                     : tr("Not calculated in this version (left out of the report): %1")
                                                           .arg(m_report->notComputed.join(QStringLiteral(", "))));
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
    const QList<core::LockQualityChange> quality =
        m_report ? core::LockedReport::qualityChanges(*m_report) : QList<core::LockQualityChange>();
    m_tabs->setTabText(m_tabs->indexOf(m_changesPage),
                       tr("Changes since locking (%1)").arg(differences.size() + quality.size()));
    m_changes->setRowCount(int(differences.size() + quality.size()));
    for (int i = 0; i < differences.size(); ++i) {
        const core::LockDifference& d = differences[i];
        const auto delta = d.difference();
        const QStringList texts{
            d.flow ? tr("Participant flow") : tr("Indicators"),
            d.row < 0 ? tr("%1 (added after locking)").arg(d.name) : d.name,
            d.columnName(),
            IndicatorReportDocument::formatCell(d.locked, d.money),
            IndicatorReportDocument::formatCell(d.now, d.money),
            delta ? IndicatorReportDocument::formatDifference(*delta, d.money) : QStringLiteral("–"),
        };
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            if (column >= 3) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (column >= 4) {
                item->setBackground(QColor(0xff, 0xe0, 0x82));
            }
            m_changes->setItem(i, column, item);
        }
    }
    // Who is counted differently now because their mandatory data changed.
    for (int i = 0; i < quality.size(); ++i) {
        const core::LockQualityChange& q = quality[i];
        const QStringList texts{
            tr("Data quality"),
            q.name,
            tr("Missing data"),
            q.missingThen.isEmpty() ? tr("complete") : q.missingThen.join(QStringLiteral(", ")),
            q.missingNow.isEmpty() ? tr("complete") : q.missingNow.join(QStringLiteral(", ")),
            q.missingNow.isEmpty() ? tr("counted now") : tr("not counted now"),
        };
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            if (column >= 4) {
                item->setBackground(QColor(0xff, 0xe0, 0x82));
            }
            m_changes->setItem(int(differences.size()) + i, column, item);
        }
    }
    m_changes->resizeColumnsToContents();
}

void ReportsSection::lockPeriod()
{
    refresh();
    if (!m_report || !m_report->period.id || m_report->period.locked) {
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
    const core::Status locked = core::ReportingPeriodService(m_context.db, &m_context.changes)
                                    .lock(*period.id, core::ReportingPeriodService::currentUserName());
    if (!locked) {
        m_context.prompt.error(this, tr("Lock period"), locked.error().message);
    }
}

void ReportsSection::unlockPeriod()
{
    refresh();
    if (!m_report || !m_report->period.id || !m_report->period.locked) {
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
                                      .unlock(*period.id, reason, core::ReportingPeriodService::currentUserName());
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
    // A section out of sight computes nothing: it catches up when it is shown again.
    if (isVisible()) {
        refresh();
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
    refresh();
    if (m_report) {
        document().createPrinter()->preview(this);
    }
}

void ReportsSection::print()
{
    refresh();
    if (!m_report) {
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
    refresh();
    if (!m_report) {
        return;
    }
    const QString suggested =
        tr("indicator-report-%1-%2.pdf")
            .arg(FormErrors::dateText(m_report->period.from), FormErrors::dateText(m_report->period.to));
    const QString path = m_context.prompt.saveFileName(this, tr("Save the indicator report as PDF"), suggested,
                                                       tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto written = document().writePdf(path);
    if (!written) {
        m_context.prompt.error(this, tr("Save as PDF"), written.error().message);
    }
}

void ReportsSection::exportTable()
{
    refresh();
    if (!m_report) {
        return;
    }
    const QString suggested =
        tr("indicators-%1-%2.xlsx")
            .arg(FormErrors::dateText(m_report->period.from), FormErrors::dateText(m_report->period.to));
    const QString path = m_context.prompt.saveFileName(this, tr("Export the indicator table"), suggested,
                                                       tr("Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    core::Status written;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        written = core::OutputFile::write(path, core::IndicatorReportCsv::toBytes(*m_report),
                                          core::OutputOptions::madeFrom(m_context.db.path()));
    } else {
        written = core::IndicatorReportXlsx::write(*m_report, path);
    }
    if (!written) {
        m_context.prompt.error(this, tr("Export the indicator table"), written.error().message);
    }
}

} // namespace osiedle::ui
