#include "core/storage/ChangeLogRepository.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace osiedle::core {

namespace {

struct Where {
    QByteArray sql;
    QList<QVariant> values;
};

QString utcStartOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

Where whereOf(const ChangeFilter& filter)
{
    Where w;
    QList<QByteArray> terms;
    if (!filter.recordKind.isEmpty() && filter.recordId) {
        terms << "((record_kind = ? AND record_id = ?) OR (owner_kind = ? AND owner_id = ?))";
        w.values << filter.recordKind << *filter.recordId << filter.recordKind << *filter.recordId;
    } else if (!filter.recordKind.isEmpty()) {
        terms << "record_kind = ?";
        w.values << filter.recordKind;
    }
    if (!filter.person.isEmpty()) {
        terms << "person = ?";
        w.values << filter.person;
    }
    if (filter.from.isValid()) {
        terms << "at >= ?";
        w.values << utcStartOf(filter.from);
    }
    if (filter.to.isValid()) {
        terms << "at < ?";
        w.values << utcStartOf(filter.to.addDays(1));
    }
    w.sql = terms.isEmpty() ? QByteArray("1") : terms.join(" AND ");
    return w;
}

void bindAll(Statement& st, const QList<QVariant>& values, int first = 1)
{
    int index = first;
    for (const QVariant& v : values) {
        if (v.typeId() == QMetaType::LongLong) {
            st.bind(index++, v.toLongLong());
        } else {
            st.bind(index++, v.toString());
        }
    }
}

QList<FieldChange> fieldsOf(const QString& json)
{
    QList<FieldChange> fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        fields.append({it.key(), pair.at(0), pair.at(1)});
    }
    return fields;
}

} // namespace

QList<ChangeEntry> ChangeLogRepository::entries(const ChangeFilter& filter, int limit,
                                                std::optional<qint64> beforeId) const
{
    const Where w = whereOf(filter);
    Statement st = m_db.prepare("SELECT id, at, person, program, action, operation, record_kind, record_id, "
                                "owner_kind, owner_id, changes FROM change_log WHERE " +
                                w.sql + (beforeId ? " AND id < ?" : "") + " ORDER BY id DESC LIMIT ?");
    bindAll(st, w.values);
    int next = static_cast<int>(w.values.size()) + 1;
    if (beforeId) {
        st.bind(next++, *beforeId);
    }
    st.bind(next, limit);
    QList<ChangeEntry> rows;
    while (st.step()) {
        ChangeEntry e;
        e.id = st.int64(0);
        e.at = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
        e.person = st.text(2);
        e.program = st.text(3);
        e.action = st.text(4);
        e.operation = st.text(5);
        e.recordKind = st.text(6);
        e.recordId = st.optInt64(7);
        e.ownerKind = st.text(8);
        e.ownerId = st.optInt64(9);
        e.fields = fieldsOf(st.text(10));
        rows.append(std::move(e));
    }
    return rows;
}

qint64 ChangeLogRepository::count(const ChangeFilter& filter) const
{
    const Where w = whereOf(filter);
    Statement st = m_db.prepare("SELECT count(*) FROM change_log WHERE " + w.sql);
    bindAll(st, w.values);
    return st.step() ? st.int64(0) : 0;
}

QStringList ChangeLogRepository::persons() const
{
    QStringList names;
    Statement st = m_db.prepare("SELECT DISTINCT person FROM change_log ORDER BY person COLLATE pl");
    while (st.step()) {
        names << st.text(0);
    }
    return names;
}

QStringList ChangeLogRepository::recordKinds() const
{
    QStringList kinds;
    Statement st = m_db.prepare("SELECT DISTINCT record_kind FROM change_log ORDER BY record_kind");
    while (st.step()) {
        kinds << st.text(0);
    }
    return kinds;
}

void ChangeLogRepository::recordSummary(ChangeAction action, const QString& recordKind, const QJsonObject& changes)
{
    Statement st = m_db.prepare("INSERT INTO change_log (at, person, program, action, operation, record_kind, "
                                "changes) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, ?, 'summary', ?, ?)");
    st.bind(1, m_db.workingPerson());
    st.bind(2, m_db.programName());
    st.bind(3, ChangeActions::key(action));
    st.bind(4, recordKind);
    st.bind(5, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    st.exec();
}

} // namespace osiedle::core
