#pragma once

#include "core/common/Result.h"
#include "core/domain/Instrument.h"
#include "core/storage/IndicatorRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// A scale and, when it is reported, its indicator, as they were (for undo).
struct ScaleRecord {
    SurveyScale scale;
    std::optional<IndicatorEntry> indicator;
};

/// The scales questionnaires and tests measure. Attitude, knowledge and relations come with the
/// project; the office adds its own, each (when asked) with the report's indicator
/// "participants whose <scale> improved" (result, split by sex, no target until the office
/// sets one). Announces Topic::Surveys (and Topic::Indicators). Never throws.
class SurveyScaleService {
    Q_DECLARE_TR_FUNCTIONS(SurveyScaleService)

public:
    explicit SurveyScaleService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// The scales of every project, which cannot be removed.
    static bool isBuiltIn(const QString& key);

    Result<qint64> add(const QString& name, bool reported);
    Status rename(qint64 id, const QString& name);
    /// Removes an own scale that no item measures, with its indicator; returns both (undo).
    Result<ScaleRecord> remove(qint64 id);
    /// Undo of remove().
    Status restore(const ScaleRecord& record);

private:
    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
