#include "ui/debts/BalanceChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace osiedle::ui {

namespace {

qreal at(const QDate& date)
{
    return static_cast<qreal>(date.startOfDay().toMSecsSinceEpoch());
}

qreal zloty(core::Money money)
{
    return static_cast<qreal>(money.grosze()) / 100.0;
}

} // namespace

QChart* BalanceChart::create(const QList<std::pair<QDate, core::Money>>& monthEnds,
                             const std::optional<core::InstalmentPlan>& plan, core::Money balanceAtSigning)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Arrears over time (zł)"));
    auto* balance = new QLineSeries(chart);
    balance->setName(tr("Balance at month end"));
    balance->setPen(QPen(QColor(0x1d, 0x4f, 0x91), 2));
    qreal low = 0;
    qreal high = 1;
    QDate first;
    QDate last;
    for (const auto& [date, money] : monthEnds) {
        balance->append(at(date), zloty(money));
        low = std::min(low, zloty(money));
        high = std::max(high, zloty(money));
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    }
    chart->addSeries(balance);
    QLineSeries* expected = nullptr;
    if (plan && !plan->instalments.isEmpty()) {
        expected = new QLineSeries(chart);
        expected->setName(tr("Expected with the agreement"));
        QPen pen(QColor(0x1b, 0x7f, 0x3b), 2, Qt::DashLine);
        expected->setPen(pen);
        core::Money left = balanceAtSigning;
        expected->append(at(plan->signedOn), zloty(left));
        for (const core::Instalment& instalment : plan->instalments) {
            left -= instalment.amount;
            expected->append(at(instalment.dueOn), zloty(left));
            low = std::min(low, zloty(left));
        }
        high = std::max(high, zloty(balanceAtSigning));
        first = first.isValid() ? std::min(first, plan->signedOn) : plan->signedOn;
        last = last.isValid() ? std::max(last, plan->instalments.last().dueOn) : plan->instalments.last().dueOn;
        chart->addSeries(expected);
    }
    auto* x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MM.yyyy"));
    x->setTickCount(7);
    if (first.isValid()) {
        x->setRange(first.startOfDay(), last.startOfDay());
    }
    auto* y = new QValueAxis(chart);
    y->setRange(low, high * 1.05);
    y->applyNiceNumbers(); // round steps (0, 5 000, 10 000…) rather than a fifth of the maximum
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    balance->attachAxis(x);
    balance->attachAxis(y);
    if (expected != nullptr) {
        expected->attachAxis(x);
        expected->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace osiedle::ui
