#include "ui/dashboard/DashboardSection.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/Money.h"
#include "core/indicators/IndicatorCalculator.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/BackgroundReader.h"
#include "ui/common/AppContext.h"
#include "ui/common/Navigator.h"

#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QString amount(const core::IndicatorReport::Row& row, qint64 value)
{
    return row.money ? core::Money::fromGrosze(value).format() : core::shown::count(value);
}

/// An indicator's attainment: a flat bar with its percentage. The style's own bar (gradients,
/// rounded outlines) took most of the dashboard's first paint, twenty of them at a time.
class AttainmentBar : public QProgressBar {
public:
    using QProgressBar::QProgressBar;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const QRect frame = rect().adjusted(0, 0, -1, -1);
        painter.fillRect(rect(), palette().base());
        const int span = maximum() - minimum();
        const double share = span > 0 ? double(value() - minimum()) / span : 0.0;
        const QRect done(1, 1, int((width() - 2) * share), height() - 2);
        painter.fillRect(done, palette().highlight());
        painter.setPen(palette().mid().color());
        painter.drawRect(frame);
        // The text over both parts of the bar, in the colour that reads on each.
        painter.setPen(palette().text().color());
        painter.drawText(rect(), Qt::AlignCenter, text());
        painter.setClipRect(done);
        painter.setPen(palette().highlightedText().color());
        painter.drawText(rect(), Qt::AlignCenter, text());
    }
};

/// Eats the double click that may follow the click on a link, for a moment: the link has already
/// moved the user to another section, where a double click would open the record under the
/// mouse.
class SwallowDoubleClick : public QObject {
public:
    SwallowDoubleClick()
    {
        qApp->installEventFilter(this);
        QTimer::singleShot(QApplication::doubleClickInterval(), this, &QObject::deleteLater);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        return event->type() == QEvent::MouseButtonDblClick || QObject::eventFilter(watched, event);
    }
};

void clearLayout(QGridLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

DashboardSection::DashboardSection(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("dashboardHeader"));
    m_header->setTextFormat(Qt::PlainText);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* progressGroup = new QGroupBox(tr("Progress towards the targets"), this);
    m_progressBox = new QWidget;
    m_progress = new QGridLayout(m_progressBox);
    m_progress->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea(progressGroup);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_progressBox);
    auto* progressLayout = new QVBoxLayout(progressGroup);
    progressLayout->addWidget(scroll);

    auto* attentionGroup = new QGroupBox(tr("Needs attention"), this);
    m_attention = new QListWidget(attentionGroup);
    m_attention->setObjectName(QStringLiteral("attentionList"));
    m_attention->setMouseTracking(true);
    m_attention->viewport()->setCursor(Qt::PointingHandCursor);
    // A link opens with one click: Enter and a double click activate an item, and so does a
    // single click where the style says so; elsewhere the click itself opens it.
    connect(m_attention, &QListWidget::itemActivated, this, &DashboardSection::openAttention);
    if (m_attention->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_attention) == 0) {
        connect(m_attention, &QListWidget::itemClicked, this, &DashboardSection::openAttention);
    }
    auto* attentionLayout = new QVBoxLayout(attentionGroup);
    attentionLayout->addWidget(m_attention);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(progressGroup, 3);
    layout->addWidget(attentionGroup, 1);

    // Out of sight (another section is open) it reads nothing: it catches up when shown again;
    // what it was reading is of the data before the change and is dropped.
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this] {
        m_stale = true;
        if (isVisible()) {
            refresh(m_asOf);
        } else {
            m_context.reads().invalidate(QStringLiteral("dashboard"));
        }
    });
    refresh();
}

void DashboardSection::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh(m_asOf);
    }
}

// What the reading thread computes: the summary and the report its progress bars show.
struct DashboardSection::Computed {
    std::optional<core::Result<core::DashboardSummary>> summary;
    std::optional<core::Result<core::IndicatorReport>> report;
};

void DashboardSection::refresh(const QDate& day)
{
    m_stale = false;
    const QDate realToday = day.isValid() ? day : QDate::currentDate();
    // Off the window's thread; a newer refresh drops this one.
    m_context.reads().read<Computed>(
        this, QStringLiteral("dashboard"),
        [realToday](core::Database& db) {
            Computed computed;
            const QDate asOf = core::DashboardSummary::asOf(db, realToday);
            computed.summary = core::DashboardSummary::compute(db, asOf);
            if (computed.summary->ok()) {
                const core::DashboardSummary& summary = computed.summary->value();
                const QDate to = summary.period ? summary.period->to : summary.today;
                const QDate from = summary.period ? summary.period->from : summary.today;
                computed.report = core::IndicatorCalculator(db).compute(from, to);
            }
            return computed;
        },
        [this, realToday](Computed computed) { showComputed(computed, realToday); },
        [this](const QString& error) {
            m_error->setText(error);
            m_error->show();
        });
}

void DashboardSection::showComputed(const Computed& computed, const QDate& realToday)
{
    m_error->hide();
    const auto& summary = *computed.summary;
    if (!summary) {
        m_error->setText(summary.error().message);
        m_error->show();
        return;
    }
    m_asOf = summary->today;
    showHeader(summary.value(), m_asOf != realToday);
    showProgress(*computed.report);
    showAttention(summary.value());
}

void DashboardSection::showHeader(const core::DashboardSummary& summary, bool projectOver)
{
    QString text;
    if (summary.period) {
        const QString number = summary.period->number ? QString::number(*summary.period->number) : QString();
        text = tr("Period %1: %2 – %3 · claim due %4")
                   .arg(number, core::shown::date(summary.period->from), core::shown::date(summary.period->to),
                        core::shown::date(summary.claimDue));
    } else {
        text = tr("No reporting period yet");
    }
    if (projectOver) {
        text += QLatin1Char('\n') + tr("The project has ended: as of %1").arg(core::shown::date(summary.today));
    }
    m_header->setText(text);
}

void DashboardSection::showProgress(const core::Result<core::IndicatorReport>& report)
{
    clearLayout(m_progress);
    if (!report) {
        m_error->setText(report.error().message);
        m_error->show();
        return;
    }
    int line = 0;
    for (const auto& row : report.value().rows) {
        if (!row.target.total || *row.target.total == 0) {
            continue;
        }
        const double percent = row.percentOfTarget.value_or(0.0);
        auto* name = new QLabel(row.name, m_progressBox);
        name->setWordWrap(true);
        name->setToolTip(row.code);
        auto* bar = new AttainmentBar(m_progressBox);
        bar->setObjectName(QStringLiteral("progress_") + row.code);
        bar->setRange(0, 1000);
        bar->setValue(qBound(0, qRound(percent * 10), 1000));
        bar->setFormat(core::shown::percent(percent));
        auto* figures = new QLabel(
            tr("%1 of %2").arg(amount(row, row.cumulative.total), amount(row, *row.target.total)), m_progressBox);
        figures->setObjectName(QStringLiteral("figures_") + row.code);
        m_progress->addWidget(name, line, 0);
        m_progress->addWidget(bar, line, 1);
        m_progress->addWidget(figures, line, 2);
        ++line;
    }
    if (line == 0) {
        m_progress->addWidget(new QLabel(tr("No indicator has a target yet."), m_progressBox), 0, 0);
    }
    m_progress->setRowStretch(line + 1, 1);
}

void DashboardSection::showAttention(const core::DashboardSummary& summary)
{
    m_attention->clear();
    // Each line links to its records (a click or Enter opens them); a count above zero is bold.
    auto add = [this](int count, const QString& text, const QString& section, const QString& what) {
        auto* item = new QListWidgetItem(text, m_attention);
        item->setData(SectionRole, section);
        item->setData(RecordsRole, what);
        item->setToolTip(tr("Open these records"));
        item->setForeground(m_attention->palette().brush(QPalette::Link));
        QFont font = item->font();
        font.setUnderline(true);
        font.setBold(count > 0);
        item->setFont(font);
    };
    add(summary.incompleteParticipants,
        tr("Participants with incomplete records: %1").arg(summary.incompleteParticipants),
        QStringLiteral("participants"), QStringLiteral("incomplete"));
    add(summary.plansWithOverdueInstalment,
        tr("Repayment plans with an overdue instalment: %1").arg(summary.plansWithOverdueInstalment),
        QStringLiteral("debts"), QStringLiteral("plans-at-risk"));
    add(summary.overdueWorkOrders, tr("Overdue work orders: %1").arg(summary.overdueWorkOrders),
        QStringLiteral("work-orders"), QStringLiteral("overdue"));
    add(summary.followUpsDue, tr("Follow-up consultations due: %1").arg(summary.followUpsDue),
        QStringLiteral("consultations"), QStringLiteral("follow-ups"));
    if (summary.claimDue.isValid()) {
        const auto days = summary.today.daysTo(summary.claimDue);
        const QString text =
            days >= 0 ? tr("Next payment claim due: %1 (in %2 days)").arg(core::shown::date(summary.claimDue)).arg(days)
                      : tr("Payment claim of the period was due: %1").arg(core::shown::date(summary.claimDue));
        add(days >= 0 && days <= 14 ? 1 : 0, text, QStringLiteral("reports"), QString());
    }
}

void DashboardSection::openAttention(QListWidgetItem* item)
{
    if (item == nullptr || m_context.navigator == nullptr) {
        return;
    }
    new SwallowDoubleClick; // deletes itself
    m_context.navigator->showRecords(item->data(SectionRole).toString(), item->data(RecordsRole).toString());
}

} // namespace osiedle::ui
