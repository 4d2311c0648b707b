#include "core/storage/ProjectLock.h"

#include "core/common/DisplayFormat.h"
#include "core/common/SystemUser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#endif

namespace osiedle::core {

namespace {

const QByteArray kMagic("osiedle-lock 1");
// A lock file without readable contents is being written right now, or was left half-written
// by a crash; after this long it is the latter.
constexpr qint64 kUnreadableStaleSeconds = 60;

bool processRunning(qint64 pid)
{
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (process == nullptr) {
        return GetLastError() == ERROR_ACCESS_DENIED; // exists, but belongs to someone else
    }
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#elif defined(Q_OS_UNIX)
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return true; // cannot tell: never judged stale
#endif
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

LockOwner thisProgram()
{
    LockOwner owner;
    owner.pid = QCoreApplication::applicationPid();
    owner.computer = SystemUser::computer();
    owner.user = SystemUser::name();
    owner.program = QCoreApplication::applicationName();
    if (owner.program.isEmpty()) {
        owner.program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    }
    owner.machineId = QString::fromLatin1(QSysInfo::machineUniqueId());
    owner.bootId = QString::fromLatin1(QSysInfo::bootUniqueId());
    owner.since = QDateTime::currentDateTimeUtc();
    return owner;
}

} // namespace

bool LockOwner::onThisComputer() const
{
    const QString ours = QString::fromLatin1(QSysInfo::machineUniqueId());
    if (!machineId.isEmpty() && !ours.isEmpty()) {
        return machineId == ours;
    }
    return !computer.isEmpty() && computer.compare(SystemUser::computer(), Qt::CaseInsensitive) == 0;
}

QString LockOwner::describe() const
{
    const QString who = user.isEmpty() ? ProjectLock::tr("an unknown user") : user;
    const QString where = computer.isEmpty() ? ProjectLock::tr("an unknown computer") : computer;
    QString text = ProjectLock::tr("%1 on the computer %2 (%3, process %4)")
                       .arg(who, where, program.isEmpty() ? QStringLiteral("?") : program)
                       .arg(pid);
    if (since.isValid()) {
        text += ProjectLock::tr(" since %1").arg(core::shown::dateTime(since.toLocalTime()));
    }
    return text;
}

ProjectLock::ProjectLock(const QString& projectPath) : m_path(lockPathFor(projectPath)) {}

ProjectLock::~ProjectLock()
{
    unlock();
}

QString ProjectLock::lockPathFor(const QString& projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

std::optional<LockOwner> ProjectLock::ownerOf(const QString& projectPath)
{
    const QString path = lockPathFor(projectPath);
    if (!QFileInfo::exists(path)) {
        return std::nullopt;
    }
    auto owner = parse(readAll(path));
    return owner ? owner : std::optional<LockOwner>(LockOwner{});
}

QByteArray ProjectLock::contentsFor(const LockOwner& owner)
{
    QByteArray text = kMagic + '\n';
    auto line = [&text](const char* key, const QString& value) {
        QString clean = value;
        clean.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += QByteArray(key) + '=' + clean.toUtf8() + '\n';
    };
    line("pid", QString::number(owner.pid));
    line("computer", owner.computer);
    line("user", owner.user);
    line("program", owner.program);
    line("since", owner.since.toUTC().toString(Qt::ISODate));
    line("machine", owner.machineId);
    line("boot", owner.bootId);
    return text;
}

std::optional<LockOwner> ProjectLock::parse(const QByteArray& bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    LockOwner owner;
    owner.raw = bytes;
    if (!lines.isEmpty() && lines.first().trimmed() == kMagic) {
        for (const QByteArray& line : lines.mid(1)) {
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            const QByteArray key = line.left(eq);
            const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
            if (key == "pid") {
                owner.pid = value.toLongLong();
            } else if (key == "computer") {
                owner.computer = value;
            } else if (key == "user") {
                owner.user = value;
            } else if (key == "program") {
                owner.program = value;
            } else if (key == "since") {
                owner.since = QDateTime::fromString(value, Qt::ISODate);
            } else if (key == "machine") {
                owner.machineId = value;
            } else if (key == "boot") {
                owner.bootId = value;
            }
        }
        return owner.pid > 0 ? std::optional<LockOwner>(owner) : std::nullopt;
    }
    // Earlier versions used QLockFile: pid, program, computer, machine id, boot id, one a line.
    bool isNumber = false;
    owner.pid = lines.isEmpty() ? 0 : lines.first().trimmed().toLongLong(&isNumber);
    if (!isNumber || owner.pid <= 0 || lines.size() < 3) {
        return std::nullopt;
    }
    owner.program = QString::fromUtf8(lines.at(1)).trimmed();
    owner.computer = QString::fromUtf8(lines.at(2)).trimmed();
    owner.machineId = lines.size() > 3 ? QString::fromLatin1(lines.at(3)).trimmed() : QString();
    owner.bootId = lines.size() > 4 ? QString::fromLatin1(lines.at(4)).trimmed() : QString();
    return owner;
}

bool ProjectLock::isStale(const LockOwner& owner) const
{
    if (owner.pid <= 0) { // unreadable: judged by its age
        const QDateTime modified = QFileInfo(m_path).lastModified();
        return modified.isValid() && modified.secsTo(QDateTime::currentDateTime()) > kUnreadableStaleSeconds;
    }
    if (!owner.onThisComputer()) {
        return false; // cannot be judged from here: the user decides (takeOver)
    }
    const QString boot = QString::fromLatin1(QSysInfo::bootUniqueId());
    if (!owner.bootId.isEmpty() && !boot.isEmpty() && owner.bootId != boot) {
        return true; // taken before this computer last started
    }
    return !processRunning(owner.pid);
}

ProjectLock::Outcome ProjectLock::create()
{
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(m_path)) {
            return Outcome::HeldByOther;
        }
        m_error = file->errorString();
        return Outcome::CannotCreate;
    }
    LockOwner me = thisProgram();
    me.raw = contentsFor(me);
    if (file->write(me.raw) != me.raw.size() || !file->flush()) {
        m_error = file->errorString();
        file->close();
        QFile::remove(m_path);
        return Outcome::CannotCreate;
    }
    m_owner = me;
    m_file = std::move(file);
    return Outcome::Acquired;
}

ProjectLock::Outcome ProjectLock::tryLock()
{
    if (isLocked()) {
        return Outcome::Acquired;
    }
    m_error.clear();
    // A few rounds: the lock may be released or found stale between the attempts.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Outcome made = create();
        if (made != Outcome::HeldByOther) {
            return made;
        }
        const QByteArray bytes = readAll(m_path);
        if (bytes.isEmpty() && !QFileInfo::exists(m_path)) {
            continue; // released meanwhile
        }
        const auto owner = parse(bytes);
        m_owner = owner.value_or(LockOwner{});
        m_owner.raw = bytes;
        if (!isStale(m_owner)) {
            return Outcome::HeldByOther;
        }
        // Removed only if it is still the stale lock just read (not a new one).
        if (readAll(m_path) == bytes) {
            QFile::remove(m_path);
        }
    }
    return Outcome::HeldByOther;
}

ProjectLock::Outcome ProjectLock::takeOver(const LockOwner& expected)
{
    if (isLocked()) {
        return Outcome::Acquired;
    }
    const QByteArray bytes = readAll(m_path);
    if (QFileInfo::exists(m_path)) {
        if (bytes != expected.raw) {
            m_owner = parse(bytes).value_or(LockOwner{});
            m_owner.raw = bytes;
            return Outcome::HeldByOther;
        }
        if (!QFile::remove(m_path)) {
            m_owner = expected;
            return Outcome::HeldByOther;
        }
    }
    return tryLock();
}

void ProjectLock::unlock()
{
    if (!m_file) {
        return;
    }
    m_file->close();
    m_file.reset();
    // Only our own lock: after a takeover from another computer the file is someone else's.
    if (readAll(m_path) == m_owner.raw) {
        QFile::remove(m_path);
    }
}

} // namespace osiedle::core
