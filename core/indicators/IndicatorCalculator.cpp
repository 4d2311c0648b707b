#include "core/indicators/IndicatorCalculator.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/ParticipantCompleteness.h"
#include "core/indicators/DataProblems.h"
#include "core/indicators/IndicatorCatalogue.h"
#include "core/indicators/IndicatorRules.h"
#include "core/indicators/ParticipantFlow.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"

#include <QCollator>
#include <algorithm>
#include <cmath>

namespace osiedle::core {

namespace {

std::optional<double> percentOf(qint64 value, const std::optional<qint64>& target)
{
    if (!target || *target == 0) {
        return std::nullopt;
    }
    return std::round(double(value) * 1000.0 / double(*target)) / 10.0;
}

} // namespace

IndicatorCalculator::IndicatorCalculator(Database& db) : m_db(db) {}

QStringList IndicatorCalculator::missingDataLabels(int mask)
{
    return ParticipantCompleteness::names(mask);
}

QStringList IndicatorCalculator::missingDataKeys(int mask)
{
    QStringList keys;
    for (const ParticipantCompleteness::Field field : ParticipantCompleteness::fields(mask)) {
        keys << ParticipantCompleteness::fieldKey(field);
    }
    return keys;
}

std::optional<IndicatorValue> IndicatorCalculator::cumulativeAt(const QString& code, const QDate& day)
{
    if (const IndicatorRule* rule = IndicatorRules::find(code)) {
        return rule->cumulativeAt(m_db, day);
    }
    if (isScaleIndicator(code)) {
        return IndicatorRules::scale(code).cumulativeAt(m_db, day);
    }
    return std::nullopt;
}

Result<IndicatorReport> IndicatorCalculator::compute(const ReportingPeriod& period)
{
    if (!period.from.isValid() || !period.to.isValid()) {
        return Error{tr("The period needs a valid start and end date.")};
    }
    if (period.from > period.to) {
        return Error{tr("The period starts (%1) after it ends (%2).")
                         .arg(core::shown::date(period.from), core::shown::date(period.to))};
    }
    try {
        IndicatorReport report;
        report.project = readProject();
        report.period = period;
        const QDate dayBefore = period.from.addDays(-1);
        Statement& st = m_db.cached(
            "SELECT code, name, objective, unit, kind, split_by_sex, money, manual, target_total, target_women, "
            "target_men FROM indicator ORDER BY sort_order, code");
        std::vector<IndicatorReport::Row> rows;
        std::vector<IndicatorRule> ownRules;
        std::vector<const IndicatorRule*> rules;
        while (st.step()) {
            IndicatorReport::Row row;
            row.code = st.text(0);
            row.name = st.text(1);
            row.objective = st.text(2);
            row.unit = st.text(3);
            IndicatorCatalogue::showInLanguage(row.code, row.name, row.objective, row.unit);
            row.kind = parseKey<IndicatorKind>(st.text(4)).value_or(IndicatorKind::Product);
            row.splitBySex = st.boolean(5);
            row.money = st.boolean(6);
            const bool manual = st.boolean(7);
            row.target.total = st.optInt64(8);
            if (row.splitBySex) {
                row.target.women = st.optInt64(9);
                row.target.men = st.optInt64(10);
            }
            // A rule of the list, or one made for this file's row: the values typed per period,
            // or the indicator of a questionnaire scale the office added.
            const IndicatorRule* rule = manual ? nullptr : IndicatorRules::find(row.code);
            if (manual) {
                ownRules.push_back(IndicatorRules::manual(row.code, row.splitBySex));
            } else if (rule == nullptr && isScaleIndicator(row.code)) {
                ownRules.push_back(IndicatorRules::scale(row.code));
            } else if (rule == nullptr) {
                report.notComputed << row.code;
                continue;
            }
            rows.push_back(row);
            rules.push_back(rule);
        }
        st.reset();
        // The rules run after the catalogue query is done (they use cached statements too), all
        // for both days at once: what several rules read is read once.
        RuleDays days(m_db, {dayBefore, period.to});
        std::size_t ownIndex = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            IndicatorReport::Row& row = rows[i];
            const IndicatorRule& rule = rules[i] != nullptr ? *rules[i] : ownRules[ownIndex++];
            const std::vector<IndicatorValue> values = rule.valuesOn(days);
            row.cumulative = values[1];
            row.period = row.cumulative - values[0];
            row.percentOfTarget = percentOf(row.cumulative.total, row.target.total);
            report.rows << row;
        }
        report.dataQuality = dataQuality(days.participants(), period.to);
        report.dataProblems = DataProblems::read(m_db);
        report.flow = ParticipantFlow::compute(days.participants(), period.from, period.to);
        return report;
    } catch (const StorageError& e) {
        return Error{tr("Cannot compute the indicator report: %1").arg(e.message()), e.code()};
    }
}

bool IndicatorCalculator::isScaleIndicator(const QString& code)
{
    Statement& st = m_db.cached("SELECT 1 FROM survey_scale WHERE indicator_code = ?");
    st.bind(1, code);
    const bool found = st.step();
    st.reset();
    return found;
}

IndicatorReport::Project IndicatorCalculator::readProject()
{
    ProjectRepository repo(m_db);
    IndicatorReport::Project header;
    const auto project = repo.project();
    if (!project) {
        return header;
    }
    header.programme = project->programme;
    header.priority = project->priority;
    header.measure = project->measure;
    header.region = project->region;
    header.contractNumber = project->contractNumber;
    header.title = project->title;
    header.beneficiary = project->beneficiary;
    header.start = project->startDate;
    header.end = project->endDate;
    header.beneficiaryAddress = project->beneficiaryAddress;
    header.beneficiaryNip = project->beneficiaryNip;
    header.beneficiaryRegon = project->beneficiaryRegon;
    for (const Partner& partner : repo.partners()) {
        if (partner.role == PartnerRole::Partner) {
            header.partners << partner.name;
        }
    }
    header.place = project->place;
    if (const auto signatory = repo.defaultSignatory()) {
        header.signatoryName = signatory->name;
        header.signatoryRole = signatory->printedRole();
    }
    return header;
}

QList<IndicatorReport::MissingData> IndicatorCalculator::dataQuality(const ProjectParticipants& people, const QDate& to)
{
    // The participants who started support by the period's end but cannot be counted.
    QList<IndicatorReport::MissingData> list;
    for (const ProjectParticipant& p : people.all()) {
        if (p.start <= to && p.missing != 0) {
            IndicatorReport::MissingData item;
            item.participantId = p.id;
            item.firstName = p.firstName;
            item.lastName = p.lastName;
            item.participationStart = p.start;
            item.missingMask = p.missing;
            item.missing = missingDataLabels(item.missingMask);
            list << item;
        }
    }
    // As the lists sort names (the database's "pl" collation).
    QCollator collator{QLocale(QLocale::Polish, QLocale::Poland)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(list.begin(), list.end(), [&](const auto& a, const auto& b) {
        if (const int last = collator.compare(a.lastName, b.lastName); last != 0) {
            return last < 0;
        }
        if (const int first = collator.compare(a.firstName, b.firstName); first != 0) {
            return first < 0;
        }
        return a.participantId < b.participantId;
    });
    return list;
}

} // namespace osiedle::core
