#include "core/storage/InstrumentRepository.h"

#include "core/storage/ColumnValues.h"
#include "core/storage/Database.h"

#include <QSet>

namespace osiedle::core {

namespace {

SurveyScale readScale(const Statement& st)
{
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.integer(4)};
}

constexpr const char* scaleColumns = "id, key, name, coalesce(indicator_code, ''), sort_order";

} // namespace

QList<SurveyScale> InstrumentRepository::scales() const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + scaleColumns + " FROM survey_scale ORDER BY sort_order, id");
    QList<SurveyScale> list;
    while (st.step()) {
        list.append(readScale(st));
    }
    return list;
}

std::optional<SurveyScale> InstrumentRepository::scale(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + scaleColumns + " FROM survey_scale WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readScale(st);
}

qint64 InstrumentRepository::insertScale(const SurveyScale& scale)
{
    Statement st = m_db.prepare("INSERT INTO survey_scale (id, key, name, indicator_code, sort_order) "
                                "VALUES (?, ?, ?, ?, ?)");
    st.bind(1, scale.id > 0 ? std::optional<qint64>(scale.id) : std::nullopt)
        .bind(2, scale.key)
        .bind(3, scale.name)
        .bind(4, nullIfEmpty(scale.indicatorCode))
        .bind(5, scale.sortOrder);
    st.exec();
    return m_db.lastInsertId();
}

void InstrumentRepository::updateScale(const SurveyScale& scale)
{
    Statement st = m_db.prepare("UPDATE survey_scale SET name = ?, sort_order = ? WHERE id = ?");
    st.bind(1, scale.name).bind(2, scale.sortOrder).bind(3, scale.id);
    st.exec();
}

void InstrumentRepository::removeScale(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM survey_scale WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

int InstrumentRepository::itemsOnScale(qint64 scaleId) const
{
    Statement st = m_db.prepare("SELECT count(*) FROM instrument_item WHERE scale_id = ?");
    st.bind(1, scaleId);
    return st.step() ? st.integer(0) : 0;
}

QList<InstrumentSummary> InstrumentRepository::list() const
{
    Statement st = m_db.prepare(R"sql(
SELECT n.id, n.name, n.kind, n.version,
       (SELECT count(*) FROM instrument_item i WHERE i.instrument_id = n.id),
       (SELECT group_concat(name, char(10)) FROM (
            SELECT s.name FROM survey_scale s WHERE s.id IN (SELECT scale_id FROM instrument_item i
                                                               WHERE i.instrument_id = n.id)
             ORDER BY s.sort_order, s.id)),
       (SELECT count(*) FROM survey_round r WHERE r.instrument_id = n.id),
       (SELECT count(*) FROM survey_answer a JOIN survey_round r ON r.id = a.round_id WHERE r.instrument_id = n.id)
  FROM instrument n ORDER BY n.name COLLATE pl, n.id)sql");
    QList<InstrumentSummary> list;
    while (st.step()) {
        InstrumentSummary s;
        s.id = st.int64(0);
        s.name = st.text(1);
        s.kind = parseKey<InstrumentKind>(st.text(2)).value_or(InstrumentKind::Questionnaire);
        s.version = st.integer(3);
        s.itemCount = st.integer(4);
        if (!st.isNull(5)) {
            s.scaleNames = st.text(5).split(QLatin1Char('\n'));
        }
        s.roundCount = st.integer(6);
        s.answerCount = st.integer(7);
        list.append(s);
    }
    return list;
}

std::optional<Instrument> InstrumentRepository::find(qint64 id) const
{
    Statement st =
        m_db.prepare("SELECT id, name, kind, instructions, version, previous_id FROM instrument WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    Instrument n;
    n.id = st.int64(0);
    n.name = st.text(1);
    n.kind = parseKey<InstrumentKind>(st.text(2)).value_or(InstrumentKind::Questionnaire);
    n.instructions = st.text(3);
    n.version = st.integer(4);
    n.previousId = st.optInt64(5);

    Statement items = m_db.prepare("SELECT id, position, text, kind, scale_id, reversed, options, correct "
                                   "FROM instrument_item WHERE instrument_id = ? ORDER BY position, id");
    items.bind(1, id);
    while (items.step()) {
        InstrumentItem i;
        i.id = items.int64(0);
        i.position = items.integer(1);
        i.text = items.text(2);
        i.kind = parseKey<ItemKind>(items.text(3)).value_or(ItemKind::Likert);
        i.scaleId = items.int64(4);
        i.reversed = items.boolean(5);
        const QString options = items.text(6);
        if (!options.isEmpty()) {
            i.options = options.split(QLatin1Char('\n'));
        }
        if (!items.isNull(7)) {
            i.correct = items.integer(7);
        }
        n.items.append(i);
    }
    Statement scales = m_db.prepare("SELECT x.scale_id, x.min_change FROM instrument_scale x JOIN survey_scale s ON "
                                    "s.id = x.scale_id WHERE x.instrument_id = ? ORDER BY s.sort_order, s.id");
    scales.bind(1, id);
    while (scales.step()) {
        n.scales.append({scales.int64(0), scales.integer(1)});
    }
    return n;
}

std::optional<qint64> InstrumentRepository::findByName(const QString& name) const
{
    Statement st = m_db.prepare("SELECT id FROM instrument WHERE name = ?");
    st.bind(1, name);
    return st.step() ? std::optional<qint64>(st.int64(0)) : std::nullopt;
}

qint64 InstrumentRepository::insert(const Instrument& instrument)
{
    Statement st = m_db.prepare(
        "INSERT INTO instrument (id, name, kind, instructions, version, previous_id) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, instrument.id > 0 ? std::optional<qint64>(instrument.id) : std::nullopt)
        .bind(2, instrument.name)
        .bind(3, key(instrument.kind))
        .bind(4, notNull(instrument.instructions))
        .bind(5, instrument.version)
        .bind(6, instrument.previousId);
    st.exec();
    Instrument stored = instrument;
    stored.id = m_db.lastInsertId();
    writeItemsAndScales(stored);
    return stored.id;
}

void InstrumentRepository::update(const Instrument& instrument)
{
    Statement st = m_db.prepare("UPDATE instrument SET name = ?, kind = ?, instructions = ?, version = ?, "
                                "previous_id = ? WHERE id = ?");
    st.bind(1, instrument.name)
        .bind(2, key(instrument.kind))
        .bind(3, notNull(instrument.instructions))
        .bind(4, instrument.version)
        .bind(5, instrument.previousId)
        .bind(6, instrument.id);
    st.exec();
    writeItemsAndScales(instrument);
}

void InstrumentRepository::writeItemsAndScales(const Instrument& instrument)
{
    QSet<qint64> kept;
    for (const InstrumentItem& i : instrument.items) {
        if (i.id > 0) {
            kept.insert(i.id);
        }
    }
    Statement existing = m_db.prepare("SELECT id FROM instrument_item WHERE instrument_id = ?");
    existing.bind(1, instrument.id);
    QList<qint64> gone;
    while (existing.step()) {
        if (!kept.contains(existing.int64(0))) {
            gone.append(existing.int64(0));
        }
    }
    Statement remove = m_db.prepare("DELETE FROM instrument_item WHERE id = ?");
    for (const qint64 id : gone) {
        remove.bind(1, id);
        remove.exec();
        remove.reset();
    }
    Statement insert = m_db.prepare("INSERT INTO instrument_item (id, instrument_id, position, text, kind, scale_id, "
                                    "reversed, options, correct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement update = m_db.prepare("UPDATE instrument_item SET position = ?3, text = ?4, kind = ?5, scale_id = ?6, "
                                    "reversed = ?7, options = ?8, correct = ?9 WHERE id = ?1 AND instrument_id = ?2");
    Statement exists = m_db.prepare("SELECT 1 FROM instrument_item WHERE id = ?");
    for (const InstrumentItem& i : instrument.items) {
        bool stored = false;
        if (i.id > 0) {
            exists.bind(1, i.id);
            stored = exists.step();
            exists.reset();
        }
        // An item with an id that is no longer stored (undo of a deletion) comes back with it.
        Statement& st = stored ? update : insert;
        st.bind(1, i.id > 0 ? std::optional<qint64>(i.id) : std::nullopt)
            .bind(2, instrument.id)
            .bind(3, i.position)
            .bind(4, i.text)
            .bind(5, key(i.kind))
            .bind(6, i.scaleId)
            .bind(7, i.reversed)
            .bind(8, notNull(i.options.join(QLatin1Char('\n'))))
            .bind(9, i.correct ? std::optional<qint64>(*i.correct) : std::nullopt);
        st.exec();
        st.reset();
    }
    Statement clearScales = m_db.prepare("DELETE FROM instrument_scale WHERE instrument_id = ?");
    clearScales.bind(1, instrument.id);
    clearScales.exec();
    Statement scale =
        m_db.prepare("INSERT INTO instrument_scale (instrument_id, scale_id, min_change) VALUES (?, ?, ?)");
    for (const qint64 scaleId : instrument.scaleIds()) {
        scale.bind(1, instrument.id).bind(2, scaleId).bind(3, instrument.minChange(scaleId));
        scale.exec();
        scale.reset();
    }
}

void InstrumentRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM instrument WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

int InstrumentRepository::answerCount(qint64 instrumentId) const
{
    Statement st = m_db.prepare(
        "SELECT count(*) FROM survey_answer a JOIN survey_round r ON r.id = a.round_id WHERE r.instrument_id = ?");
    st.bind(1, instrumentId);
    return st.step() ? st.integer(0) : 0;
}

int InstrumentRepository::roundCount(qint64 instrumentId) const
{
    Statement st = m_db.prepare("SELECT count(*) FROM survey_round WHERE instrument_id = ?");
    st.bind(1, instrumentId);
    return st.step() ? st.integer(0) : 0;
}

} // namespace osiedle::core
