#include "core/common/OutputFile.h"

#include "core/common/FileIdentity.h"
#include "core/common/FilePaths.h"
#include "core/common/PrivateFile.h"
#include "core/common/ProjectFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace osiedle::core {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

struct OutputFile::State {
    FileIdentity::Kind kind = FileIdentity::Kind::Missing;
    QString target; ///< the resolved name of a regular (or new) target
    std::unique_ptr<QSaveFile> save;
    std::unique_ptr<QFile> direct;
    std::unique_ptr<QTemporaryFile> staged;
};

OutputFile::OutputFile(const QString& path, const Options& options) : m_path(path), m_options(options) {}

OutputFile::~OutputFile()
{
    cancel();
}

Status OutputFile::check(const QString& path, const Options& options)
{
    if (path.isEmpty()) {
        return Error{tr("No output file was given.")};
    }
    if (isStandardOutput(path)) {
        return {};
    }
    const FileIdentity target = FileIdentity::of(path);
    if (target.kind == FileIdentity::Kind::Directory) {
        return Error{tr("%1 is a folder; give the name of a file to write.").arg(shown(path))};
    }
    const QString resolved = FilePaths::canonical(path);
    if (!options.source.isEmpty()) {
        if (FilePaths::sameFile(resolved, options.source)) {
            return Error{tr("%1 is the project file %2 itself: nothing is written over it. Choose another file name.")
                             .arg(shown(path), shown(options.source))};
        }
        for (const QString& side : ProjectFiles::sideFiles(options.source)) {
            if (FilePaths::sameFile(resolved, side)) {
                return Error{tr("%1 belongs to the project %2 (it holds its recent changes or its lock): nothing is "
                                "written over it. Choose another file name.")
                                 .arg(shown(path), shown(options.source))};
            }
        }
    }
    if (const QString project = ProjectFiles::projectOfSideFile(resolved); !project.isEmpty()) {
        return Error{tr("%1 belongs to the project %2 (it holds its recent changes or its lock): nothing is written "
                        "over it. Choose another file name.")
                         .arg(shown(path), shown(project))};
    }
    if (target.kind == FileIdentity::Kind::Regular) {
        if (ProjectFiles::looksLikeSideFile(resolved)) {
            return Error{tr("%1 is part of a project (its log or its lock): nothing is written over it. Choose another "
                            "file name.")
                             .arg(shown(path))};
        }
        if (ProjectFiles::isProject(resolved) && options.replace != Replace::BackupCopies) {
            return Error{tr("%1 is an Osiedle project file: an export, a report or a printout never replaces one. "
                            "Choose another file name.")
                             .arg(shown(path))};
        }
    }
    if (!target.exists()) {
        const QString folder = QFileInfo(resolved).absolutePath();
        if (!QFileInfo(folder).isDir()) {
            return Error{tr("Cannot write %1: the folder %2 does not exist.").arg(shown(path), shown(folder))};
        }
    }
    return {};
}

Status OutputFile::write(const QString& path, const QByteArray& bytes, const Options& options)
{
    OutputFile out(path, options);
    if (Status opened = out.open(); !opened) {
        return opened;
    }
    if (out.device()->write(bytes) != bytes.size()) {
        const QString reason = out.device()->errorString();
        out.cancel();
        return Error{tr("Cannot write %1: %2").arg(shown(path), reason)};
    }
    return out.commit();
}

Error OutputFile::writeError(const QString& reason) const
{
    const bool exists = FileIdentity::of(m_path).kind == FileIdentity::Kind::Regular;
    if (exists) {
        return Error{tr("Cannot write %1 (%2). The file may be open in another program (for example Excel) or be "
                        "read-only: close it there, or choose another file name, and try again.")
                         .arg(shown(m_path), reason)};
    }
    return Error{tr("Cannot write %1: %2").arg(shown(m_path), reason)};
}

Status OutputFile::open()
{
    cancel();
    if (Status ok = check(m_path, m_options); !ok) {
        return ok;
    }
    m_state = std::make_unique<State>();
    if (isStandardOutput(m_path)) {
        m_state->direct = std::make_unique<QFile>();
        if (!m_state->direct->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            return Error{tr("Cannot write to standard output: %1").arg(m_state->direct->errorString())};
        }
        return {};
    }
    m_state->kind = FileIdentity::of(m_path).kind;
    if (m_state->kind == FileIdentity::Kind::Other) {
        // A device or a pipe is written as it is, never replaced by a file.
        m_state->direct = std::make_unique<QFile>(m_path);
        if (!m_state->direct->open(QIODevice::WriteOnly)) {
            return writeError(m_state->direct->errorString());
        }
        return {};
    }
    m_state->target = FilePaths::canonical(m_path);
    m_state->save = std::make_unique<QSaveFile>(m_state->target);
    if (!m_state->save->open(QIODevice::WriteOnly)) {
        const QString reason = m_state->save->errorString();
        m_state.reset();
        return writeError(reason);
    }
    // Owner-only before a byte is written (the output may hold personal data), whatever the
    // file it replaces allowed.
    PrivateFile::restrict(*m_state->save);
    return {};
}

QIODevice* OutputFile::device() const
{
    if (!m_state) {
        return nullptr;
    }
    if (m_state->save) {
        return m_state->save.get();
    }
    return m_state->direct.get();
}

Status OutputFile::commit()
{
    if (!m_state || (!m_state->save && !m_state->direct)) {
        return Error{tr("Cannot write %1: it was not opened.").arg(shown(m_path))};
    }
    if (m_state->direct) {
        const bool flushed = m_state->direct->flush();
        const QString reason = m_state->direct->errorString();
        m_state->direct->close();
        m_state.reset();
        return flushed ? Status() : writeError(reason);
    }
    const bool committed = m_state->save->commit();
    const QFileDevice::FileError error = m_state->save->error();
    const QString reason = m_state->save->errorString();
    m_state.reset();
    if (committed) {
        return {};
    }
    if (error == QFileDevice::RenameError || error == QFileDevice::PermissionsError ||
        error == QFileDevice::OpenError) {
        return writeError(reason);
    }
    return Error{tr("Cannot write %1: %2").arg(shown(m_path), reason)};
}

Result<QString> OutputFile::openStaged()
{
    cancel();
    if (Status ok = check(m_path, m_options); !ok) {
        return ok.error();
    }
    m_state = std::make_unique<State>();
    m_state->kind = isStandardOutput(m_path) ? FileIdentity::Kind::Other : FileIdentity::of(m_path).kind;
    QString folder;
    QString name = QStringLiteral("osiedle");
    if (m_state->kind == FileIdentity::Kind::Other) {
        // A pipe has no folder to write beside: the program's own private folder, never the
        // system temporary folder that every user can list.
        const auto staging = PrivateFile::stagingFolder();
        if (!staging) {
            m_state.reset();
            return staging.error();
        }
        folder = *staging;
    } else {
        m_state->target = FilePaths::canonical(m_path);
        folder = QFileInfo(m_state->target).absolutePath();
        name = QFileInfo(m_state->target).fileName();
        if (m_state->kind == FileIdentity::Kind::Regular && !QFileInfo(m_state->target).isWritable()) {
            m_state.reset();
            return writeError(tr("the file is read-only"));
        }
    }
    // Beside the target, so that the finished file is only renamed into place.
    m_state->staged = std::make_unique<QTemporaryFile>(QDir(folder).filePath(name + QStringLiteral(".XXXXXX.part")));
    if (!m_state->staged->open()) {
        const QString reason = m_state->staged->errorString();
        m_state.reset();
        return writeError(reason);
    }
    PrivateFile::restrict(*m_state->staged);
    m_state->staged->close();
    return m_state->staged->fileName();
}

Status OutputFile::commitStaged()
{
    if (!m_state || !m_state->staged) {
        return Error{tr("Cannot write %1: it was not opened.").arg(shown(m_path))};
    }
    const QString staged = m_state->staged->fileName();
    if (m_state->kind == FileIdentity::Kind::Other) {
        QFile source(staged);
        if (!source.open(QIODevice::ReadOnly)) {
            return Error{tr("Cannot write %1: %2").arg(shown(m_path), source.errorString())};
        }
        OutputFile direct(m_path, m_options);
        if (Status opened = direct.open(); !opened) {
            return opened;
        }
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() || direct.device()->write(chunk) != chunk.size()) {
                return Error{tr("Cannot write %1: %2").arg(shown(m_path), direct.device()->errorString())};
            }
        }
        source.close();
        m_state.reset(); // the temporary file goes
        return direct.commit();
    }
    // The temporary file was created private to its owner and stays so in place of the target
    // (the output may hold personal data).
    // std::filesystem::rename replaces the target in one step (MoveFileEx on Windows).
    std::error_code error;
    std::filesystem::rename(QFile(staged).filesystemFileName(), QFile(m_state->target).filesystemFileName(), error);
    if (error) {
        const QString reason = QString::fromLocal8Bit(error.message());
        cancel();
        return writeError(reason);
    }
    m_state->staged->setAutoRemove(false);
    m_state.reset();
    return {};
}

void OutputFile::cancel()
{
    if (!m_state) {
        return;
    }
    if (m_state->save) {
        m_state->save->cancelWriting();
    }
    if (m_state->direct) {
        m_state->direct->close();
    }
    m_state.reset(); // a QSaveFile not committed and a QTemporaryFile remove their files
}

} // namespace osiedle::core
