// The first page of the main lists (what a user waits for when a section opens or a search runs).
#include "Bench.h"

#include "core/storage/Database.h"
#include "core/storage/ListQueries.h"
#include "core/storage/PagedQuery.h"

using namespace osiedle;

namespace {

void firstPage(int scale)
{
    auto opened = core::Database::open(bench::demoFile(scale));
    if (!opened) {
        qFatal("cannot open the demo file");
    }
    core::Database& db = *opened.value();
    const QString prefix = QStringLiteral("lists/participants scale %1: ").arg(scale);
    core::PagedQuery query(db, core::ListQueries::participants());
    struct Case {
        QString name;
        QString search;
        core::ListQueries::ParticipantSort sort;
    };
    const Case cases[] = {
        {QStringLiteral("first page by surname"), {}, core::ListQueries::ParticipantSort::Name},
        {QStringLiteral("first page by age"), {}, core::ListQueries::ParticipantSort::Age},
        {QStringLiteral("first page, search \"kowal\""), QStringLiteral("kowal"), core::ListQueries::ParticipantSort::Name},
    };
    for (const Case& c : cases) {
        query.setSearch(c.search);
        query.setSort(static_cast<int>(c.sort), false);
        const auto samples = bench::sample(7, [&] {
            query.restart();
            query.count(false);
            query.count(true);
            query.fetch(200, [](const core::Statement&) {});
        });
        // The floor: the same number of rows in the index order, without collation or counting.
        const auto baseline = bench::sample(7, [&] {
            core::Statement st = db.prepare("SELECT id, last_name, first_name FROM participant "
                                            "ORDER BY last_name, first_name LIMIT 200");
            while (st.step()) {
            }
        });
        bench::report(prefix + c.name, samples, QStringLiteral("plain indexed query"), baseline);
    }
}

} // namespace

OSIEDLE_BENCHMARK("lists/participants scale 1")
{
    firstPage(1);
}

OSIEDLE_BENCHMARK("lists/participants scale 100")
{
    firstPage(100);
}
