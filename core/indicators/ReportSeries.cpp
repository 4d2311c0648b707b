#include "core/indicators/ReportSeries.h"

#include "core/indicators/ProjectParticipants.h"
#include "core/storage/Database.h"

#include <QHash>
#include <algorithm>

namespace osiedle::core {

namespace {

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

QString monthKey(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

qint64 CoopOrderSeries::sum() const
{
    qint64 total = 0;
    for (const qint64 value : values) {
        total += value;
    }
    return total;
}

// What the status rules need of a participant. Only the current recruitment status and its
// date are stored, so a person is a candidate from recruitment to that date.
struct ReportSeriesCalculator::Person {
    QDate recruitedOn;
    QString status;
    QDate statusOn;
    QDate start;
    QDate end;
    QString completion;
};

QList<ReportSeriesCalculator::Person> ReportSeriesCalculator::readPeople()
{
    Statement& st = m_db.cached("SELECT recruited_on, recruitment_status, status_on, participation_start, "
                                "participation_end, completion FROM participant");
    QList<Person> people;
    while (st.step()) {
        people << Person{st.date(0), st.text(1), st.date(2), st.date(3), st.date(4), st.text(5)};
    }
    st.reset();
    return people;
}

namespace {

template <typename Person> void addStatus(StatusCounts& counts, const Person& p, const QDate& day)
{
    if (p.start.isValid() && p.start <= day) {
        if (p.end.isValid() && p.end <= day) {
            if (p.completion == QLatin1String("completed")) {
                ++counts.completed;
            } else {
                ++counts.droppedOut;
            }
        } else {
            ++counts.inSupport;
        }
        return;
    }
    const QDate statusOn = p.statusOn.isValid() ? p.statusOn : p.recruitedOn;
    const bool decided = statusOn.isValid() && statusOn <= day;
    if (p.status == QLatin1String("qualified") && decided) {
        ++counts.qualified;
        return;
    }
    const bool turnedDown = p.status == QLatin1String("rejected") || p.status == QLatin1String("not_eligible") ||
                            p.status == QLatin1String("resigned");
    if (turnedDown && decided) {
        return;
    }
    if (p.recruitedOn.isValid() && p.recruitedOn <= day) {
        ++counts.candidates;
    }
}

} // namespace

StatusCounts ReportSeriesCalculator::statusOn(const QDate& day)
{
    StatusCounts counts;
    for (const Person& p : readPeople()) {
        addStatus(counts, p, day);
    }
    return counts;
}

QList<qint64> ReportSeriesCalculator::arrearsAt(const QList<QDate>& months, const QList<QDate>& points)
{
    // The same arrears as the indicators count (ARREARS_REPAID): of the counted participants who
    // started by the day, max(0, balance) per account opened by the day, ledger entries before the
    // project start left out (what was owed at entry is the baseline). Every entry up to the last
    // day in one pass, account by account along the ledger's covering index (CROSS JOIN keeps the
    // accounts outside: driven by the date index instead, a scale-100 file took four times as
    // long, each entry looked up in the table), summed per month here rather than grouped in SQL
    // (a sort of every entry), then a running balance per account.
    const ProjectParticipants people(m_db);
    const QDate last = points.last();
    Statement& st =
        m_db.cached("SELECT a.participant_id, a.id, a.opened_on, "
                    "CAST(substr(e.date, 1, 4) AS INTEGER) * 12 + CAST(substr(e.date, 6, 2) AS INTEGER) - 1, "
                    "CASE WHEN e.kind = 'opening' OR e.date >= ?1 THEN e.amount ELSE 0 END "
                    "FROM debt_account a CROSS JOIN debt_entry e ON e.account_id = a.id "
                    "WHERE a.opened_on <= ?2 AND e.date <= ?2 ORDER BY a.id, e.date");
    st.bind(1, people.countsFrom()).bind(2, last);
    QHash<qint64, int> monthIndex; // year * 12 + month - 1 → the month's place in the series
    for (int i = 0; i < months.size(); ++i) {
        monthIndex.insert(qint64(months[i].year()) * 12 + months[i].month() - 1, i);
    }
    QList<qint64> totals(points.size(), 0);
    QList<qint64> changes(points.size(), 0); // of the account being read, by month
    qint64 earlier = 0;                      // of the account, before the first month
    qint64 account = 0;
    const ProjectParticipant* person = nullptr;
    QDate opened;
    auto closeAccount = [&] {
        if (person != nullptr && person->counted()) {
            qint64 balance = earlier;
            for (int i = 0; i < points.size(); ++i) {
                balance += changes[i];
                if (opened <= points[i] && person->start <= points[i]) {
                    totals[i] += std::max<qint64>(0, balance);
                }
            }
        }
        std::fill(changes.begin(), changes.end(), 0);
        earlier = 0;
    };
    while (st.step()) {
        if (st.int64(1) != account) {
            closeAccount();
            account = st.int64(1);
            person = people.find(st.int64(0));
            opened = st.date(2);
        }
        const auto month = monthIndex.constFind(st.int64(3));
        (month == monthIndex.constEnd() ? earlier : changes[*month]) += st.int64(4);
    }
    st.reset();
    closeAccount();
    return totals;
}

QList<CoopOrderSeries> ReportSeriesCalculator::ordersIn(const QList<QDate>& months, const QList<QDate>& points,
                                                        int maxCoops)
{
    Statement& st =
        m_db.cached("SELECT w.social_coop_id, substr(w.accepted_on, 1, 7), sum(w.net_amount) FROM work_order w "
                    "WHERE w.accepted_on BETWEEN ?1 AND ?2 AND w.status <> 'cancelled' GROUP BY 1, 2");
    st.bind(1, months.first()).bind(2, points.last());
    QHash<QString, int> index;
    for (int i = 0; i < months.size(); ++i) {
        index.insert(monthKey(months[i]), i);
    }
    QHash<qint64, CoopOrderSeries> byCoop;
    while (st.step()) {
        const qint64 coop = st.int64(0);
        auto it = byCoop.find(coop);
        if (it == byCoop.end()) {
            it = byCoop.insert(coop, CoopOrderSeries{coop, QString(), QList<qint64>(months.size(), 0)});
        }
        it->values[index.value(st.text(1))] += st.int64(2);
    }
    st.reset();

    Statement& names = m_db.cached("SELECT name FROM social_coop WHERE id = ?1");
    QList<CoopOrderSeries> all;
    for (CoopOrderSeries& series : byCoop) {
        names.bind(1, series.socialCoopId);
        series.name = names.step() ? names.text(0) : QString::number(series.socialCoopId);
        names.reset();
        all << series;
    }
    std::sort(all.begin(), all.end(), [](const CoopOrderSeries& a, const CoopOrderSeries& b) {
        const qint64 sa = a.sum();
        const qint64 sb = b.sum();
        return sa != sb ? sa > sb : (a.name != b.name ? a.name < b.name : a.socialCoopId < b.socialCoopId);
    });
    if (all.size() <= maxCoops + 1) {
        return all;
    }
    CoopOrderSeries others{0, tr("Other social cooperatives"), QList<qint64>(months.size(), 0)};
    for (qsizetype i = maxCoops; i < all.size(); ++i) {
        for (int m = 0; m < months.size(); ++m) {
            others.values[m] += all[i].values[m];
        }
    }
    all.resize(maxCoops);
    all << others;
    return all;
}

ReportSeries ReportSeriesCalculator::compute(const QDate& from, const QDate& to, int maxCoops)
{
    ReportSeries series;
    if (!from.isValid() || !to.isValid() || from > to) {
        return series;
    }
    QDate start = from;
    Statement& project = m_db.cached("SELECT start_date FROM project WHERE id = 1");
    const QDate projectStart = project.step() ? project.date(0) : QDate();
    project.reset();
    if (projectStart.isValid() && projectStart < start) {
        start = projectStart;
    }
    start = std::max(firstOfMonth(start), firstOfMonth(to).addMonths(1 - ReportSeries::maxMonths));
    for (QDate month = firstOfMonth(start); month <= to; month = month.addMonths(1)) {
        series.months << month;
        series.points << std::min(month.addMonths(1).addDays(-1), to);
    }

    const QList<Person> people = readPeople();
    for (const QDate& point : series.points) {
        StatusCounts counts;
        for (const Person& p : people) {
            addStatus(counts, p, point);
        }
        series.status << counts;
    }
    series.arrears = arrearsAt(series.months, series.points);
    series.orders = ordersIn(series.months, series.points, maxCoops);
    return series;
}

} // namespace osiedle::core
