#include "core/services/SurveyScaleService.h"

#include "core/services/ServiceWrite.h"
#include "core/storage/InstrumentRepository.h"

namespace osiedle::core {

namespace {

Status checkName(InstrumentRepository& repo, const QString& name, qint64 self)
{
    if (name.isEmpty()) {
        return Error{SurveyScaleService::tr("The scale needs a name.")};
    }
    for (const SurveyScale& s : repo.scales()) {
        if (s.id != self && s.name.compare(name, Qt::CaseInsensitive) == 0) {
            return Error{SurveyScaleService::tr("There already is a scale called “%1”.").arg(s.name)};
        }
    }
    return {};
}

} // namespace

bool SurveyScaleService::isBuiltIn(const QString& key)
{
    return key == QLatin1String("attitude") || key == QLatin1String("knowledge") || key == QLatin1String("relations");
}

Result<qint64> SurveyScaleService::add(const QString& input, bool reported)
{
    const QString name = input.simplified();
    auto work = [&]() -> Result<qint64> {
        InstrumentRepository repo(m_db);
        if (const Status ok = checkName(repo, name, 0); !ok) {
            return ok.error();
        }
        int number = 1;
        int order = 0;
        for (const SurveyScale& s : repo.scales()) {
            number = std::max<int>(number, int(s.id) + 1);
            order = std::max(order, s.sortOrder);
        }
        SurveyScale scale;
        scale.key = QStringLiteral("scale_%1").arg(number);
        scale.name = name;
        scale.sortOrder = order + 10;
        if (reported) {
            scale.indicatorCode = QStringLiteral("IMPROVED_SCALE_%1").arg(number);
            IndicatorRepository indicators(m_db);
            IndicatorEntry entry;
            entry.code = scale.indicatorCode;
            entry.name = tr("Participants who improved on: %1").arg(name);
            entry.objective = name;
            entry.unit = tr("persons");
            entry.kind = IndicatorKind::Result;
            entry.splitBySex = true;
            entry.sortOrder = indicators.nextSortOrder();
            indicators.insert(entry);
        }
        return repo.insertScale(scale);
    };
    const auto added = serviceWriteChecked(m_db, m_changes, Topic::Surveys, work);
    if (added && reported && m_changes) {
        m_changes->notify(Topic::Indicators);
    }
    return added;
}

Status SurveyScaleService::rename(qint64 id, const QString& input)
{
    const QString name = input.simplified();
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Status {
        InstrumentRepository repo(m_db);
        auto scale = repo.scale(id);
        if (!scale) {
            return Error{tr("The scale no longer exists.")};
        }
        if (const Status ok = checkName(repo, name, id); !ok) {
            return ok;
        }
        scale->name = name;
        repo.updateScale(*scale);
        return {};
    });
}

Result<ScaleRecord> SurveyScaleService::remove(qint64 id)
{
    const auto removed = serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Result<ScaleRecord> {
        InstrumentRepository repo(m_db);
        const auto scale = repo.scale(id);
        if (!scale) {
            return Error{tr("The scale no longer exists.")};
        }
        if (isBuiltIn(scale->key)) {
            return Error{tr("“%1” is one of the project's goals and stays.").arg(scale->name)};
        }
        if (const int items = repo.itemsOnScale(id); items > 0) {
            return Error{
                tr("%n item(s) measure “%1”; move them to another scale first.", nullptr, items).arg(scale->name)};
        }
        ScaleRecord record{*scale, std::nullopt};
        repo.removeScale(id);
        if (!scale->indicatorCode.isEmpty()) {
            IndicatorRepository indicators(m_db);
            record.indicator = indicators.find(scale->indicatorCode);
            indicators.remove(scale->indicatorCode);
        }
        return record;
    });
    if (removed && removed->indicator && m_changes) {
        m_changes->notify(Topic::Indicators);
    }
    return removed;
}

Status SurveyScaleService::restore(const ScaleRecord& record)
{
    const Status done = serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Status {
        InstrumentRepository(m_db).insertScale(record.scale);
        if (record.indicator) {
            IndicatorRepository(m_db).insert(*record.indicator);
        }
        return {};
    });
    if (done && record.indicator && m_changes) {
        m_changes->notify(Topic::Indicators);
    }
    return done;
}

} // namespace osiedle::core
