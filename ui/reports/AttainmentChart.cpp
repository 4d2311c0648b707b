#include "ui/reports/AttainmentChart.h"

#include "ui/common/DocumentPrinter.h"
#include "ui/reports/IndicatorReportDocument.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace osiedle::ui {

namespace {

constexpr int maxLabelLength = 62;

// The name shortened to one readable line: cut at a word boundary, marked with "…".
QString shortName(const QString& name)
{
    if (name.size() <= maxLabelLength) {
        return name;
    }
    QString cut = name.left(maxLabelLength - 1);
    const qsizetype boundary = std::max(cut.lastIndexOf(QLatin1Char(' ')), cut.lastIndexOf(QLatin1Char('-')));
    if (boundary > maxLabelLength * 2 / 3) {
        cut.truncate(boundary);
    }
    return cut.trimmed() + QChar(0x2026);
}

// One bar's height on screen and the room of the title and the value axis, in pixels.
constexpr int barPixels = 22;
constexpr int framePixels = 90;

} // namespace

int AttainmentChart::barCount(const core::IndicatorReport& report)
{
    return int(std::count_if(report.rows.cbegin(), report.rows.cend(),
                             [](const auto& row) { return row.percentOfTarget.has_value(); }));
}

int AttainmentChart::screenHeight(const core::IndicatorReport& report)
{
    return framePixels + barPixels * barCount(report);
}

QChart* AttainmentChart::create(const core::IndicatorReport& report)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->legend()->hide();
    // The value labels ("77,5 %") and the axis are written in the user's language.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont titleFont(DocumentPrinter::fontFamily());
    titleFont.setPointSizeF(9.5);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(tr("Target attainment: cumulative value as % of the target"));
    chart->setMargins(QMargins(4, 4, 12, 4));

    auto* set = new QBarSet(tr("% of target"));
    set->setColor(QColor(0x2b, 0x5c, 0x9e));
    set->setBorderColor(QColor(0x1d, 0x40, 0x70));
    set->setLabelColor(Qt::black);
    QFont labelFont(DocumentPrinter::fontFamily());
    labelFont.setPointSizeF(7.5);
    set->setLabelFont(labelFont);
    QStringList categories;
    QStringList tips;
    double highest = 100.0;
    // Horizontal bars are drawn bottom-up, so the rows go in reverse to read top-down.
    for (auto row = report.rows.crbegin(); row != report.rows.crend(); ++row) {
        if (!row->percentOfTarget) {
            continue;
        }
        *set << *row->percentOfTarget;
        categories << shortName(row->name);
        tips << QStringLiteral("%1: %2").arg(row->name, IndicatorReportDocument::formatPercent(row->percentOfTarget));
        highest = std::max(highest, *row->percentOfTarget);
    }
    // On screen, pointing at a bar tells the indicator's full name.
    QObject::connect(set, &QBarSet::hovered, set, [tips](bool over, int index) {
        if (over && index >= 0 && index < tips.size()) {
            QToolTip::showText(QCursor::pos(), tips[index]);
        } else {
            QToolTip::hideText();
        }
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(7); // "12 345,6 %", not "1,235E+04 %" (the values have one decimal)
    chart->addSeries(series);

    QFont axisFont(DocumentPrinter::fontFamily());
    axisFont.setPointSizeF(8);
    auto* indicators = new QBarCategoryAxis;
    indicators->append(categories);
    indicators->setLabelsFont(axisFont);
    indicators->setGridLineVisible(false);
    chart->addAxis(indicators, Qt::AlignLeft);
    series->attachAxis(indicators);

    auto* percent = new QValueAxis;
    // Room for the value labels beyond the longest bar; at most about ten ticks at round steps.
    double step = 10.0;
    for (const double candidate : {10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0}) {
        step = candidate;
        if (highest * 1.08 / candidate <= 10.0) {
            break;
        }
    }
    const double top = std::ceil(highest * 1.08 / step) * step;
    percent->setRange(0, top);
    percent->setTickType(QValueAxis::TicksDynamic);
    percent->setTickAnchor(0);
    percent->setTickInterval(step);
    percent->setLabelFormat(QStringLiteral("%.0f %")); // localised numbers: the text after "%.0f" is kept as is
    percent->setLabelsFont(axisFont);
    percent->setGridLineColor(QColor(0xc8, 0xc8, 0xc8));
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
    return chart;
}

} // namespace osiedle::ui
