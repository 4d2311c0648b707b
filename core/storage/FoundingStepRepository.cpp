#include "core/storage/FoundingStepRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

QList<FoundingStepEntry> FoundingStepRepository::forCoop(qint64 socialCoopId) const
{
    Statement st = m_db.prepare(
        "SELECT id, step, done_on, amount, source, months, notes FROM founding_step WHERE social_coop_id = ? "
        "ORDER BY done_on, id");
    st.bind(1, socialCoopId);
    QList<FoundingStepEntry> result;
    while (st.step()) {
        const auto kind = FoundingPath::fromKey(st.text(1));
        if (!kind) {
            continue;
        }
        FoundingStepEntry s;
        s.id = st.int64(0);
        s.socialCoopId = socialCoopId;
        s.kind = *kind;
        s.doneOn = st.date(2);
        if (const auto amount = st.optInt64(3)) {
            s.amount = Money::fromGrosze(*amount);
        }
        s.source = st.text(4);
        if (const auto months = st.optInt64(5)) {
            s.months = int(*months);
        }
        s.notes = st.text(6);
        result.append(s);
    }
    return result;
}

qint64 FoundingStepRepository::save(const FoundingStepEntry& step)
{
    Statement st = m_db.prepare(
        "INSERT INTO founding_step (social_coop_id, step, done_on, amount, source, months, notes) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT (social_coop_id, step) DO UPDATE SET done_on = excluded.done_on, "
        "amount = excluded.amount, source = excluded.source, months = excluded.months, notes = excluded.notes");
    st.bind(1, step.socialCoopId)
        .bind(2, FoundingPath::key(step.kind))
        .bind(3, step.doneOn)
        .bind(4, step.amount ? std::optional<qint64>(step.amount->grosze()) : std::nullopt)
        .bind(5, notNullText(step.source))
        .bind(6, step.months)
        .bind(7, notNullText(step.notes));
    st.exec();
    Statement id = m_db.prepare("SELECT id FROM founding_step WHERE social_coop_id = ? AND step = ?");
    id.bind(1, step.socialCoopId).bind(2, FoundingPath::key(step.kind));
    return id.step() ? id.int64(0) : 0;
}

void FoundingStepRepository::remove(qint64 socialCoopId, FoundingStep kind)
{
    Statement st = m_db.prepare("DELETE FROM founding_step WHERE social_coop_id = ? AND step = ?");
    st.bind(1, socialCoopId).bind(2, FoundingPath::key(kind));
    st.exec();
}

} // namespace osiedle::core
