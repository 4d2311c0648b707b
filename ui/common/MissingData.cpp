#include "ui/common/MissingData.h"

#include "ui/common/AppContext.h"
#include "ui/common/Navigator.h"
#include "ui/common/UserPrompt.h"

namespace osiedle::ui {

void MissingData::offer(AppContext& context, QWidget* parent, const QString& title, const QString& text,
                        const QString& sectionId, const QString& sectionTitle)
{
    if (context.navigator == nullptr) {
        context.prompt.information(parent, title, text);
        return;
    }
    if (context.prompt.confirm(parent, title, text + QStringLiteral("\n\n") + tr("Go to %1 now?").arg(sectionTitle))) {
        context.navigator->showSection(sectionId);
    }
}

} // namespace osiedle::ui
