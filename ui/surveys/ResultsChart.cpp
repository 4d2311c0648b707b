#include "ui/surveys/ResultsChart.h"

#include "core/common/DisplayFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace osiedle::ui {

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // "54,6 %", as the rest of the window writes numbers (label formats then need a precision:
    // "%.0f", not "%d").
    chart->setLocalizeNumbers(true);
    return chart;
}

// A category's label on lines of about a dozen characters: the axis gives each category only
// half its width and cuts a longer line short ("Relacje z sąs...").
QString wrapped(const QString& name)
{
    QStringList lines;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 14) {
            lines.last() += QLatin1Char(' ') + word;
        } else {
            lines << word;
        }
    }
    for (QString& line : lines) {
        line = line.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

QString points(double value)
{
    return core::shown::decimal(value, 1);
}

} // namespace

double ResultsChart::percentOfRange(double mean, int minPoints, int maxPoints)
{
    return maxPoints > minPoints ? 100.0 * (mean - minPoints) / (maxPoints - minPoints) : 0.0;
}

QChart* ResultsChart::entryVsExit(const core::RoundResults& results)
{
    QChart* chart = newChart(tr("Mean score at entry and at exit (% of the scale)"));
    auto* entry = new QBarSet(tr("At entry"));
    auto* exit = new QBarSet(tr("At exit"));
    entry->setColor(QColor(0x90, 0xa4, 0xae));
    exit->setColor(QColor(0x2e, 0x7d, 0x32));
    // The values stand above the bars, on the chart's background: dark, not the theme's white.
    entry->setLabelColor(QColor(0x26, 0x32, 0x38));
    exit->setLabelColor(QColor(0x26, 0x32, 0x38));
    QStringList scales;
    QStringList entryTips;
    QStringList exitTips;
    for (const core::ScaleSummary& s : results.summaries) {
        scales << wrapped(s.scale.name);
        const double in = s.entryMean.total.value_or(s.minPoints);
        const double out = s.exitMean.total.value_or(s.minPoints);
        *entry << percentOfRange(in, s.minPoints, s.maxPoints);
        *exit << percentOfRange(out, s.minPoints, s.maxPoints);
        entryTips << tr("%1 at entry: %2 points of %3–%4 (%n form(s))", nullptr, s.entryCount.total)
                         .arg(s.scale.name, points(in))
                         .arg(s.minPoints)
                         .arg(s.maxPoints);
        exitTips << tr("%1 at exit: %2 points of %3–%4 (%n form(s))", nullptr, s.exitCount.total)
                        .arg(s.scale.name, points(out))
                        .arg(s.minPoints)
                        .arg(s.maxPoints);
    }
    // On screen, pointing at a bar tells its points.
    for (const auto& [set, setTips] : {std::pair{entry, entryTips}, std::pair{exit, exitTips}}) {
        // A copy to capture: not every compiler captures a structured binding.
        const QStringList tips = setTips;
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool over, int index) {
            if (over && index >= 0 && index < tips.size()) {
                QToolTip::showText(QCursor::pos(), tips[index]);
            } else {
                QToolTip::hideText();
            }
        });
    }
    auto* series = new QBarSeries;
    series->append(entry);
    if (results.entryRound) {
        series->append(exit);
    } else {
        delete exit;
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(scales);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%.0f %"));
    axisY->setTickCount(6);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart* ResultsChart::distribution(const core::ScaleSummary& summary)
{
    QChart* chart = newChart(tr("%1: forms by score").arg(summary.scale.name));
    // Up to ten bands of points, so a long scale stays readable.
    const int range = summary.maxPoints - summary.minPoints + 1;
    const int width = std::max(1, (range + 9) / 10);
    auto* entry = new QBarSet(tr("At entry"));
    auto* exit = new QBarSet(tr("At exit"));
    entry->setColor(QColor(0x90, 0xa4, 0xae));
    exit->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList bands;
    int largest = 1;
    for (int from = 0; from < range; from += width) {
        const int to = std::min(range, from + width) - 1;
        int in = 0;
        int out = 0;
        for (int i = from; i <= to; ++i) {
            in += summary.entryDistribution.value(i);
            out += summary.exitDistribution.value(i);
        }
        *entry << in;
        *exit << out;
        largest = std::max({largest, in, out});
        bands << (from == to ? QString::number(summary.minPoints + from)
                             : QStringLiteral("%1–%2").arg(summary.minPoints + from).arg(summary.minPoints + to));
    }
    auto* series = new QBarSeries;
    series->append(entry);
    series->append(exit);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(bands);
    axisX->setTitleText(tr("points"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, largest);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTickCount(std::min(largest, 5) + 1);
    axisY->setTitleText(tr("forms"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

} // namespace osiedle::ui
