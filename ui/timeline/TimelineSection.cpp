#include "ui/timeline/TimelineSection.h"

#include "core/common/Result.h"
#include "core/storage/BackgroundReader.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/common/UserPrompt.h"
#include "ui/timeline/TimelineChart.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace osiedle::ui {

TimelineSection::TimelineSection(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_today(referenceDay(context.db))
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    auto* title = new QLabel(tr("Project timeline: planned and actual dates"), this);
    buttons->addWidget(title);
    buttons->addStretch();
    // The day the chart and its printout call "today": the project's reference day unless the
    // user dates this document otherwise.
    m_asOf = new DateEdit(m_today, this);
    m_asOf->setObjectName(QStringLiteral("timelineAsOf"));
    buttons->addWidget(new QLabel(tr("As of"), this));
    buttons->addWidget(m_asOf);
    m_preview = new QPushButton(tr("Print preview…"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    buttons->addWidget(m_preview);
    buttons->addWidget(m_pdf);
    layout->addLayout(buttons);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("timelineMessage"));
    m_empty->hide();
    layout->addWidget(m_empty);

    m_view = new QGraphicsView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_view, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        if (day.isValid() && day != m_today) {
            setToday(day);
        }
    });
    connect(m_preview, &QPushButton::clicked, this, &TimelineSection::showPrintPreview);
    connect(m_pdf, &QPushButton::clicked, this, &TimelineSection::saveAsPdf);
    m_afterChange = new RefreshWhenShown(this, [this] { refresh(); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, &TimelineSection::onChanged);
    refresh();
}

TimelineSection::~TimelineSection() = default;

void TimelineSection::setToday(const QDate& today)
{
    m_today = today;
    if (m_asOf->date() != today) {
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(today);
    }
    // The items do not depend on the day, only how they are drawn: no new read. Before the
    // first items come there is no chart to redraw; it is drawn when they come.
    if (m_scene != nullptr) {
        showChart();
    }
}

void TimelineSection::refresh()
{
    // Off the window's thread (at scale 100 the read took most of a second); the chart shown
    // stays until the items come, and a newer refresh drops this one.
    m_context.reads().read<QList<core::TimelineItem>>(
        this, QStringLiteral("timeline"), [](core::Database& db) { return core::ProjectTimeline::items(db); },
        [this](QList<core::TimelineItem> read) {
            m_items = std::move(read);
            m_empty->hide();
            showChart();
        },
        [this](const QString& error) {
            m_items.clear();
            m_empty->setText(tr("The timeline cannot be read: %1").arg(error));
            m_empty->show();
            showChart();
        });
}

void TimelineSection::showChart()
{
    // A rebuilt chart keeps where the user had scrolled to; the first one opens at the start.
    const bool keep = m_scene != nullptr && m_shown;
    const int x = m_view->horizontalScrollBar()->value();
    const int y = m_view->verticalScrollBar()->value();
    auto scene = TimelineChart::build(m_items, m_today);
    m_view->setScene(scene.get());
    m_scene = std::move(scene);
    if (keep) {
        m_view->horizontalScrollBar()->setValue(x);
        m_view->verticalScrollBar()->setValue(y);
    } else {
        scrollToStart();
    }
}

void TimelineSection::scrollToStart()
{
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->minimum());
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->minimum());
}

void TimelineSection::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // QGraphicsView centres a new scene when it is first shown; the lane names and the axis
    // are at the top-left, so start there.
    if (!m_shown) {
        m_shown = true;
        scrollToStart();
    }
}

void TimelineSection::onChanged(core::Topic topic)
{
    if (topic != core::Topic::Indicators && topic != core::Topic::Periods) {
        m_afterChange->request();
    }
}

std::unique_ptr<DocumentPrinter> TimelineSection::createPrinter() const
{
    // The printout shows the items of the data as it is now, not of a read still under way.
    m_context.reads().waitIdle();
    return TimelineChart::document(m_context.db, m_items, m_today);
}

void TimelineSection::showPrintPreview()
{
    createPrinter()->preview(this);
}

void TimelineSection::saveAsPdf()
{
    const QString path = m_context.prompt.saveFileName(this, tr("Save the project timeline as PDF"),
                                                       tr("project-timeline-%1.pdf").arg(m_today.toString(Qt::ISODate)),
                                                       tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto written = createPrinter()->writePdf(path);
    if (!written) {
        m_context.prompt.error(this, tr("Save as PDF"), written.error().message);
    }
}

} // namespace osiedle::ui
