#include "core/storage/IndicatorRepository.h"

#include "core/indicators/IndicatorCatalogue.h"
#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

const char* const selectIndicators = "SELECT code, name, objective, unit, kind, split_by_sex, money, manual, "
                                     "target_total, target_women, target_men, sort_order FROM indicator ";

IndicatorEntry readEntry(const Statement& st)
{
    IndicatorEntry e;
    e.code = st.text(0);
    e.name = st.text(1);
    e.objective = st.text(2);
    e.unit = st.text(3);
    e.kind = parseKey<IndicatorKind>(st.text(4)).value_or(IndicatorKind::Product);
    e.splitBySex = st.boolean(5);
    e.money = st.boolean(6);
    e.manual = st.boolean(7);
    e.target = {st.optInt64(8), st.optInt64(9), st.optInt64(10)};
    e.sortOrder = st.integer(11);
    IndicatorCatalogue::showInLanguage(e.code, e.name, e.objective, e.unit);
    return e;
}

// Binds ?1..?12 in the column order of the INSERT below.
void bindEntry(Statement& st, const IndicatorEntry& e)
{
    st.bind(1, e.code)
        .bind(2, notNullText(e.name))
        .bind(3, notNullText(e.objective))
        .bind(4, notNullText(e.unit))
        .bind(5, key(e.kind))
        .bind(6, e.splitBySex)
        .bind(7, e.money)
        .bind(8, e.manual)
        .bind(9, e.target.total)
        .bind(10, e.target.women)
        .bind(11, e.target.men)
        .bind(12, e.sortOrder);
}

QList<ManualValue> readValues(Statement& st)
{
    QList<ManualValue> values;
    while (st.step()) {
        values << ManualValue{st.text(0), st.int64(1), IndicatorValue{st.int64(2), st.optInt64(3), st.optInt64(4)}};
    }
    st.reset();
    return values;
}

} // namespace

QList<IndicatorEntry> IndicatorRepository::all()
{
    Statement& st = m_db.cached(QByteArray(selectIndicators) + "ORDER BY sort_order, code");
    QList<IndicatorEntry> entries;
    while (st.step()) {
        entries << readEntry(st);
    }
    st.reset();
    return entries;
}

std::optional<IndicatorEntry> IndicatorRepository::find(const QString& code)
{
    Statement& st = m_db.cached(QByteArray(selectIndicators) + "WHERE code = ?1");
    st.bind(1, code);
    std::optional<IndicatorEntry> entry;
    if (st.step()) {
        entry = readEntry(st);
    }
    st.reset();
    return entry;
}

void IndicatorRepository::insert(const IndicatorEntry& entry)
{
    Statement& st =
        m_db.cached("INSERT INTO indicator (code, name, objective, unit, kind, split_by_sex, money, manual, "
                    "target_total, target_women, target_men, sort_order) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    bindEntry(st, entry);
    st.exec();
}

void IndicatorRepository::update(const IndicatorEntry& entry)
{
    Statement& st = m_db.cached("UPDATE indicator SET name = ?2, objective = ?3, unit = ?4, kind = ?5, "
                                "split_by_sex = ?6, money = ?7, manual = ?8, target_total = ?9, target_women = ?10, "
                                "target_men = ?11, sort_order = ?12 WHERE code = ?1");
    bindEntry(st, entry);
    st.exec();
}

void IndicatorRepository::remove(const QString& code)
{
    Statement& st = m_db.cached("DELETE FROM indicator WHERE code = ?1");
    st.bind(1, code);
    st.exec();
}

QString IndicatorRepository::nextOwnCode()
{
    Statement& st = m_db.cached("SELECT coalesce(max(CAST(substr(code, 5) AS INTEGER)), 0) + 1 FROM indicator "
                                "WHERE code GLOB 'OWN_[0-9]*'");
    qint64 next = 1;
    if (st.step()) {
        next = st.int64(0);
    }
    st.reset();
    return QStringLiteral("OWN_%1").arg(next);
}

int IndicatorRepository::nextSortOrder()
{
    return int(m_db.scalar("SELECT coalesce(max(sort_order), 0) + 10 FROM indicator"));
}

QList<ManualValue> IndicatorRepository::manualValues(const QString& code)
{
    Statement& st = m_db.cached("SELECT v.indicator_code, v.period_id, v.total, v.women, v.men "
                                "FROM indicator_manual_value v JOIN reporting_period r ON r.id = v.period_id "
                                "WHERE v.indicator_code = ?1 ORDER BY r.number");
    st.bind(1, code);
    return readValues(st);
}

QList<ManualValue> IndicatorRepository::manualValuesOfPeriod(qint64 periodId)
{
    Statement& st = m_db.cached("SELECT indicator_code, period_id, total, women, men FROM indicator_manual_value "
                                "WHERE period_id = ?1 ORDER BY indicator_code");
    st.bind(1, periodId);
    return readValues(st);
}

void IndicatorRepository::setManualValue(const ManualValue& value)
{
    Statement& st = m_db.cached("INSERT OR REPLACE INTO indicator_manual_value (indicator_code, period_id, total, "
                                "women, men) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, value.code)
        .bind(2, value.periodId)
        .bind(3, value.value.total)
        .bind(4, value.value.women)
        .bind(5, value.value.men);
    st.exec();
}

void IndicatorRepository::removeManualValue(const QString& code, qint64 periodId)
{
    Statement& st = m_db.cached("DELETE FROM indicator_manual_value WHERE indicator_code = ?1 AND period_id = ?2");
    st.bind(1, code).bind(2, periodId);
    st.exec();
}

} // namespace osiedle::core
