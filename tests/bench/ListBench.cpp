// The first page of the participants list (what a user waits for when the section opens, the
// sort changes or a search runs; ≤ 50 ms at scale 1, ≤ 100 ms at scale 100): the counts the
// list shows and its first 200 rows read as the list reads them.
#include "Bench.h"
#include "Floor.h"
#include "FloorConnection.h"
#include "core/storage/Database.h"
#include "core/storage/ListQueries.h"
#include "core/storage/PagedQuery.h"

using namespace osiedle;

namespace {

void firstPage(int scale, double targetMs)
{
    const QString file = bench::demoFile(scale);
    auto opened = core::Database::open(file);
    if (!opened) {
        qFatal("cannot open the demo file");
    }
    core::Database& db = *opened.value();
    bench::FloorConnection connection(file);
    const QString prefix = QStringLiteral("lists/participants scale %1: ").arg(scale);
    core::PagedQuery query(db, core::ListQueries::participants());
    struct Case {
        QString name;
        QString search;
        core::ListQueries::ParticipantSort sort;
        QString floor;
    };
    const Case cases[] = {
        {QStringLiteral("first page by surname"),
         {},
         core::ListQueries::ParticipantSort::Name,
         QStringLiteral("participants-by-surname")},
        {QStringLiteral("first page by age"),
         {},
         core::ListQueries::ParticipantSort::Age,
         QStringLiteral("participants-by-age")},
        {QStringLiteral("first page, search \"kowal\""), QStringLiteral("kowal"),
         core::ListQueries::ParticipantSort::Name, QStringLiteral("participants-search")},
    };
    for (const Case& c : cases) {
        bench::Floor floor(connection, c.floor);
        floor.bind("pattern", QStringLiteral("%kowal%"));
        query.setSearch(c.search);
        query.setSort(static_cast<int>(c.sort), false);
        QList<core::ListQueries::ParticipantRow> rows;
        const auto samples = bench::sampleBoth(
            7,
            [&] {
                rows.clear();
                query.restart();
                query.count(false);
                query.count(true);
                query.fetch(
                    200, [&rows](const core::Statement& row) { rows.append(core::ListQueries::readParticipant(row)); });
            },
            [&] { floor.run(); });
        bench::figure(prefix + c.name, samples, floor.description(), {1.5, targetMs});
    }
}

} // namespace

OSIEDLE_BENCHMARK("lists/participants scale 1")
{
    firstPage(1, 50);
}

OSIEDLE_BENCHMARK("lists/participants scale 100")
{
    firstPage(100, 100);
}
