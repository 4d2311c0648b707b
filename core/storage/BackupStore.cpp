#include "core/storage/BackupStore.h"

#include "core/common/FilePaths.h"
#include "core/storage/Database.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace osiedle::core {

namespace {

// The reason in a copy's name: fixed Polish words, so that names do not change with the
// language of the program.
struct ReasonName {
    BackupCopy::Reason reason;
    const char* key;
};

constexpr ReasonName kReasonNames[] = {
    {BackupCopy::Reason::Daily, "dzienna"},
    {BackupCopy::Reason::BeforeImport, "przed-importem"},
    {BackupCopy::Reason::BeforeLock, "przed-blokada"},
    {BackupCopy::Reason::Manual, "reczna"},
    {BackupCopy::Reason::BeforeRestore, "przed-przywroceniem"},
};

QString keyOf(BackupCopy::Reason reason)
{
    for (const ReasonName& r : kReasonNames) {
        if (r.reason == reason) {
            return QString::fromLatin1(r.key);
        }
    }
    return {};
}

std::optional<BackupCopy::Reason> reasonOf(const QString& key)
{
    for (const ReasonName& r : kReasonNames) {
        if (key == QLatin1String(r.key)) {
            return r.reason;
        }
    }
    return std::nullopt;
}

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH.mm.ss");

} // namespace

QString BackupStore::defaultFolder(const QString& projectPath)
{
    return QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("Kopie zapasowe"));
}

QString BackupStore::folderOf(Database& db)
{
    try {
        const auto stored = SettingRepository(db).value(folderSettingKey());
        if (stored && !stored->trimmed().isEmpty()) {
            return *stored;
        }
    } catch (const StorageError&) {
        // A file whose settings cannot be read keeps its copies in the default place.
    }
    return defaultFolder(db.path());
}

Status BackupStore::setFolder(Database& db, const QString& folder)
{
    const QString clean = folder.trimmed();
    if (!clean.isEmpty() && !QFileInfo(clean).isDir()) {
        return Error{tr("%1 is not a folder.").arg(QDir::toNativeSeparators(clean))};
    }
    try {
        Transaction tx(db);
        SettingRepository(db).setValue(folderSettingKey(),
                                       clean.isEmpty() ? QString() : QFileInfo(clean).absoluteFilePath());
        tx.commit();
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    return {};
}

QString BackupStore::copyName(const QString& projectPath, const QDateTime& when, Reason reason)
{
    return QStringLiteral("%1 %2 %3.osiedle")
        .arg(QFileInfo(projectPath).completeBaseName(), when.toString(kTimeFormat), keyOf(reason));
}

QList<BackupCopy> BackupStore::copies(const QString& projectPath, const QString& folder)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+) (\\d{4}-\\d{2}-\\d{2} \\d{2}\\.\\d{2}\\.\\d{2}) ([a-z-]+)(?: \\(\\d+\\))?\\.osiedle$"));
    const QString base = QFileInfo(projectPath).completeBaseName();
    QList<BackupCopy> found;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.osiedle")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch() || match.captured(1).compare(base, FilePaths::nameCase()) != 0) {
            continue;
        }
        const auto reason = reasonOf(match.captured(3));
        const QDateTime made = QDateTime::fromString(match.captured(2), kTimeFormat);
        if (!reason || !made.isValid()) {
            continue;
        }
        found.append(BackupCopy{file.absoluteFilePath(), made, *reason, file.size()});
    }
    std::sort(found.begin(), found.end(), [](const BackupCopy& a, const BackupCopy& b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return found;
}

QList<BackupCopy> BackupStore::expired(const QList<BackupCopy>& copies)
{
    QList<BackupCopy> automatic;
    for (const BackupCopy& c : copies) {
        if (c.automatic()) {
            automatic.append(c);
        }
    }
    std::sort(automatic.begin(), automatic.end(),
              [](const BackupCopy& a, const BackupCopy& b) { return a.made > b.made; });
    QSet<QString> kept;
    QSet<qint64> days;
    QSet<qint64> weeks;
    QSet<qint64> months;
    for (int i = 0; i < automatic.size(); ++i) {
        const BackupCopy& c = automatic.at(i);
        const QDate day = c.made.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const qint64 dayKey = day.toJulianDay();
        const qint64 weekKey = qint64(weekYear) * 100 + week;
        const qint64 monthKey = qint64(day.year()) * 100 + day.month();
        bool keep = i < keepNewest;
        // The newest copy of each period, for as many periods as are kept.
        if (!days.contains(dayKey) && days.size() < keepDays) {
            days.insert(dayKey);
            keep = true;
        }
        if (!weeks.contains(weekKey) && weeks.size() < keepWeeks) {
            weeks.insert(weekKey);
            keep = true;
        }
        if (!months.contains(monthKey) && months.size() < keepMonths) {
            months.insert(monthKey);
            keep = true;
        }
        if (keep) {
            kept.insert(c.path);
        }
    }
    QList<BackupCopy> out;
    for (const BackupCopy& c : automatic) {
        if (!kept.contains(c.path)) {
            out.append(c);
        }
    }
    return out;
}

void BackupStore::rotate(const QString& projectPath, const QString& folder)
{
    for (const BackupCopy& old : expired(copies(projectPath, folder))) {
        QFile::remove(old.path);
    }
}

QStringList BackupStore::verify(const QString& copyPath, Depth depth)
{
    auto opened = Database::open(copyPath, Database::Mode::ReadOnly);
    if (!opened) {
        return {opened.error().message};
    }
    try {
        return depth == Depth::Full ? opened.value()->integrityProblems() : opened.value()->quickCheckProblems();
    } catch (const StorageError& e) {
        return {e.message()};
    }
}

Result<BackupCopy> BackupStore::make(const Database& db, const QString& folder, Reason reason)
{
    if (!QDir().mkpath(folder)) {
        return Error{tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder))};
    }
    const QDateTime now = QDateTime::currentDateTime();
    QString path = QDir(folder).filePath(copyName(db.path(), now, reason));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = QDir(folder).filePath(copyName(db.path(), now, reason)
                                         .replace(QLatin1String(".osiedle"), QStringLiteral(" (%1).osiedle").arg(n)));
    }
    if (Status written = db.backupTo(path); !written) {
        return written.error();
    }
    if (const QStringList problems = verify(path); !problems.isEmpty()) {
        QFile::remove(path);
        return Error{tr("The backup copy %1 failed its check and was removed: %2")
                         .arg(QDir::toNativeSeparators(path), problems.first())};
    }
    rotate(db.path(), folder);
    return BackupCopy{path, QDateTime::fromString(now.toString(kTimeFormat), kTimeFormat), reason,
                      QFileInfo(path).size()};
}

Result<std::optional<BackupCopy>> BackupStore::makeDailyIfNeeded(const Database& db, const QString& folder)
{
    const QDate today = QDate::currentDate();
    for (const BackupCopy& c : copies(db.path(), folder)) {
        if (c.made.date() == today) {
            return std::optional<BackupCopy>();
        }
    }
    auto made = make(db, folder, Reason::Daily);
    if (!made) {
        return made.error();
    }
    return std::optional<BackupCopy>(*made);
}

QString BackupStore::describe(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return tr("daily");
    case Reason::BeforeImport:
        return tr("before an import");
    case Reason::BeforeLock:
        return tr("before a period was locked or unlocked");
    case Reason::Manual:
        return tr("made by hand");
    case Reason::BeforeRestore:
        return tr("the project before a restore");
    }
    return {};
}

} // namespace osiedle::core
