#include "core/storage/DeliverableRepository.h"

#include "core/storage/Database.h"
#include "core/storage/TrainingText.h"

namespace osiedle::core {

namespace {

constexpr const char* select =
    "SELECT d.id, d.kind, d.title, d.author, d.planned_on, d.done_on, d.status, d.copies_planned, "
    "d.copies_printed, d.social_coop_id, d.notes, coalesce(o.name, ''), "
    "(SELECT coalesce(sum(copies), 0) FROM deliverable_distribution WHERE deliverable_id = d.id) "
    "FROM deliverable d LEFT JOIN social_coop o ON o.id = d.social_coop_id ";

Deliverable read(const Statement& st)
{
    Deliverable d;
    d.id = st.int64(0);
    d.kind = parseKey<DeliverableKind>(st.text(1)).value_or(DeliverableKind::Other);
    d.title = st.text(2);
    d.author = st.text(3);
    d.plannedOn = st.date(4);
    d.doneOn = st.date(5);
    d.status = parseKey<DeliverableStatus>(st.text(6)).value_or(DeliverableStatus::Planned);
    d.copiesPlanned = st.integer(7);
    d.copiesPrinted = st.integer(8);
    d.socialCoopId = st.optInt64(9);
    d.notes = st.text(10);
    return d;
}

void bind(Statement& st, const Deliverable& d)
{
    st.bind(1, key(d.kind))
        .bind(2, nonNullText(d.title))
        .bind(3, nonNullText(d.author))
        .bind(4, d.plannedOn)
        .bind(5, d.doneOn)
        .bind(6, key(d.status))
        .bind(7, d.copiesPlanned)
        .bind(8, d.copiesPrinted)
        .bind(9, d.socialCoopId)
        .bind(10, nonNullText(d.notes));
}

} // namespace

QList<DeliverableRow> DeliverableRepository::list(const QString& search) const
{
    Statement st = m_db.prepare(QByteArray(select) +
                                "WHERE ?1 = '' OR fold(d.title || ' ' || d.author) LIKE '%' || fold(?1) || '%' "
                                "ORDER BY coalesce(d.planned_on, d.done_on, '9999') , d.id");
    st.bind(1, nonNullText(search.trimmed()));
    QList<DeliverableRow> rows;
    while (st.step()) {
        rows.append({read(st), st.text(11), st.integer(12)});
    }
    return rows;
}

std::optional<Deliverable> DeliverableRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray(select) + "WHERE d.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return read(st);
}

qint64 DeliverableRepository::insert(const Deliverable& d)
{
    Statement st = m_db.prepare(
        "INSERT INTO deliverable (kind, title, author, planned_on, done_on, status, copies_planned, copies_printed, "
        "social_coop_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind(st, d);
    st.exec();
    return m_db.lastInsertId();
}

void DeliverableRepository::update(const Deliverable& d)
{
    Statement st = m_db.prepare(
        "UPDATE deliverable SET kind = ?1, title = ?2, author = ?3, planned_on = ?4, done_on = ?5, status = ?6, "
        "copies_planned = ?7, copies_printed = ?8, social_coop_id = ?9, notes = ?10 WHERE id = ?11");
    bind(st, d);
    st.bind(11, d.id);
    st.exec();
}

void DeliverableRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM deliverable WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QList<Distribution> DeliverableRepository::distributions(qint64 deliverableId) const
{
    Statement st = m_db.prepare(
        "SELECT id, deliverable_id, date, recipient, copies FROM deliverable_distribution WHERE deliverable_id = ? "
        "ORDER BY date, id");
    st.bind(1, deliverableId);
    QList<Distribution> out;
    while (st.step()) {
        out.append({st.int64(0), st.int64(1), st.date(2), st.text(3), st.integer(4)});
    }
    return out;
}

std::optional<Distribution> DeliverableRepository::findDistribution(qint64 id) const
{
    Statement st = m_db.prepare(
        "SELECT id, deliverable_id, date, recipient, copies FROM deliverable_distribution WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return Distribution{st.int64(0), st.int64(1), st.date(2), st.text(3), st.integer(4)};
}

int DeliverableRepository::copiesDistributed(qint64 deliverableId) const
{
    Statement st =
        m_db.prepare("SELECT coalesce(sum(copies), 0) FROM deliverable_distribution WHERE deliverable_id = ?");
    st.bind(1, deliverableId);
    return st.step() ? st.integer(0) : 0;
}

qint64 DeliverableRepository::addDistribution(const Distribution& d)
{
    Statement st = m_db.prepare(
        "INSERT INTO deliverable_distribution (id, deliverable_id, date, recipient, copies) VALUES (?, ?, ?, ?, ?)");
    if (d.id > 0) {
        st.bind(1, d.id); // undo of a removal gives back the same row
    } else {
        st.bind(1, std::nullopt);
    }
    st.bind(2, d.deliverableId).bind(3, d.date).bind(4, nonNullText(d.recipient)).bind(5, d.copies);
    st.exec();
    return m_db.lastInsertId();
}

void DeliverableRepository::removeDistribution(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM deliverable_distribution WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QList<EvidenceFile> DeliverableRepository::files(qint64 deliverableId) const
{
    Statement st =
        m_db.prepare("SELECT id, deliverable_id, path, note FROM deliverable_file WHERE deliverable_id = ? ORDER BY id");
    st.bind(1, deliverableId);
    QList<EvidenceFile> out;
    while (st.step()) {
        out.append({st.int64(0), st.int64(1), st.text(2), st.text(3)});
    }
    return out;
}

qint64 DeliverableRepository::addFile(const EvidenceFile& f)
{
    Statement st = m_db.prepare("INSERT INTO deliverable_file (deliverable_id, path, note) VALUES (?, ?, ?)");
    st.bind(1, f.deliverableId).bind(2, nonNullText(f.path)).bind(3, nonNullText(f.note));
    st.exec();
    return m_db.lastInsertId();
}

void DeliverableRepository::removeFile(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM deliverable_file WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

} // namespace osiedle::core
