#include "core/indicators/ProjectParticipants.h"

#include "core/domain/Age.h"
#include "core/indicators/DataProblems.h"
#include "core/storage/ColumnValues.h"
#include "core/storage/Database.h"

namespace osiedle::core {

namespace {

// participant.participation_start is the first support ever recorded (kept by the training
// and consultation services). Support before the project start does not make a participant, so
// for the rare person whose first support came before it, the first support on or after the
// project start is looked up.
constexpr const char* peopleSql =
    "SELECT p.id, p.first_name, p.last_name, p.sex, m.missing, p.participation_start, p.participation_end, "
    "p.completion, p.birth_date, p.labour_status, p.unemployed_since, p.education, p.area "
    "FROM participant p JOIN participant_missing m ON m.participant_id = p.id "
    "WHERE p.participation_start IS NOT NULL ORDER BY p.id";

constexpr const char* firstSupportFromSql =
    "SELECT min(d) FROM (SELECT min(s.date) AS d FROM attendance a JOIN session s ON s.id = a.session_id "
    "WHERE a.participant_id = ?1 AND a.status = 'present' AND s.date >= ?2 "
    "UNION ALL SELECT min(date) FROM consultation WHERE participant_id = ?1 AND date >= ?2)";

} // namespace

std::optional<LabourStatus> ProjectParticipant::statusAtEntry() const
{
    const bool unemployed =
        labourStatus == LabourStatus::Unemployed || labourStatus == LabourStatus::LongTermUnemployed;
    if (unemployed && unemployedSince.isValid()) {
        return isLongTermUnemployed(unemployedSince, start, birthDate) ? LabourStatus::LongTermUnemployed
                                                                       : LabourStatus::Unemployed;
    }
    return labourStatus;
}

int ProjectParticipant::ageAtEntry() const
{
    return ageOn(birthDate, start);
}

ProjectParticipants::ProjectParticipants(Database& db)
{
    m_projectStart = DataProblems::projectStart(db);

    Statement& st = db.cached(peopleSql);
    while (st.step()) {
        ProjectParticipant p;
        p.id = st.int64(0);
        p.firstName = st.text(1);
        p.lastName = st.text(2);
        p.sex = sexFromKey(st.text(3));
        p.missing = st.integer(4);
        p.start = st.date(5);
        p.end = st.date(6);
        p.completion = readKey<Completion>(st, 7);
        p.birthDate = st.date(8);
        p.labourStatus = readKey<LabourStatus>(st, 9);
        p.unemployedSince = st.date(10);
        p.education = readKey<Education>(st, 11);
        p.area = readKey<Area>(st, 12);
        m_people.push_back(p);
    }
    st.reset();

    if (m_projectStart.isValid()) {
        Statement& first = db.cached(firstSupportFromSql);
        std::erase_if(m_people, [&](ProjectParticipant& p) {
            if (p.start >= m_projectStart) {
                return false;
            }
            first.bind(1, p.id).bind(2, m_projectStart);
            p.start = first.step() ? first.date(0) : QDate();
            first.reset();
            return !p.start.isValid();
        });
    }
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        m_index.insert(m_people[i].id, i);
    }
}

QDate ProjectParticipants::countsFrom() const
{
    return m_projectStart.isValid() ? m_projectStart : QDate(1, 1, 1);
}

const ProjectParticipant* ProjectParticipants::find(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_people[*it];
}

} // namespace osiedle::core
