#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// One backup copy of a project in its backup folder.
struct BackupCopy {
    enum class Reason {
        Daily,         ///< the first opening of a day
        BeforeImport,  ///< just before an import wrote
        BeforeLock,    ///< just before a period was locked or unlocked
        Manual,        ///< asked for by the user
        BeforeRestore, ///< the project as it was before a copy was restored over it
    };

    QString path;
    QDateTime made; ///< local time, from the copy's name
    Reason reason = Reason::Manual;
    qint64 size = 0;

    /// Copies made by the program itself; only those are ever deleted by the rotation.
    bool automatic() const
    {
        return reason == Reason::Daily || reason == Reason::BeforeImport || reason == Reason::BeforeLock;
    }
};

/// The backup copies of a project: where they go (the project's setting `backup.folder`, by
/// default the folder "Kopie zapasowe" beside the project), what they are called
/// ("NAME 2024-03-12 10.15.00 dzienna.osiedle"), how they are made (a consistent copy through
/// SQLite's backup, then checked with PRAGMA quick_check; a copy that fails the check is
/// removed and the failure reported; as the copy holds the project's pages as they are, its
/// check also tells whether the project is sound) and how long they are kept (rotation: the 10 newest
/// automatic copies, and the newest of each of the last 7 days, 4 weeks and 12 months that have
/// copies; copies the user made, and those kept before a restore, are never deleted).
/// Reading and writing files only; never throws.
class BackupStore {
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    using Reason = BackupCopy::Reason;

    static constexpr int keepNewest = 10;
    static constexpr int keepDays = 7;
    static constexpr int keepWeeks = 4;
    static constexpr int keepMonths = 12;

    /// The setting (in the project file) naming the backup folder; empty: the default.
    static QString folderSettingKey() { return QStringLiteral("backup.folder"); }
    /// "Kopie zapasowe" beside the project.
    static QString defaultFolder(const QString& projectPath);
    /// The backup folder of an open project (its setting, else the default).
    static QString folderOf(Database& db);
    /// Stores the folder in the project (empty: back to the default). Error: not a folder.
    static Status setFolder(Database& db, const QString& folder);

    /// The copies of the project at `projectPath` in `folder`, newest first.
    static QList<BackupCopy> copies(const QString& projectPath, const QString& folder);
    /// The name a copy made at `when` gets.
    static QString copyName(const QString& projectPath, const QDateTime& when, Reason reason);

    /// Makes a copy of the open project into its folder now, checks it, then applies the
    /// rotation. The folder is created when missing.
    static Result<BackupCopy> make(const Database& db, const QString& folder, Reason reason);
    /// The day's copy when this day has none yet (any copy made today counts); nullopt
    /// when there is one already.
    static Result<std::optional<BackupCopy>> makeDailyIfNeeded(const Database& db, const QString& folder);

    /// The copies the rotation deletes (automatic ones only).
    static QList<BackupCopy> expired(const QList<BackupCopy>& copies);
    /// Deletes the expired automatic copies of the project in `folder`.
    static void rotate(const QString& projectPath, const QString& folder);

    enum class Depth {
        Quick, ///< PRAGMA quick_check: every page and record (seconds at scale 100)
        Full,  ///< PRAGMA integrity_check and foreign keys: also every index against its table
    };
    /// The problems a check finds in a copy (opened read-only), or why it cannot be opened;
    /// empty when it is sound.
    static QStringList verify(const QString& copyPath, Depth depth = Depth::Quick);

    /// In words, for lists: "daily", "before an import"…
    static QString describe(Reason reason);
};

} // namespace osiedle::core
