#include "core/storage/ColumnValues.h"

#include "core/storage/Database.h"

namespace osiedle::core {

QStringList describeUses(Database& db, qint64 id, std::span<const UseQuery> uses, const char* context)
{
    QStringList out;
    for (const UseQuery& use : uses) {
        Statement& st = db.cached(use.sql);
        st.bind(1, id);
        const int n = st.step() ? st.integer(0) : 0;
        st.reset();
        if (n > 0) {
            out.append(QCoreApplication::translate(context, use.what, nullptr, n));
        }
    }
    return out;
}

} // namespace osiedle::core
