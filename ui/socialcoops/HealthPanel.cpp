#include "ui/socialcoops/HealthPanel.h"

#include "core/common/DisplayFormat.h"
#include "core/common/ShortNames.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/BackgroundReader.h"
#include "ui/common/AppContext.h"
#include "ui/common/ColumnFit.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FrozenColumn.h"
#include "ui/common/ListExport.h"
#include "ui/socialcoops/MiddleElidingDelegate.h"

#include <QBrush>
#include <QColor>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

namespace osiedle::ui {

namespace {

/// Sorts by the number behind the text when there is one (counts, grosze, minutes).
class FigureItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant mine = data(Qt::UserRole + 1);
        const QVariant theirs = other.data(Qt::UserRole + 1);
        if (mine.isValid() && theirs.isValid()) {
            return mine.toLongLong() < theirs.toLongLong();
        }
        return QTableWidgetItem::operator<(other);
    }
};

/// The colours of the cells that need attention (background, text), light enough to read.
const QColor urgentBackground(0xf6, 0xd2, 0xd2);
const QColor urgentText(0x8a, 0x10, 0x10);
const QColor watchBackground(0xfb, 0xe8, 0xc0);
const QColor watchText(0x6b, 0x45, 0x00);

/// A coloured square and its meaning, for the legend.
QLabel* legendEntry(const QColor& background, const QColor& text, const QString& meaning, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                                  "&nbsp;%3")
                       .arg(background.name(), text.name(), meaning.toHtmlEscaped()));
    return label;
}

} // namespace

QList<HealthPanel::Concern> HealthPanel::concerns(const core::SocialCoopSummary& s)
{
    using Stage = core::SocialCoopStatus;
    const bool working = s.stage == Stage::Operating || s.stage == Stage::ServicePointOpen;
    QList<Concern> found;
    if (s.overdueOrders > 0) {
        found.append({Overdue, Level::Urgent, tr("%n order(s) past the due date", nullptr, s.overdueOrders)});
    }
    if (!s.memberShareWarning.isEmpty()) {
        found.append({Members, Level::Watch, s.memberShareWarning});
    }
    if (!s.agreementSignedOn && (s.stage == Stage::Registered || working)) {
        found.append({Agreement, Level::Watch, tr("No cooperation agreement with the SM yet")});
    }
    if (working && s.ordersMonth.count == 0) {
        found.append({OrdersMonth, Level::Watch, tr("No orders this month")});
    }
    if (working && s.employed == 0) {
        found.append({Employed, Level::Watch, tr("Nobody employed by the OSS")});
    }
    return found;
}

HealthPanel::HealthPanel(AppContext& context, const QDate& day, QWidget* parent)
    : QWidget(parent), m_context(context), m_day(day), m_dayEdit(new DateEdit(day, this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("healthPanel"));
    setWindowTitle(tr("Health panel of the social cooperatives"));
    m_dayEdit->setObjectName(QStringLiteral("healthDay"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_table->setObjectName(QStringLiteral("healthTable"));
    m_table->setHorizontalHeaderLabels({tr("OSS"), tr("SM"), tr("Stage"), tr("Steps"), tr("Members"),
                                        tr("Employed\nby the OSS"), tr("Agreement"), tr("Orders\nmonth"),
                                        tr("Value\nmonth"), tr("Orders\nyear"), tr("Value\nyear"), tr("Paid\nyear"),
                                        tr("Unpaid\nyear"), tr("Orders\noverdue"), tr("Sales\nmonth"),
                                        tr("Sales\nyear"), tr("Hours\nmonth"), tr("Hours\nyear")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    for (int column : {int(Name), int(HousingCoop)}) {
        m_table->setItemDelegateForColumn(column, new MiddleElidingDelegate(m_table));
    }
    m_table->horizontalHeader()->setSortIndicator(Name, Qt::AscendingOrder);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    auto* title = new QLabel(tr("All social cooperatives side by side"), this);
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    top->addWidget(title, 1);
    top->addWidget(new QLabel(tr("Figures as of"), this));
    top->addWidget(m_dayEdit);
    ListExport::addButton(context, m_table, top, tr("cooperatives-health.xlsx"), QStringLiteral("exportHealth"));
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    auto* legend = new QHBoxLayout();
    legend->addWidget(legendEntry(urgentBackground, urgentText, tr("Urgent: orders past their due date"), this));
    legend->addSpacing(24);
    legend->addWidget(legendEntry(watchBackground, watchText,
                                  tr("Needs a look: the members' share rule, no agreement, no orders this month or "
                                     "nobody employed while operating"),
                                  this),
                      1);
    layout->addLayout(legend);
    m_frozen = FrozenColumn::freeze(m_table);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &HealthPanel::setDay);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { emit cardRequested(m_table->item(row, Name)->data(Qt::UserRole).toLongLong()); });
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::SocialCoops || topic == core::Topic::WorkOrders) {
            reload();
        }
    });
    reload();
    resize(1300, 480);
}

void HealthPanel::setDay(const QDate& day)
{
    if (day.isValid() && day != m_day) {
        m_day = day;
        m_dayEdit->setDate(day);
        reload();
    }
}

void HealthPanel::reload()
{
    // Off the window's thread (every OSS's figures read the orders, sales and hours); a newer
    // reload (another day, changed data) drops this one.
    const QDate day = m_day;
    m_context.reads().read<Figures>(
        this, QStringLiteral("health-panel"),
        [day](core::Database& db) { return figures(core::SocialCoopOverview(db).all(day)); },
        [this](Figures figures) { showFigures(std::move(figures)); });
}

HealthPanel::Figures HealthPanel::figures(QList<core::SocialCoopSummary> all)
{
    // Readable names: shortened where they differ least (core::shortenedNames), whole in the
    // tooltip and in an exported list.
    QStringList names;
    QStringList housingCoops;
    for (const auto& coop : std::as_const(all)) {
        names.append(coop.name);
        housingCoops.append(coop.housingCoopName);
    }
    const QStringList shortNames = core::shortenedNames(names);
    const QStringList shortHousingCoops = core::shortenedNames(housingCoops);
    Figures figures;
    figures.texts.reserve(all.size());
    figures.concerns.reserve(all.size());
    for (qsizetype r = 0; r < all.size(); ++r) {
        const core::SocialCoopSummary& s = all.at(r);
        QStringList texts(Id + 1);
        texts[Name] = shortNames.value(r, s.name);
        texts[HousingCoop] = shortHousingCoops.value(r, s.housingCoopName);
        texts[Stage] = core::FoundingPath::stageTitle(s.stage);
        texts[Steps] = QStringLiteral("%1/%2").arg(s.stepsDone).arg(s.stepsTotal);
        texts[Members] = QString::number(s.members);
        texts[Employed] = QString::number(s.employed);
        texts[Agreement] = core::shown::date(s.agreementSignedOn);
        texts[OrdersMonth] = QString::number(s.ordersMonth.count);
        texts[ValueMonth] = s.ordersMonth.net.formatPlain();
        texts[OrdersYear] = QString::number(s.ordersYear.count);
        texts[ValueYear] = s.ordersYear.net.formatPlain();
        texts[Paid] = s.ordersYear.paid.formatPlain();
        texts[Unpaid] = s.ordersYear.unpaid.formatPlain();
        texts[Overdue] = QString::number(s.overdueOrders);
        texts[SalesMonth] = s.salesMonth.formatPlain();
        texts[SalesYear] = s.salesYear.formatPlain();
        texts[HoursMonth] = core::shown::hours(s.minutesMonth);
        texts[HoursYear] = core::shown::hours(s.minutesYear);
        texts[WholeName] = s.name;
        texts[WholeHousingCoop] = s.housingCoopName;
        texts[Id] = QString::number(s.id);
        figures.texts.append(std::move(texts));
        figures.concerns.append(concerns(s));
    }
    figures.all = std::move(all);
    return figures;
}

void HealthPanel::showFigures(Figures figures)
{
    if (m_shown && *m_shown == figures) {
        return;
    }
    const QList<core::SocialCoopSummary>& all = figures.all;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(all.size()));
    // The table and its frozen column hear of the new cells once, after all 18 of every row are
    // set: cell by cell, a thousand cooperatives made tens of thousands of announcements.
    std::optional<QSignalBlocker> quiet(m_table->model());
    for (int r = 0; r < all.size(); ++r) {
        const auto& s = all[r];
        const QStringList& texts = figures.texts.at(r);
        const auto set = [&](Column column, const QVariant& sortValue = {}, bool number = true) {
            const QString& text = texts.at(column);
            auto* item = new FigureItem(text);
            if (sortValue.isValid()) {
                item->setData(Qt::UserRole + 1, sortValue);
            }
            if (!text.isEmpty()) {
                item->setToolTip(text);
            }
            if (number) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(r, column, item);
            return item;
        };
        QTableWidgetItem* name = set(Name, {}, false);
        name->setData(Qt::UserRole, s.id);
        name->setToolTip(s.name);
        name->setData(ListExport::WholeTextRole, s.name);
        QTableWidgetItem* housingCoop = set(HousingCoop, {}, false);
        housingCoop->setToolTip(s.housingCoopName);
        housingCoop->setData(ListExport::WholeTextRole, s.housingCoopName);
        set(Stage, int(s.stage), false);
        set(Steps, s.stepsDone);
        set(Members, s.members);
        set(Employed, s.employed);
        set(Agreement, s.agreementSignedOn ? s.agreementSignedOn->toJulianDay() : 0, false);
        set(OrdersMonth, s.ordersMonth.count);
        set(ValueMonth, s.ordersMonth.net.grosze());
        set(OrdersYear, s.ordersYear.count);
        set(ValueYear, s.ordersYear.net.grosze());
        set(Paid, s.ordersYear.paid.grosze());
        set(Unpaid, s.ordersYear.unpaid.grosze());
        set(Overdue, s.overdueOrders);
        set(SalesMonth, s.salesMonth.grosze());
        set(SalesYear, s.salesYear.grosze());
        set(HoursMonth, s.minutesMonth);
        set(HoursYear, s.minutesYear);
        // what needs attention: the cell coloured, the reason in its tooltip, the name marked
        for (const Concern& concern : figures.concerns.at(r)) {
            QTableWidgetItem* item = m_table->item(r, concern.column);
            const bool urgent = concern.level == Level::Urgent;
            item->setBackground(urgent ? urgentBackground : watchBackground);
            item->setForeground(urgent ? urgentText : watchText);
            item->setToolTip(concern.why);
            if (urgent || name->background().style() == Qt::NoBrush) {
                name->setBackground(urgent ? urgentBackground : watchBackground);
                name->setForeground(urgent ? urgentText : watchText);
            }
            name->setToolTip(name->toolTip() + QLatin1Char('\n') + concern.why);
        }
    }
    quiet.reset();
    if (!all.isEmpty()) {
        QAbstractItemModel* model = m_table->model();
        emit model->dataChanged(model->index(0, 0), model->index(int(all.size()) - 1, ColumnCount - 1));
    }
    m_table->setSortingEnabled(true);
    m_table->sortItems(m_table->horizontalHeader()->sortIndicatorSection(),
                       m_table->horizontalHeader()->sortIndicatorOrder());
    ColumnFit::toContents(*m_table);
    // The names whole where the screen allows (the name column stays in view, frozen).
    m_table->setColumnWidth(Name, std::min(m_table->columnWidth(Name), 320));
    m_table->setColumnWidth(HousingCoop, std::min(m_table->columnWidth(HousingCoop), 240));
    m_shown = std::move(figures);
}

void HealthPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && isWindow()) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace osiedle::ui
