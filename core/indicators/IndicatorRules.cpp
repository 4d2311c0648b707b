#include "core/indicators/IndicatorRules.h"

#include "core/storage/Database.h"

namespace osiedle::core {

namespace {

// Runs a query with the day bound to ?1 that returns one count.
IndicatorValue countAt(Database& db, const QByteArray& sql, const QDate& asOf)
{
    Statement& st = db.cached(sql);
    st.bind(1, asOf);
    const qint64 total = st.step() ? st.int64(0) : 0;
    st.reset();
    return IndicatorValue::count(total);
}

// Runs a query with the day bound to ?1 that returns (women, men).
IndicatorValue personsAt(Database& db, const QByteArray& sql, const QDate& asOf)
{
    Statement& st = db.cached(sql);
    st.bind(1, asOf);
    qint64 women = 0;
    qint64 men = 0;
    if (st.step()) {
        women = st.int64(0);
        men = st.int64(1);
    }
    st.reset();
    return IndicatorValue::bySex(women, men);
}

// Persons are counted only when their mandatory data is complete (participant_missing = 0);
// complete data includes the sex, so women + men is everybody counted.
IndicatorValue participantsStarted(Database& db, const QDate& asOf)
{
    return personsAt(db,
                     "SELECT count(*) FILTER (WHERE p.sex = 'F'), count(*) FILTER (WHERE p.sex = 'M') "
                     "FROM participant p JOIN participant_missing m ON m.participant_id = p.id "
                     "WHERE p.participation_start <= ?1 AND m.missing = 0",
                     asOf);
}

IndicatorValue ossRegistered(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT count(*) FROM founding_step WHERE step = 'registered' AND done_on <= ?1", asOf);
}

IndicatorValue agreementsSigned(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT count(*) FROM cooperation_agreement WHERE signed_on <= ?1", asOf);
}

} // namespace

const std::vector<IndicatorRule>& IndicatorRules::all()
{
    static const std::vector<IndicatorRule> rules = {
        {QStringLiteral("OSS_REGISTERED"), false, ossRegistered},
        {QStringLiteral("AGREEMENTS_SIGNED"), false, agreementsSigned},
        {QStringLiteral("PARTICIPANTS_STARTED"), true, participantsStarted},
    };
    return rules;
}

const IndicatorRule* IndicatorRules::find(const QString& code)
{
    for (const IndicatorRule& rule : all()) {
        if (rule.code == code) {
            return &rule;
        }
    }
    return nullptr;
}

IndicatorRule IndicatorRules::manual(const QString& code, bool splitBySex)
{
    return {code, splitBySex, [code, splitBySex](Database& db, const QDate& asOf) {
                Statement& st = db.cached(
                    "SELECT coalesce(sum(v.total), 0), coalesce(sum(v.women), 0), coalesce(sum(v.men), 0) "
                    "FROM indicator_manual_value v JOIN reporting_period r ON r.id = v.period_id "
                    "WHERE v.indicator_code = ?1 AND r.to_date <= ?2");
                st.bind(1, code).bind(2, asOf);
                IndicatorValue value;
                if (st.step()) {
                    value = splitBySex ? IndicatorValue::bySex(st.int64(1), st.int64(2))
                                       : IndicatorValue::count(st.int64(0));
                }
                st.reset();
                return value;
            }};
}

} // namespace osiedle::core
