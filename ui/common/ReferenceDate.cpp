#include "ui/common/ReferenceDate.h"

#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"

namespace osiedle::ui {

QDate referenceDay(core::Database& db)
{
    try {
        return core::ProjectRepository(db).referenceDay();
    } catch (const core::StorageError&) {
        return QDate::currentDate();
    }
}

} // namespace osiedle::ui
