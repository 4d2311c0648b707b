#include "ui/reports/ReportsSection.h"

#include "core/indicators/IndicatorCalculator.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/UserPrompt.h"
#include "ui/reports/AttainmentChart.h"
#include "ui/reports/IndicatorReportDocument.h"
#include "ui/reports/IndicatorTableModel.h"

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
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

// The combo's item data: the period's id, or this value for custom dates.
constexpr qint64 customPeriod = -1;

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ReportsSection::ReportsSection(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("reportsSection"));

    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Indicator report").toHtmlEscaped()), this);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setMinimumContentsLength(40);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::Indicator, QHeaderView::Stretch);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("attainmentChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_quality = new QTableWidget(this);
    m_quality->setObjectName(QStringLiteral("dataQualityTable"));
    m_quality->setColumnCount(3);
    m_quality->setHorizontalHeaderLabels({tr("Participant"), tr("Start of participation"), tr("Missing data")});
    m_quality->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quality->verticalHeader()->hide();
    m_quality->horizontalHeader()->setStretchLastSection(true);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reportTabs"));
    tabs->addTab(splitter, tr("Indicators"));
    tabs->addTab(m_quality, tr("Data quality"));

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #606060;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(periodRow);
    layout->addWidget(m_error);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_notes);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsSection::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsSection::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsSection::recompute);
    connect(m_preview, &QPushButton::clicked, this, &ReportsSection::showPrintPreview);
    connect(m_print, &QPushButton::clicked, this, &ReportsSection::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsSection::saveAsPdf);
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
    const QDate today = QDate::currentDate();
    for (const core::ReportingPeriod& period : periods) {
        QString text = tr("Period %1: %2 – %3").arg(period.number.value_or(0)).arg(isoDate(period.from), isoDate(period.to));
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
    core::IndicatorCalculator calculator(m_context.db);
    auto computed = calculator.compute(period);
    const bool ok = computed.ok();
    m_error->setVisible(!ok);
    for (QPushButton* button : {m_preview, m_print, m_pdf}) {
        button->setEnabled(ok);
    }
    if (!ok) {
        m_error->setText(computed.error().message);
        m_report.reset();
        m_model->setReport({});
        replaceChart(new QChart);
        m_quality->setRowCount(0);
        return;
    }
    m_report = std::move(computed.value());
    m_model->setReport(*m_report);
    m_table->resizeRowsToContents();
    replaceChart(AttainmentChart::create(*m_report));
    showDataQuality();
    m_notes->setText(m_report->notComputed.isEmpty()
                         ? QString()
                         : tr("Not calculated in this version (left out of the report): %1")
                               .arg(m_report->notComputed.join(QStringLiteral(", "))));
}

void ReportsSection::replaceChart(QChart* chart)
{
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old; // the view releases the chart it replaces
}

void ReportsSection::showDataQuality()
{
    const auto& list = m_report->dataQuality;
    m_quality->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const auto& item = list[i];
        QString name = QStringLiteral("%1 %2").arg(item.lastName, item.firstName).trimmed();
        if (name.isEmpty()) {
            name = tr("(no name)");
        }
        m_quality->setItem(i, 0, new QTableWidgetItem(name));
        m_quality->setItem(i, 1, new QTableWidgetItem(isoDate(item.participationStart)));
        m_quality->setItem(i, 2, new QTableWidgetItem(item.missing.join(QStringLiteral(", "))));
    }
    m_quality->resizeColumnsToContents();
}

void ReportsSection::onDataChanged(core::Topic topic)
{
    if (topic == core::Topic::Periods) {
        loadPeriods();
    } else {
        recompute();
    }
}

void ReportsSection::showPrintPreview()
{
    if (m_report) {
        IndicatorReportDocument(*m_report).createPrinter()->preview(this);
    }
}

void ReportsSection::print()
{
    if (!m_report) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        IndicatorReportDocument(*m_report).createPrinter()->print(printer);
    }
}

void ReportsSection::saveAsPdf()
{
    if (!m_report) {
        return;
    }
    const QString suggested = tr("indicator-report-%1-%2.pdf").arg(isoDate(m_report->period.from),
                                                                   isoDate(m_report->period.to));
    const QString path = m_context.prompt.saveFileName(this, tr("Save the indicator report as PDF"), suggested,
                                                       tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto written = IndicatorReportDocument(*m_report).writePdf(path);
    if (!written) {
        m_context.prompt.error(this, tr("Save as PDF"), written.error().message);
    }
}

} // namespace osiedle::ui
