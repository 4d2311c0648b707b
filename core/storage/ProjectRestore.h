#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// Puts a backup copy back as the project. The copy is checked first (an Osiedle file this
/// version reads, passing PRAGMA integrity_check); the project must not be open anywhere (its
/// lock is taken for the whole restore); the project as it was is kept first as a copy in the
/// backup folder ("… przed-przywroceniem.osiedle"; a consistent copy, or the raw file and its
/// log when it is too damaged to be opened). The restored file is written completely beside
/// the project and then renamed over it, its old log and shared memory removed, so that
/// nothing of the old file mixes with the copy. Reading and writing files only; never throws.
class ProjectRestore {
    Q_DECLARE_TR_FUNCTIONS(ProjectRestore)

public:
    struct Done {
        QString keptCopy; ///< where the project as it was is kept
    };

    /// Restores `copyPath` as the project `projectPath`, keeping the current project in
    /// `backupFolder` first. The caller opens the project again afterwards (an older copy is
    /// then brought up to date like any older file).
    static Result<Done> restore(const QString& projectPath, const QString& copyPath, const QString& backupFolder);
};

} // namespace osiedle::core
