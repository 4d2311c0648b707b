#include "core/storage/ConsultationRepository.h"

#include "core/storage/Database.h"
#include "core/storage/TrainingText.h"

namespace osiedle::core {

namespace {

constexpr const char* rowSelect =
    "SELECT c.id, c.date, c.adviser, c.social_coop_id, c.participant_id, c.area, c.topic, c.minutes, c.outcome, "
    "c.follow_up_on, c.follow_up_done, coalesce(o.name, ''), "
    "coalesce(p.last_name || ' ' || p.first_name, '') FROM consultation c "
    "LEFT JOIN social_coop o ON o.id = c.social_coop_id LEFT JOIN participant p ON p.id = c.participant_id ";

Consultation readConsultation(const Statement& st)
{
    Consultation c;
    c.id = st.int64(0);
    c.date = st.date(1);
    c.adviser = st.text(2);
    c.socialCoopId = st.optInt64(3);
    c.participantId = st.optInt64(4);
    c.area = parseKey<ConsultationArea>(st.text(5)).value_or(ConsultationArea::Other);
    c.topic = st.text(6);
    c.minutes = st.integer(7);
    c.outcome = st.text(8);
    c.followUpOn = st.date(9);
    c.followUpDone = st.boolean(10);
    return c;
}

QList<ConsultationRow> readRows(Statement& st)
{
    QList<ConsultationRow> rows;
    while (st.step()) {
        rows.append({readConsultation(st), st.text(11), st.text(12)});
    }
    return rows;
}

void bindConsultation(Statement& st, const Consultation& c)
{
    st.bind(1, c.date);
    st.bind(2, nonNullText(c.adviser));
    st.bind(3, c.socialCoopId);
    st.bind(4, c.participantId);
    st.bind(5, key(c.area));
    st.bind(6, nonNullText(c.topic));
    st.bind(7, c.minutes);
    st.bind(8, nonNullText(c.outcome));
    st.bind(9, c.followUpOn);
    st.bind(10, c.followUpDone);
}

QList<ConsultationTotal> readTotals(Statement& st)
{
    QList<ConsultationTotal> totals;
    while (st.step()) {
        totals.append({st.text(0), st.text(1), st.integer(2), st.integer(3)});
    }
    return totals;
}

} // namespace

QList<ConsultationRow> ConsultationRepository::list(const ConsultationFilter& f) const
{
    Statement st = m_db.prepare(QByteArray(rowSelect) +
                                "WHERE (?1 IS NULL OR c.social_coop_id = ?1) AND (?2 IS NULL OR c.area = ?2) "
                                "AND (?3 = '' OR c.adviser = ?3) AND (?4 IS NULL OR c.date >= ?4) "
                                "AND (?5 IS NULL OR c.date <= ?5) ORDER BY c.date DESC, c.id DESC");
    st.bind(1, f.socialCoopId);
    if (f.area) {
        st.bind(2, key(*f.area));
    } else {
        st.bind(2, std::nullopt);
    }
    st.bind(3, nonNullText(f.adviser));
    st.bind(4, f.from);
    st.bind(5, f.to);
    return readRows(st);
}

std::optional<Consultation> ConsultationRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray(rowSelect) + "WHERE c.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readConsultation(st);
}

qint64 ConsultationRepository::insert(const Consultation& c)
{
    Statement st = m_db.prepare("INSERT INTO consultation (date, adviser, social_coop_id, participant_id, area, "
                                "topic, minutes, outcome, follow_up_on, follow_up_done) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindConsultation(st, c);
    st.exec();
    return m_db.lastInsertId();
}

void ConsultationRepository::update(const Consultation& c)
{
    Statement st = m_db.prepare("UPDATE consultation SET date = ?, adviser = ?, social_coop_id = ?, "
                                "participant_id = ?, area = ?, topic = ?, minutes = ?, outcome = ?, "
                                "follow_up_on = ?, follow_up_done = ? WHERE id = ?");
    bindConsultation(st, c);
    st.bind(11, c.id);
    st.exec();
}

void ConsultationRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM consultation WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

void ConsultationRepository::setFollowUpDone(qint64 id, bool done)
{
    Statement st = m_db.prepare("UPDATE consultation SET follow_up_done = ? WHERE id = ?");
    st.bind(1, done);
    st.bind(2, id);
    st.exec();
}

QList<ConsultationTotal> ConsultationRepository::totalsByArea(const QDate& from, const QDate& to) const
{
    Statement st = m_db.prepare("SELECT area, '', count(*), sum(minutes) FROM consultation "
                                "WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2) "
                                "GROUP BY area ORDER BY count(*) DESC, area");
    st.bind(1, from);
    st.bind(2, to);
    return readTotals(st);
}

QList<ConsultationTotal> ConsultationRepository::totalsBySocialCoop(const QDate& from, const QDate& to) const
{
    Statement st = m_db.prepare(
        "SELECT coalesce(CAST(c.social_coop_id AS TEXT), ''), coalesce(o.name, ''), count(*), sum(c.minutes) "
        "FROM consultation c LEFT JOIN social_coop o ON o.id = c.social_coop_id "
        "WHERE (?1 IS NULL OR c.date >= ?1) AND (?2 IS NULL OR c.date <= ?2) "
        "GROUP BY c.social_coop_id ORDER BY o.name IS NULL, o.name COLLATE pl");
    st.bind(1, from);
    st.bind(2, to);
    return readTotals(st);
}

QList<ConsultationRow> ConsultationRepository::openFollowUps(const QDate& until) const
{
    Statement st =
        m_db.prepare(QByteArray(rowSelect) + "WHERE c.follow_up_on IS NOT NULL AND c.follow_up_done = 0 "
                                             "AND (?1 IS NULL OR c.follow_up_on <= ?1) ORDER BY c.follow_up_on, c.id");
    st.bind(1, until);
    return readRows(st);
}

QStringList ConsultationRepository::advisers() const
{
    // The office staff's advisers are offered together with anyone already written down.
    Statement st = m_db.prepare("SELECT adviser FROM consultation WHERE adviser <> '' "
                                "UNION SELECT name FROM office_staff WHERE role = 'adviser' ORDER BY 1 COLLATE pl");
    QStringList names;
    while (st.step()) {
        names.append(st.text(0));
    }
    return names;
}

QList<NamedId> ConsultationRepository::participants() const
{
    Statement st = m_db.prepare("SELECT id, last_name || ' ' || first_name FROM participant "
                                "ORDER BY last_name COLLATE pl, first_name COLLATE pl, id");
    QList<NamedId> people;
    while (st.step()) {
        people.append({st.int64(0), st.text(1)});
    }
    return people;
}

} // namespace osiedle::core
