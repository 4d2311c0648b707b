#include "core/services/RecruitmentService.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/Database.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <algorithm>

namespace osiedle::core {

namespace {

using S = RecruitmentStatus;

QString settingKey(const ScoreCriterion& c)
{
    return QStringLiteral("recruitment.weight.") + c.key;
}

void storeWeights(SettingRepository& settings, const ScoreWeights& w)
{
    for (const ScoreCriterion& c : RecruitmentService::scoreCriteria()) {
        settings.setValue(settingKey(c), QString::number(w.*(c.member)));
    }
}

} // namespace

QList<ScoreCriterion> RecruitmentService::scoreCriteria()
{
    return {
        {QStringLiteral("arrears"), &ScoreWeights::arrears, tr("In rent arrears at entry")},
        {QStringLiteral("arrears_per_1000"), &ScoreWeights::arrearsPer1000,
         tr("For every full 1 000 zł of arrears (up to 5 times)")},
        {QStringLiteral("eviction_risk"), &ScoreWeights::evictionRisk, tr("At risk of eviction")},
        {QStringLiteral("long_term_unemployed"), &ScoreWeights::longTermUnemployed, tr("Long-term unemployed")},
        {QStringLiteral("disability"), &ScoreWeights::disability, tr("With a disability")},
        {QStringLiteral("referral"), &ScoreWeights::referral, tr("Referred by an OPS or PUP")},
    };
}

FieldErrors RecruitmentService::validate(const ScoreWeights& w)
{
    FieldErrors errors;
    bool anyPoints = false;
    for (const ScoreCriterion& c : scoreCriteria()) {
        const int value = w.*(c.member);
        if (value < 0 || value > maxWeight) {
            errors.append(FieldError{c.key, tr("The points of \"%1\" must be between 0 and %2; %3 is not.")
                                                .arg(c.label)
                                                .arg(maxWeight)
                                                .arg(value)});
        }
        anyPoints = anyPoints || value > 0;
    }
    if (errors.isEmpty() && !anyPoints) {
        errors.append(
            FieldError{QString(), tr("At least one criterion must give points, or every candidate scores 0.")});
    }
    return errors;
}

RecruitmentService::RecruitmentService(Database& db, ChangeNotifier& changes) : m_db(db), m_changes(changes) {}

bool RecruitmentService::allowed(RecruitmentStatus from, RecruitmentStatus to)
{
    switch (from) {
    case S::Candidate:
    case S::NotEligible:
        return to == S::Eligible || to == S::NotEligible;
    case S::Eligible:
        return to == S::Scored || to == S::Rejected;
    case S::Scored:
        return to == S::Scored || to == S::Qualified || to == S::Reserve || to == S::Rejected;
    case S::Reserve:
        return to == S::Qualified || to == S::Rejected || to == S::Resigned;
    case S::Qualified:
        return to == S::Resigned;
    case S::Rejected:
    case S::Resigned:
        return false;
    }
    return false;
}

QStringList RecruitmentService::unmetCriteria(const Participant& p) const
{
    QStringList unmet;
    std::optional<HousingCoop> coop;
    try {
        if (p.housingCoopId) {
            coop = HousingCoopRepository(m_db).find(*p.housingCoopId);
        }
    } catch (const StorageError&) {
        coop.reset();
    }
    if (!coop) {
        unmet.append(tr("not a tenant of a housing cooperative of the project"));
    } else if (coop->status != HousingCoopStatus::Qualified) {
        unmet.append(tr("%1 is not admitted to the project").arg(coop->name));
    }
    if (p.arrearsAtEntry <= Money() && !p.evictionRisk) {
        unmet.append(tr("neither in rent arrears nor at risk of eviction"));
    }
    if (!p.labourStatus) {
        unmet.append(tr("labour-market status not recorded"));
    } else if (*p.labourStatus == LabourStatus::Employed) {
        unmet.append(tr("employed (the project admits unemployed or inactive people)"));
    }
    return unmet;
}

int RecruitmentService::score(const Participant& p, const ScoreWeights& w)
{
    int total = 0;
    if (p.arrearsAtEntry > Money()) {
        total +=
            w.arrears + w.arrearsPer1000 * static_cast<int>(std::min<qint64>(p.arrearsAtEntry.grosze() / 100000, 5));
    }
    if (p.evictionRisk) {
        total += w.evictionRisk;
    }
    if (p.labourStatus == LabourStatus::LongTermUnemployed) {
        total += w.longTermUnemployed;
    }
    if (p.disability.value_or(false)) {
        total += w.disability;
    }
    if (p.referral == Referral::Ops || p.referral == Referral::Pup) {
        total += w.referral;
    }
    return total;
}

ScoreWeights RecruitmentService::scoreWeights() const
{
    ScoreWeights w;
    try {
        const SettingRepository settings(m_db);
        for (const ScoreCriterion& c : scoreCriteria()) {
            if (const auto v = settings.value(settingKey(c))) {
                bool ok = false;
                const int n = v->toInt(&ok);
                if (ok) {
                    w.*(c.member) = n;
                }
            }
        }
    } catch (const StorageError&) {
        return ScoreWeights{};
    }
    return w;
}

Result<QHash<qint64, int>> RecruitmentService::currentScores() const
{
    QHash<qint64, int> scores;
    try {
        const ParticipantRepository repo(m_db);
        for (const S status : {S::Scored, S::Reserve}) {
            for (const ParticipantListRow& row : repo.listByStatus(status)) {
                if (row.score) {
                    scores.insert(row.id, *row.score);
                }
            }
        }
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    return scores;
}

Result<int> RecruitmentService::setScoreWeights(const ScoreWeights& w)
{
    if (const FieldErrors errors = validate(w); !errors.isEmpty()) {
        return Error{errors.first().message};
    }
    return serviceWrite(m_db, m_changes, Topic::Participants, [&] {
        SettingRepository settings(m_db);
        storeWeights(settings, w);
        ParticipantRepository repo(m_db);
        int rescored = 0;
        for (const S status : {S::Scored, S::Reserve}) {
            for (const ParticipantListRow& row : repo.listByStatus(status)) {
                if (const auto p = repo.find(row.id)) {
                    repo.setScore(p->id, score(*p, w));
                    ++rescored;
                }
            }
        }
        return rescored;
    });
}

Status RecruitmentService::restoreScoreWeights(const ScoreWeights& w, const QHash<qint64, int>& scores)
{
    return serviceWrite(m_db, m_changes, Topic::Participants, [&] {
        SettingRepository settings(m_db);
        storeWeights(settings, w);
        ParticipantRepository repo(m_db);
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            repo.setScore(it.key(), it.value());
        }
    });
}

Status RecruitmentService::move(qint64 id, RecruitmentStatus to, const QDate& on, const QString& reason,
                                std::optional<QStringList> unmet, std::optional<int> score)
{
    try {
        ParticipantRepository repo(m_db);
        const auto p = repo.find(id);
        if (!p) {
            return Error{tr("The participant no longer exists.")};
        }
        if (!allowed(p->status, to)) {
            return Error{
                tr("%1 is \"%2\" and cannot be moved to \"%3\".").arg(p->displayName(), label(p->status), label(to))};
        }
        if ((to == S::Rejected || to == S::Resigned) && reason.trimmed().isEmpty()) {
            return Error{tr("Give the reason why %1 is %2.").arg(p->displayName(), label(to).toLower())};
        }
        if (!on.isValid()) {
            return Error{tr("The date of the decision is required.")};
        }
        if (p->recruitedOn.isValid() && on < p->recruitedOn) {
            return Error{tr("The decision on %1 cannot be dated %2, before the recruitment on %3.")
                             .arg(p->displayName(), core::shown::date(on), core::shown::date(p->recruitedOn))};
        }
        if (p->statusOn.isValid() && on < p->statusOn) {
            return Error{tr("The decision on %1 cannot be dated %2, before the previous decision on %3.")
                             .arg(p->displayName(), core::shown::date(on), core::shown::date(p->statusOn))};
        }
        Transaction tx(m_db);
        repo.setStatus(id, to, on, reason.trimmed(), unmet ? unmet->join(QLatin1Char('\n')) : p->unmetCriteria,
                       score ? score : p->score);
        tx.commit();
        m_changes.notify(Topic::Participants);
        return {};
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Result<Participant> RecruitmentService::load(qint64 id) const
{
    try {
        if (auto p = ParticipantRepository(m_db).find(id)) {
            return *p;
        }
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    return Error{tr("The participant no longer exists.")};
}

Result<RecruitmentStatus> RecruitmentService::assess(qint64 id, const QDate& on)
{
    const auto p = load(id);
    if (!p) {
        return p.error();
    }
    const QStringList unmet = unmetCriteria(*p);
    const RecruitmentStatus to = unmet.isEmpty() ? S::Eligible : S::NotEligible;
    if (Status moved = move(id, to, on, QString(), unmet); !moved) {
        return moved.error();
    }
    return to;
}

Result<int> RecruitmentService::scoreCandidate(qint64 id, const QDate& on)
{
    const auto p = load(id);
    if (!p) {
        return p.error();
    }
    const int points = score(*p, scoreWeights());
    if (Status moved = move(id, S::Scored, on, QString(), std::nullopt, points); !moved) {
        return moved.error();
    }
    return points;
}

Status RecruitmentService::qualify(qint64 id, const QDate& on)
{
    return move(id, S::Qualified, on, QString());
}

Status RecruitmentService::putOnReserve(qint64 id, const QDate& on)
{
    return move(id, S::Reserve, on, QString());
}

Status RecruitmentService::reject(qint64 id, const QDate& on, const QString& reason)
{
    return move(id, S::Rejected, on, reason);
}

Status RecruitmentService::resign(qint64 id, const QDate& on, const QString& reason)
{
    return move(id, S::Resigned, on, reason);
}

Result<qint64> RecruitmentService::qualifyNextFromReserve(const QDate& on)
{
    QList<ParticipantListRow> reserve;
    try {
        reserve = ParticipantRepository(m_db).listByStatus(S::Reserve);
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    if (reserve.isEmpty()) {
        return Error{tr("The reserve list is empty.")};
    }
    const qint64 id = reserve.first().id;
    if (Status moved = qualify(id, on); !moved) {
        return moved.error();
    }
    return id;
}

} // namespace osiedle::core
