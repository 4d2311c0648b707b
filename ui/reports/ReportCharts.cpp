#include "ui/reports/ReportCharts.h"

#include "ui/common/DocumentPrinter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace osiedle::ui {

namespace {

// Colours that stay apart in print and for the common colour-vision deficiencies.
const QList<QColor>& palette()
{
    static const QList<QColor> colours{
        QColor(0x2b, 0x5c, 0x9e), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
        QColor(0x7f, 0x7f, 0x7f), QColor(0xf0, 0xe4, 0x42), QColor(0x40, 0x40, 0x40),
    };
    return colours;
}

QFont font(double points, bool bold = false)
{
    QFont f(DocumentPrinter::fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setTitleFont(font(9.5, true));
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->legend()->setFont(font(7.5));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QBarSet* newSet(const QString& name, int index)
{
    auto* set = new QBarSet(name);
    const QColor colour = palette()[index % palette().size()];
    set->setColor(colour);
    set->setBorderColor(colour.darker(130));
    return set;
}

// The month axis at the bottom and a value axis at the left with round steps.
void addAxes(QChart* chart, QAbstractBarSeries* series, const core::ReportSeries& data, double highest,
             const QString& valueTitle, const QString& labelFormat)
{
    auto* months = new QBarCategoryAxis;
    months->append(ReportCharts::monthLabels(data));
    months->setLabelsFont(font(7));
    months->setGridLineVisible(false);
    if (data.months.size() > 12) {
        months->setLabelsAngle(-90);
    }
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);

    auto* values = new QValueAxis;
    values->setRange(0, std::max(highest, 1.0));
    values->applyNiceNumbers();
    values->setLabelFormat(labelFormat);
    values->setLabelsFont(font(7.5));
    values->setTitleText(valueTitle);
    values->setTitleFont(font(7.5));
    values->setGridLineColor(QColor(0xc8, 0xc8, 0xc8));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
}

// The names without the words they all begin with ("Osiedlowa Spółdzielnia Socjalna"), so that
// the legend shows what tells them apart.
QStringList distinctNames(const QList<core::CoopOrderSeries>& orders)
{
    QList<QStringList> words;
    for (const core::CoopOrderSeries& coop : orders) {
        if (coop.socialCoopId != 0) {
            words << coop.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    qsizetype common = 0;
    if (words.size() > 1) {
        for (bool same = true; same; ++common) {
            for (const QStringList& name : words) {
                same = same && common + 1 < name.size() && name[common] == words.first()[common];
            }
            if (!same) {
                break;
            }
        }
    }
    QStringList names;
    for (const core::CoopOrderSeries& coop : orders) {
        names << (coop.socialCoopId != 0 && common > 0
                      ? coop.name.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(common).join(QLatin1Char(' '))
                      : coop.name);
    }
    return names;
}

double thousands(qint64 grosze)
{
    return double(grosze) / 100000.0;
}

} // namespace

QStringList ReportCharts::monthLabels(const core::ReportSeries& series)
{
    QStringList labels;
    for (const QDate& month : series.months) {
        labels << month.toString(QStringLiteral("MM.yyyy"));
    }
    return labels;
}

QStringList ReportCharts::statusNames()
{
    return {tr("Candidates"), tr("Qualified, not started"), tr("In support"), tr("Completed"), tr("Dropped out")};
}

QChart* ReportCharts::participantsByStatus(const core::ReportSeries& series)
{
    QChart* chart = newChart(tr("Participants by status at the end of each month"));
    auto* stack = new QStackedBarSeries;
    stack->setBarWidth(0.75);
    const QStringList names = statusNames();
    std::vector<int core::StatusCounts::*> fields{&core::StatusCounts::candidates, &core::StatusCounts::qualified,
                                                  &core::StatusCounts::inSupport, &core::StatusCounts::completed,
                                                  &core::StatusCounts::droppedOut};
    int highest = 0;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        QBarSet* set = newSet(names[int(i)], int(i));
        for (const core::StatusCounts& counts : series.status) {
            *set << counts.*fields[i];
        }
        stack->append(set);
    }
    for (const core::StatusCounts& counts : series.status) {
        highest = std::max(highest, counts.total());
    }
    chart->addSeries(stack);
    addAxes(chart, stack, series, highest, tr("persons"), QStringLiteral("%.0f"));
    return chart;
}

QChart* ReportCharts::arrears(const core::ReportSeries& series)
{
    QChart* chart = newChart(tr("Participants' arrears at the end of each month (total of their debt accounts)"));
    chart->legend()->hide();
    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(0.75);
    QBarSet* set = newSet(tr("Arrears"), 5);
    double highest = 0;
    for (const qint64 balance : series.arrears) {
        *set << thousands(balance);
        highest = std::max(highest, thousands(balance));
    }
    bars->append(set);
    chart->addSeries(bars);
    addAxes(chart, bars, series, highest, tr("thousand PLN"), QStringLiteral("%.0f"));
    return chart;
}

QChart* ReportCharts::ordersByCoop(const core::ReportSeries& series)
{
    QChart* chart = newChart(tr("Net value of accepted work orders per month, by social cooperative"));
    auto* stack = new QStackedBarSeries;
    stack->setBarWidth(0.75);
    // One entry per OSS: listed at the right, where the names have room.
    chart->legend()->setAlignment(Qt::AlignRight);
    QList<double> totals(series.months.size(), 0.0);
    const QStringList names = distinctNames(series.orders);
    int index = 0;
    for (const core::CoopOrderSeries& coop : series.orders) {
        QBarSet* set = newSet(names[index], coop.socialCoopId == 0 ? 8 : index);
        ++index;
        for (qsizetype m = 0; m < coop.values.size(); ++m) {
            *set << thousands(coop.values[m]);
            totals[m] += thousands(coop.values[m]);
        }
        stack->append(set);
    }
    if (series.orders.isEmpty()) {
        chart->legend()->hide();
    }
    chart->addSeries(stack);
    const double highest = totals.isEmpty() ? 0.0 : *std::max_element(totals.cbegin(), totals.cend());
    addAxes(chart, stack, series, highest, tr("thousand PLN"), QStringLiteral("%.0f"));
    return chart;
}

} // namespace osiedle::ui
