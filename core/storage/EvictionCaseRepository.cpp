#include "core/storage/EvictionCaseRepository.h"

#include "core/storage/Database.h"
#include "core/storage/DebtText.h"

namespace osiedle::core {

namespace {

constexpr const char* kCaseColumns =
    "SELECT id, participant_id, account_id, court, signature, social_flat_right, eviction_on, notes FROM eviction_case";

void bindCase(Statement& st, const EvictionCase& c)
{
    st.bind(1, c.participantId)
        .bind(2, c.accountId)
        .bind(3, debtText(c.court))
        .bind(4, debtText(c.signature))
        .bind(5, c.socialFlatRight)
        .bind(6, c.evictionOn)
        .bind(7, debtText(c.notes));
}

} // namespace

qint64 EvictionCaseRepository::insert(const EvictionCase& c)
{
    Statement& st = m_db.cached("INSERT INTO eviction_case (participant_id, account_id, court, signature,"
                                " social_flat_right, eviction_on, notes, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    bindCase(st, c);
    if (c.id > 0) {
        st.bind(8, c.id);
    } else {
        st.bind(8, std::nullopt);
    }
    st.exec();
    return m_db.lastInsertId();
}

void EvictionCaseRepository::update(const EvictionCase& c)
{
    Statement& st = m_db.cached("UPDATE eviction_case SET participant_id = ?, account_id = ?, court = ?, signature = ?,"
                                " social_flat_right = ?, eviction_on = ?, notes = ? WHERE id = ?");
    bindCase(st, c);
    st.bind(8, c.id);
    st.exec();
}

void EvictionCaseRepository::remove(qint64 id)
{
    Statement& st = m_db.cached("DELETE FROM eviction_case WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

std::optional<EvictionCase> EvictionCaseRepository::find(qint64 id)
{
    Statement& st = m_db.cached(QByteArray(kCaseColumns) + " WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    EvictionCase c;
    c.id = st.int64(0);
    c.participantId = st.int64(1);
    c.accountId = st.optInt64(2);
    c.court = st.text(3);
    c.signature = st.text(4);
    if (!st.isNull(5)) {
        c.socialFlatRight = st.boolean(5);
    }
    c.evictionOn = st.date(6);
    c.notes = st.text(7);
    st.reset();
    c.steps = steps(c.id);
    return c;
}

std::optional<EvictionCase> EvictionCaseRepository::forParticipant(qint64 participantId)
{
    Statement& st = m_db.cached("SELECT max(id) FROM eviction_case WHERE participant_id = ?");
    st.bind(1, participantId);
    st.step();
    const std::optional<qint64> id = st.optInt64(0);
    st.reset();
    if (!id) {
        return std::nullopt;
    }
    return find(*id);
}

qint64 EvictionCaseRepository::addStep(qint64 caseId, const EvictionStep& step)
{
    Statement& st = m_db.cached("INSERT INTO eviction_stage (case_id, stage, date, notes, id) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, caseId).bind(2, EvictionPath::key(step.stage)).bind(3, step.date).bind(4, debtText(step.notes));
    if (step.id > 0) {
        st.bind(5, step.id);
    } else {
        st.bind(5, std::nullopt);
    }
    st.exec();
    return m_db.lastInsertId();
}

void EvictionCaseRepository::removeStep(qint64 stepId)
{
    Statement& st = m_db.cached("DELETE FROM eviction_stage WHERE id = ?");
    st.bind(1, stepId);
    st.exec();
}

QList<EvictionStep> EvictionCaseRepository::steps(qint64 caseId)
{
    Statement& st =
        m_db.cached("SELECT id, stage, date, notes FROM eviction_stage WHERE case_id = ? ORDER BY date, id");
    st.bind(1, caseId);
    QList<EvictionStep> list;
    while (st.step()) {
        list.append({st.int64(0), EvictionPath::fromKey(st.text(1)).value_or(EvictionStage::DemandLetter), st.date(2),
                     st.text(3)});
    }
    return list;
}

QHash<qint64, EvictionStage> EvictionCaseRepository::currentStages()
{
    Statement& st = m_db.cached(
        "SELECT c.participant_id, (SELECT s.stage FROM eviction_stage s WHERE s.case_id = c.id"
        "  ORDER BY s.date DESC, s.id DESC LIMIT 1)"
        " FROM eviction_case c WHERE c.id = (SELECT max(id) FROM eviction_case x WHERE x.participant_id = c.participant_id)");
    QHash<qint64, EvictionStage> stages;
    while (st.step()) {
        if (const std::optional<EvictionStage> stage = EvictionPath::fromKey(st.text(1))) {
            stages.insert(st.int64(0), *stage);
        }
    }
    return stages;
}

} // namespace osiedle::core
