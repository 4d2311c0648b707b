#include "ui/common/SignatoryChoice.h"

#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/UserPrompt.h"

namespace osiedle::ui {

SignatoryChoice SignatoryChoice::ask(AppContext& context, QWidget* parent, const QString& documentName)
{
    QList<core::StaffMember> staff;
    std::optional<core::StaffMember> preferred;
    try {
        core::ProjectRepository project(context.db);
        staff = project.staff();
        preferred = project.defaultSignatory();
    } catch (const core::StorageError&) {
        return {}; // printed with the generic signature line
    }
    if (staff.size() <= 1) {
        return {false, preferred};
    }
    QStringList names;
    int current = 0;
    for (const core::StaffMember& member : staff) {
        if (preferred && member.id == preferred->id) {
            current = int(names.size());
        }
        names << member.signatureLine();
    }
    const int chosen = context.prompt.chooseItem(parent, documentName,
                                                 tr("Who signs the document for the project office?"), names, current);
    if (chosen < 0 || chosen >= staff.size()) {
        return {true, std::nullopt};
    }
    return {false, staff[chosen]};
}

} // namespace osiedle::ui
