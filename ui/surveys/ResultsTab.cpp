#include "ui/surveys/ResultsTab.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/StorageError.h"
#include "core/storage/SurveyRoundRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListExport.h"
#include "ui/common/UserPrompt.h"
#include "ui/surveys/ResultsChart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QTableView* table(const QString& name, QStandardItemModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QStandardItem* cell(const QString& text, bool number = false)
{
    auto* item = new QStandardItem(text);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

constexpr int kindRole = Qt::UserRole + 1; // the round's kind, in the round chooser

QString decimal(const std::optional<double>& value)
{
    return value ? core::shown::decimal(*value, 1) : QStringLiteral("–");
}

// "12,3 · K 13,0 · M 11,5"
QString means(const core::SexMean& m)
{
    return ResultsTab::tr("%1 · W %2 · M %3").arg(decimal(m.total), decimal(m.women), decimal(m.men));
}

QString counts(const core::SexCount& c)
{
    return ResultsTab::tr("%1 (W %2, M %3)").arg(c.total).arg(c.women).arg(c.men);
}

QString share(int part, int whole)
{
    return whole > 0 ? core::shown::percentOf(part, whole) : QStringLiteral("—");
}

// "62,5 % (K 60,0 %, M 66,7 %)": of those compared, women and men apart.
QString shares(const core::SexCount& part, const core::SexCount& whole)
{
    return ResultsTab::tr("%1 (W %2, M %3)")
        .arg(share(part.total, whole.total), share(part.women, whole.women), share(part.men, whole.men));
}

// The summary holds a line per scale over the whole width: its headers wrap at spaces so that
// every column shows without scrolling sideways, and it is exactly as high as its lines.
void fitSummary(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        int widestWord = 0;
        for (const QString& word :
             view->model()->headerData(c, Qt::Horizontal).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
        }
        view->setColumnWidth(
            c, std::max(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c), widestWord + padding));
    }
    header->setFixedHeight(2 * metrics.lineSpacing() + padding);
    int height = header->height() + 2 * view->frameWidth();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        height += view->rowHeight(r);
    }
    if (header->length() > view->viewport()->width()) {
        height += view->horizontalScrollBar()->sizeHint().height();
    }
    view->setFixedHeight(
        std::max(height, header->height() + 2 * view->frameWidth() + view->verticalHeader()->defaultSectionSize()));
}

} // namespace

ResultsTab::ResultsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_round(new QComboBox), m_note(new QLabel),
      m_summary(new QStandardItemModel(this)), m_chart(new QChartView), m_tabs(new QTabWidget),
      m_people(new QStandardItemModel(this)), m_notCounted(new QStandardItemModel(this)),
      m_distributionScale(new QComboBox), m_distribution(new QChartView), m_groups(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("resultsTab"));
    m_round->setObjectName(QStringLiteral("resultsRound"));
    m_round->setMinimumContentsLength(40);
    m_round->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_note->setObjectName(QStringLiteral("resultsNote"));
    m_note->setWordWrap(true);
    m_summaryView = table(QStringLiteral("resultsSummary"), m_summary);
    m_chart->setObjectName(QStringLiteral("resultsChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_peopleView = table(QStringLiteral("resultsPeople"), m_people);
    m_notCountedView = table(QStringLiteral("resultsNotCounted"), m_notCounted);
    m_groupView = table(QStringLiteral("resultsByGroup"), m_groups);
    m_distributionScale->setObjectName(QStringLiteral("distributionScale"));
    m_distribution->setObjectName(QStringLiteral("distributionChart"));
    m_distribution->setRenderHint(QPainter::Antialiasing);
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Round:")));
    top->addWidget(m_round, 1);

    // The summary (a line per scale) over the whole width, then the chart beside the details.
    QWidget* summaryPage =
        ListExport::pageWithButton(context, m_summaryView, tr("results.xlsx"), QStringLiteral("exportResultsSummary"));
    m_summaryView->horizontalHeader()->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    m_summaryView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryPage->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_chart->setMinimumWidth(360);

    auto* distributionPage = new QWidget;
    auto* distributionLayout = new QVBoxLayout(distributionPage);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(new QLabel(tr("Scale:")));
    scaleRow->addWidget(m_distributionScale);
    scaleRow->addStretch();
    distributionLayout->addLayout(scaleRow);
    distributionLayout->addWidget(m_distribution, 1);
    m_tabs->addTab(ListExport::pageWithButton(context, m_peopleView, tr("results-people.xlsx"),
                                              QStringLiteral("exportResultsPeople")),
                   tr("People"));
    m_tabs->addTab(ListExport::pageWithButton(context, m_notCountedView, tr("results-not-compared.xlsx"),
                                              QStringLiteral("exportNotCounted")),
                   tr("Not compared"));
    m_tabs->addTab(distributionPage, tr("Distribution"));
    m_tabs->addTab(ListExport::pageWithButton(context, m_groupView, tr("results-by-group.xlsx"),
                                              QStringLiteral("exportResultsByGroup")),
                   tr("By course and OSS"));

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(summaryPage);
    layout->addWidget(splitter, 1);

    connect(m_round, &QComboBox::currentIndexChanged, this, &ResultsTab::refresh);
    connect(m_distributionScale, &QComboBox::currentIndexChanged, this, &ResultsTab::showDistribution);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_groupView->parentWidget()) {
            fillGroups();
        }
    });
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Surveys || topic == core::Topic::Participants) {
            m_stale = true;
            if (isVisible()) {
                reloadRounds();
            }
        }
    });
}

void ResultsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reloadRounds();
    }
}

void ResultsTab::reloadRounds()
{
    m_stale = false;
    const QVariant keep = m_round->currentData();
    {
        const QSignalBlocker blocker(m_round);
        m_round->clear();
        try {
            for (const core::SurveyRoundSummary& s : core::SurveyRoundRepository(m_context.db).list()) {
                m_round->addItem(
                    tr("%1 · %2 · %3 · %4")
                        .arg(core::shown::date(s.round.date), core::label(s.round.kind), s.instrumentName, s.groupName),
                    s.round.id);
                m_round->setItemData(m_round->count() - 1, core::key(s.round.kind), kindRole);
            }
        } catch (const core::StorageError& e) {
            m_context.prompt.error(this, tr("Results"), e.message());
        }
        int index = m_round->findData(keep);
        if (index < 0) {
            // The latest exit round, else the first listed.
            for (int i = 0; i < m_round->count() && index < 0; ++i) {
                if (m_round->itemData(i, kindRole).toString() == core::key(core::RoundKind::Exit)) {
                    index = i;
                }
            }
        }
        m_round->setCurrentIndex(std::max(0, index));
    }
    refresh();
    if (m_tabs->currentWidget() == m_groupView->parentWidget()) {
        fillGroups();
    }
}

qint64 ResultsTab::currentRound() const
{
    return m_round->currentData().toLongLong();
}

bool ResultsTab::showRound(qint64 roundId)
{
    if (m_stale) {
        reloadRounds();
    }
    const int index = m_round->findData(roundId);
    if (index < 0) {
        return false;
    }
    m_round->setCurrentIndex(index);
    return true;
}

void ResultsTab::refresh()
{
    m_summary->clear();
    m_people->clear();
    m_notCounted->clear();
    m_results.reset();
    if (QChart* old = m_chart->chart()) {
        m_chart->setChart(new QChart);
        delete old;
    }
    if (currentRound() == 0) {
        m_note->setText(tr("No rounds yet: give a questionnaire or test in the Rounds tab."));
        return;
    }
    const auto results = core::SurveyResults::forRound(m_context.db, currentRound());
    if (!results) {
        m_note->setText(results.error().message);
        return;
    }
    m_results = *results;
    const core::RoundResults& r = *m_results;
    const bool compared = r.entryRound.has_value();
    m_note->setText(
        compared ? tr("Compared with the entry round of %1. Improved: the score rose by at least the minimal change. "
                      "The report's indicators count of them the project's participants with complete data.")
                       .arg(core::shown::date(r.entryRound->date))
                 : tr("An entry round: its scores alone. Choose its exit round to see the change."));

    m_summary->setHorizontalHeaderLabels({tr("Scale"), tr("Points"), tr("Improved by"), tr("Entry forms"),
                                          tr("Entry mean (K, M)"), tr("Exit forms"), tr("Exit mean (K, M)"),
                                          tr("Compared"), tr("Improved"), tr("% improved")});
    for (const core::ScaleSummary& s : r.summaries) {
        m_summary->appendRow({cell(s.scale.name), cell(QStringLiteral("%1–%2").arg(s.minPoints).arg(s.maxPoints)),
                              cell(tr("≥ %1").arg(s.minChange), true), cell(counts(s.entryCount), true),
                              cell(means(s.entryMean), true), cell(compared ? counts(s.exitCount) : QString(), true),
                              cell(compared ? means(s.exitMean) : QString(), true),
                              cell(compared ? counts(s.paired) : QString(), true),
                              cell(compared ? counts(s.improved) : QString(), true),
                              cell(compared ? shares(s.improved, s.paired) : QString(), true)});
    }
    fitSummary(m_summaryView);

    QStringList headers{tr("Respondent"), tr("Sex")};
    for (const core::SurveyScale& s : r.scales) {
        headers << tr("%1: entry").arg(s.name);
        if (compared) {
            headers << tr("exit") << tr("change") << tr("improved");
        }
    }
    m_people->setHorizontalHeaderLabels(headers);
    for (const core::PersonResult& p : r.people) {
        QList<QStandardItem*> row;
        const QString name =
            r.round.anonymous ? QStringLiteral("%1  %2").arg(p.who.code, p.who.sortName()) : p.who.sortName();
        row << cell(name)
            << cell(p.who.sex == core::Sex::Female ? core::shown::womenColumn()
                    : p.who.sex == core::Sex::Male ? core::shown::menColumn()
                                                   : QString());
        for (const core::PersonScore& score : p.scores) {
            row << cell(score.entry ? QString::number(*score.entry) : QString(), true);
            if (compared) {
                const auto change = score.change();
                row << cell(score.exit ? QString::number(*score.exit) : QString(), true)
                    << cell(change ? QLocale().toString(*change).prepend(*change > 0 ? QStringLiteral("+") : QString())
                                   : QString(),
                            true)
                    << cell(change ? (score.improved ? tr("yes") : tr("no")) : QString());
            }
        }
        m_people->appendRow(row);
    }
    m_peopleView->resizeColumnsToContents();

    m_notCounted->setHorizontalHeaderLabels({tr("Respondent"), tr("Why not compared")});
    for (const core::NotCounted& n : r.notCounted) {
        const QString name =
            r.round.anonymous ? QStringLiteral("%1  %2").arg(n.who.code, n.who.sortName()) : n.who.sortName();
        m_notCounted->appendRow({cell(name), cell(core::SurveyResults::reasonText(n))});
    }
    m_notCountedView->resizeColumnToContents(0);
    m_tabs->setTabText(1, tr("Not compared (%1)").arg(r.notCounted.size()));

    QChart* old = m_chart->chart();
    m_chart->setChart(ResultsChart::entryVsExit(r));
    delete old;

    const QSignalBlocker blocker(m_distributionScale);
    m_distributionScale->clear();
    for (const core::SurveyScale& s : r.scales) {
        m_distributionScale->addItem(s.name, s.id);
    }
    showDistribution();
}

void ResultsTab::showDistribution()
{
    QChart* old = m_distribution->chart();
    const int index = m_distributionScale->currentIndex();
    if (m_results && index >= 0 && index < m_results->summaries.size()) {
        m_distribution->setChart(ResultsChart::distribution(m_results->summaries[index]));
    } else {
        m_distribution->setChart(new QChart);
    }
    delete old;
}

void ResultsTab::fillGroups()
{
    m_groups->clear();
    m_groups->setHorizontalHeaderLabels({tr("Exit round"), tr("Course or OSS"), tr("Questionnaire or test"),
                                         tr("Scale"), tr("Compared"), tr("Improved"), tr("% improved")});
    const auto rows = core::SurveyResults::byGroup(m_context.db);
    if (!rows) {
        m_context.prompt.error(this, tr("Results"), rows.error().message);
        return;
    }
    for (const core::GroupResult& g : *rows) {
        m_groups->appendRow({cell(core::shown::date(g.date)),
                             cell(g.socialCoop ? tr("OSS: %1").arg(g.groupName) : g.groupName), cell(g.instrumentName),
                             cell(g.scaleName), cell(counts(g.paired), true), cell(counts(g.improved), true),
                             cell(share(g.improved.total, g.paired.total), true)});
    }
    m_groupView->resizeColumnsToContents();
    m_groupView->setColumnWidth(1, std::min(m_groupView->columnWidth(1), 320));
}

} // namespace osiedle::ui
