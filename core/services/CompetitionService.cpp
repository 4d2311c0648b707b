#include "core/services/CompetitionService.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

Result<qint64> CompetitionService::saveCompetition(const Competition& c)
{
    return write([&]() -> Result<qint64> {
        if (c.name.trimmed().isEmpty()) {
            return Error{tr("The competition needs a name.")};
        }
        if (c.announcedOn.isValid() && c.decidedOn.isValid() && c.decidedOn < c.announcedOn) {
            return Error{tr("The results (%1) cannot come before the competition was announced (%2).")
                             .arg(c.decidedOn.toString(Qt::ISODate), c.announcedOn.toString(Qt::ISODate))};
        }
        CompetitionRepository repo(m_db);
        if (c.id == 0) {
            return repo.insert(c);
        }
        repo.update(c);
        return c.id;
    });
}

Status CompetitionService::removeCompetition(qint64 id)
{
    return write([&]() -> Status {
        CompetitionRepository(m_db).remove(id);
        return {};
    });
}

Result<qint64> CompetitionService::addCategory(const CompetitionCategory& c)
{
    return write([&]() -> Result<qint64> {
        if (c.name.trimmed().isEmpty()) {
            return Error{tr("The category needs a name.")};
        }
        if (c.awards < 0) {
            return Error{tr("The number of awards cannot be negative.")};
        }
        return CompetitionRepository(m_db).insertCategory(c);
    });
}

Result<qint64> CompetitionService::addCriterion(const CompetitionCriterion& c)
{
    return write([&]() -> Result<qint64> {
        if (c.name.trimmed().isEmpty()) {
            return Error{tr("The criterion needs a name.")};
        }
        if (c.maxPoints <= 0) {
            return Error{tr("The criterion \"%1\" needs a maximum of at least 1 point.").arg(c.name)};
        }
        if (c.weight <= 0) {
            return Error{tr("The weight of the criterion \"%1\" must be at least 1.").arg(c.name)};
        }
        return CompetitionRepository(m_db).insertCriterion(c);
    });
}

Result<qint64> CompetitionService::addJuror(const Juror& j)
{
    return write([&]() -> Result<qint64> {
        if (j.name.trimmed().isEmpty()) {
            return Error{tr("The juror needs a name.")};
        }
        return CompetitionRepository(m_db).insertJuror(j);
    });
}

Result<qint64> CompetitionService::saveNomination(const Nomination& n)
{
    return write([&]() -> Result<qint64> {
        const int nominees = int(n.socialCoopId.has_value()) + int(n.housingCoopId.has_value()) +
                             int(n.participantId.has_value()) + int(!n.personName.trimmed().isEmpty());
        if (nominees != 1) {
            return Error{tr("A nomination names exactly one nominee: a social cooperative, a housing cooperative, "
                            "a participant or another person.")};
        }
        CompetitionRepository repo(m_db);
        if (!repo.findCategory(n.categoryId)) {
            return Error{tr("The competition category no longer exists.")};
        }
        if (n.id == 0) {
            return repo.insertNomination(n);
        }
        repo.updateNomination(n);
        return n.id;
    });
}

Status CompetitionService::removeNomination(qint64 id)
{
    return write([&]() -> Status {
        CompetitionRepository(m_db).removeNomination(id);
        return {};
    });
}

Status CompetitionService::setScore(const JuryScore& s)
{
    return write([&]() -> Status {
        CompetitionRepository repo(m_db);
        const std::optional<Nomination> nomination = repo.findNomination(s.nominationId);
        if (!nomination) {
            return Error{tr("The nomination no longer exists.")};
        }
        const std::optional<CompetitionCategory> category = repo.findCategory(nomination->categoryId);
        const QList<CompetitionCriterion> criteria = repo.criteria(category->competitionId);
        const auto criterion = std::find_if(criteria.begin(), criteria.end(),
                                            [&](const CompetitionCriterion& c) { return c.id == s.criterionId; });
        if (criterion == criteria.end()) {
            return Error{tr("The criterion does not belong to this competition.")};
        }
        const QList<Juror> jurors = repo.jurors(category->competitionId);
        if (std::none_of(jurors.begin(), jurors.end(), [&](const Juror& j) { return j.id == s.jurorId; })) {
            return Error{tr("The juror does not belong to this competition.")};
        }
        if (s.points < 0 || s.points > criterion->maxPoints) {
            return Error{tr("%1 points for \"%2\": the criterion \"%3\" gives from 0 to %4 points.")
                             .arg(s.points)
                             .arg(nomination->displayName, criterion->name)
                             .arg(criterion->maxPoints)};
        }
        repo.setScore(s);
        return {};
    });
}

Status CompetitionService::clearScore(qint64 nominationId, qint64 jurorId, qint64 criterionId)
{
    return write([&]() -> Status {
        CompetitionRepository(m_db).clearScore(nominationId, jurorId, criterionId);
        return {};
    });
}

} // namespace osiedle::core
