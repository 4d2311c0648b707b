#include "ui/main/ProjectOpening.h"

#include "core/common/FilePaths.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectLock.h"
#include "ui/common/UserPrompt.h"

#include <QDir>

namespace osiedle::ui {

ProjectOpening::Outcome ProjectOpening::open(const QString& path, UserPrompt& prompt, QWidget* parent)
{
    const QString title = tr("Cannot open the project");
    auto opened = core::Database::open(path);
    if (opened) {
        return {std::move(opened.value()), false};
    }
    const core::Error& error = opened.error();
    if (error.code == core::Database::errorLockedByOther) {
        const auto owner = core::ProjectLock::ownerOf(core::FilePaths::canonical(path));
        // A program on this computer is known to be running; one elsewhere cannot be judged
        // from here, so the user decides.
        if (!owner || (owner->pid > 0 && owner->onThisComputer())) {
            prompt.error(parent, title, error.message);
            return {};
        }
        const QString question =
            tr("%1 is open in Osiedle: %2.\n\nIf Osiedle is no longer running there (the computer was switched off "
               "or stopped working), you can take the project over and work on it here. If it is still open there, "
               "two people would change the project at once and changes could be lost.\n\nTake the project over?")
                .arg(QDir::toNativeSeparators(path),
                     owner->pid > 0 ? owner->describe() : tr("its lock file cannot be read"));
        if (!prompt.confirm(parent, tr("The project is open on another computer"), question)) {
            return {};
        }
        core::Database::Options options;
        options.takeOverLockFrom = *owner;
        auto taken = core::Database::open(path, options);
        if (!taken) {
            prompt.error(parent, title, taken.error().message);
            return {};
        }
        return {std::move(taken.value()), false};
    }
    if (error.code == core::Database::errorReadOnlyFile) {
        if (!prompt.confirm(
                parent, tr("Open read-only"),
                tr("%1\n\nOpen it read-only to look at it? Nothing can be changed then.").arg(error.message))) {
            return {};
        }
        auto readOnly = core::Database::open(path, core::Database::Mode::ReadOnly);
        if (!readOnly) {
            prompt.error(parent, title, readOnly.error().message);
            return {};
        }
        return {std::move(readOnly.value()), false};
    }
    if (error.code == core::Database::errorDamaged) {
        const bool restore = prompt.confirm(parent, tr("The project is damaged"),
                                            tr("%1\n\nChoose a backup copy to restore now?").arg(error.message));
        return {nullptr, restore};
    }
    prompt.error(parent, title, error.message);
    return {};
}

} // namespace osiedle::ui
