#include "core/services/CompetitionService.h"

#include "core/common/DisplayFormat.h"
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
                             .arg(core::shown::date(c.decidedOn), core::shown::date(c.announcedOn))};
        }
        CompetitionRepository repo(m_db);
        if (c.id == 0) {
            return repo.insert(c);
        }
        repo.update(c);
        return c.id;
    });
}

Result<CompetitionSnapshot> CompetitionService::removeCompetition(qint64 id)
{
    return write([&]() -> Result<CompetitionSnapshot> {
        CompetitionRepository repo(m_db);
        CompetitionSnapshot snapshot;
        snapshot.competition = repo.find(id);
        if (!snapshot.competition) {
            return Error{tr("The competition no longer exists.")};
        }
        snapshot.categories = repo.categories(id);
        snapshot.criteria = repo.criteria(id);
        snapshot.jurors = repo.jurors(id);
        for (const CompetitionCategory& c : snapshot.categories) {
            snapshot.nominations += repo.nominations(c.id);
        }
        snapshot.scores = repo.competitionScores(id);
        repo.remove(id);
        return snapshot;
    });
}

Result<qint64> CompetitionService::saveCategory(const CompetitionCategory& c)
{
    return write([&]() -> Result<qint64> {
        if (c.name.trimmed().isEmpty()) {
            return Error{tr("The category needs a name.")};
        }
        if (c.awards < 0) {
            return Error{tr("The number of awards cannot be negative.")};
        }
        CompetitionRepository repo(m_db);
        if (!repo.find(c.competitionId)) {
            return Error{tr("The competition no longer exists.")};
        }
        if (c.id == 0) {
            return repo.insertCategory(c);
        }
        const std::optional<CompetitionCategory> before = repo.findCategory(c.id);
        if (!before) {
            return Error{tr("The competition category no longer exists.")};
        }
        if (before->kind != c.kind && !repo.nominations(c.id).isEmpty()) {
            return Error{tr("The category \"%1\" already has nominations of its kind; remove them before changing "
                            "who the category is for.")
                             .arg(before->name)};
        }
        repo.updateCategory(c);
        return c.id;
    });
}

Result<CompetitionSnapshot> CompetitionService::removeCategory(qint64 id)
{
    return write([&]() -> Result<CompetitionSnapshot> {
        CompetitionRepository repo(m_db);
        const std::optional<CompetitionCategory> category = repo.findCategory(id);
        if (!category) {
            return Error{tr("The competition category no longer exists.")};
        }
        CompetitionSnapshot snapshot;
        snapshot.categories = {*category};
        snapshot.nominations = repo.nominations(id);
        snapshot.scores = repo.scores(id);
        repo.removeCategory(id);
        return snapshot;
    });
}

Result<qint64> CompetitionService::saveCriterion(const CompetitionCriterion& c)
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
        CompetitionRepository repo(m_db);
        if (!repo.find(c.competitionId)) {
            return Error{tr("The competition no longer exists.")};
        }
        if (c.id == 0) {
            return repo.insertCriterion(c);
        }
        if (!repo.findCriterion(c.id)) {
            return Error{tr("The criterion no longer exists.")};
        }
        int highest = 0;
        for (const JuryScore& s : repo.competitionScores(c.competitionId)) {
            if (s.criterionId == c.id) {
                highest = std::max(highest, s.points);
            }
        }
        if (highest > c.maxPoints) {
            return Error{tr("A juror has already given %1 points for \"%2\"; the maximum cannot be lower.")
                             .arg(highest)
                             .arg(c.name)};
        }
        repo.updateCriterion(c);
        return c.id;
    });
}

Result<CompetitionSnapshot> CompetitionService::removeCriterion(qint64 id)
{
    return write([&]() -> Result<CompetitionSnapshot> {
        CompetitionRepository repo(m_db);
        const std::optional<CompetitionCriterion> criterion = repo.findCriterion(id);
        if (!criterion) {
            return Error{tr("The criterion no longer exists.")};
        }
        CompetitionSnapshot snapshot;
        snapshot.criteria = {*criterion};
        for (const JuryScore& s : repo.competitionScores(criterion->competitionId)) {
            if (s.criterionId == id) {
                snapshot.scores.append(s);
            }
        }
        repo.removeCriterion(id);
        return snapshot;
    });
}

Result<qint64> CompetitionService::saveJuror(const Juror& j)
{
    return write([&]() -> Result<qint64> {
        if (j.name.trimmed().isEmpty()) {
            return Error{tr("The juror needs a name.")};
        }
        CompetitionRepository repo(m_db);
        if (!repo.find(j.competitionId)) {
            return Error{tr("The competition no longer exists.")};
        }
        if (j.id == 0) {
            return repo.insertJuror(j);
        }
        if (!repo.findJuror(j.id)) {
            return Error{tr("The juror no longer exists.")};
        }
        repo.updateJuror(j);
        return j.id;
    });
}

Result<CompetitionSnapshot> CompetitionService::removeJuror(qint64 id)
{
    return write([&]() -> Result<CompetitionSnapshot> {
        CompetitionRepository repo(m_db);
        const std::optional<Juror> juror = repo.findJuror(id);
        if (!juror) {
            return Error{tr("The juror no longer exists.")};
        }
        CompetitionSnapshot snapshot;
        snapshot.jurors = {*juror};
        for (const JuryScore& s : repo.competitionScores(juror->competitionId)) {
            if (s.jurorId == id) {
                snapshot.scores.append(s);
            }
        }
        repo.removeJuror(id);
        return snapshot;
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
        const std::optional<CompetitionCategory> category = repo.findCategory(n.categoryId);
        if (!category) {
            return Error{tr("The competition category no longer exists.")};
        }
        const bool fits = category->kind == CompetitionCategoryKind::SocialCoop ? n.socialCoopId.has_value()
                          : category->kind == CompetitionCategoryKind::HousingCoop
                              ? n.housingCoopId.has_value()
                              : !n.socialCoopId && !n.housingCoopId;
        if (!fits) {
            return Error{tr("The category \"%1\" is for: %2. Nominate one of those.")
                             .arg(category->name, label(category->kind))};
        }
        if (n.id == 0 || !repo.findNomination(n.id)) {
            return repo.insertNomination(n);
        }
        repo.updateNomination(n);
        return n.id;
    });
}

Result<CompetitionSnapshot> CompetitionService::removeNomination(qint64 id)
{
    return write([&]() -> Result<CompetitionSnapshot> {
        CompetitionRepository repo(m_db);
        const std::optional<Nomination> nomination = repo.findNomination(id);
        if (!nomination) {
            return Error{tr("The nomination no longer exists.")};
        }
        CompetitionSnapshot snapshot;
        snapshot.nominations = {*nomination};
        for (const JuryScore& s : repo.scores(nomination->categoryId)) {
            if (s.nominationId == id) {
                snapshot.scores.append(s);
            }
        }
        repo.removeNomination(id);
        return snapshot;
    });
}

Status CompetitionService::restore(const CompetitionSnapshot& snapshot)
{
    return write([&]() -> Status {
        CompetitionRepository repo(m_db);
        if (snapshot.competition) {
            repo.insert(*snapshot.competition);
        }
        for (const CompetitionCategory& c : snapshot.categories) {
            repo.insertCategory(c);
        }
        for (const CompetitionCriterion& c : snapshot.criteria) {
            repo.insertCriterion(c);
        }
        for (const Juror& j : snapshot.jurors) {
            repo.insertJuror(j);
        }
        for (const Nomination& n : snapshot.nominations) {
            repo.insertNomination(n);
        }
        for (const JuryScore& s : snapshot.scores) {
            repo.setScore(s);
        }
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
