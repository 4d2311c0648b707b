#include "ui/common/AppContext.h"

#include "core/storage/BackgroundReader.h"
#include "core/storage/Database.h"

namespace osiedle::ui {

core::BackgroundReader& AppContext::reads()
{
    if (!background) {
        background = std::make_shared<core::BackgroundReader>(db.path());
    }
    return *background;
}

} // namespace osiedle::ui
