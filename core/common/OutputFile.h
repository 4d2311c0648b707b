#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QIODevice;

namespace osiedle::core {

/// What an OutputFile may replace besides ordinary files.
struct OutputOptions {
    enum class Replace {
        Ordinary,     ///< any file but a project and its side files
        BackupCopies, ///< also an older copy of a project, but never `source` itself
    };
    Replace replace = Replace::Ordinary;
    /// The project the output is made from: never replaced, nor its side files.
    QString source;

    /// An ordinary output made from the project `project`.
    static OutputOptions madeFrom(const QString& project) { return {Replace::Ordinary, project}; }
};

/// Writes one output file of the program (an export, a report, a printout, a backup copy)
/// without harming anything on the way. Every command and every export of the window writes
/// through it.
///
/// - It never writes over an Osiedle project (open or not, under whatever name: the file's own
///   header says what it is) nor over a project's side files (FILE-wal, FILE-shm,
///   FILE-journal, FILE.lock, also through another name). A backup copy may replace an older
///   copy, never the project it copies.
/// - A regular file is written to a temporary file beside it and renamed over it only when
///   complete: a failed or cancelled write leaves the old file as it was and nothing behind.
/// - A file it writes is readable and writable by its owner only from the start (PrivateFile),
///   and nothing is staged in the system temporary folder.
/// - A device, a pipe or "-" (standard output) is written directly, never replaced.
/// - "Access denied" is explained: the file may be open in another program (Excel) or be
///   read-only.
///
/// Two ways to write: open() then device() and commit() for the program's own bytes, or
/// openStaged() then commitStaged() for a library that writes a file by its name (SQLite's
/// backup, libxlsxwriter). Destroyed without a commit, it removes what it wrote. Not
/// thread-safe; one per output.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    using Options = OutputOptions;
    using Replace = OutputOptions::Replace;

    explicit OutputFile(const QString& path, const Options& options = {});
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// "-": standard output.
    static bool isStandardOutput(const QString& path) { return path == QLatin1String("-"); }
    /// Whether the output may go to `path`, without writing anything. The error names the file
    /// and what it is.
    static Status check(const QString& path, const Options& options = {});
    /// Writes `bytes` as the whole file.
    static Status write(const QString& path, const QByteArray& bytes, const Options& options = {});

    /// Checks the target and opens it for writing through device().
    Status open();
    /// Valid between open() and commit().
    QIODevice* device() const;
    /// Finishes: a regular file replaces the target now. Error: what failed, in words.
    Status commit();

    /// Checks the target and returns a temporary file's path for a library to write into.
    Result<QString> openStaged();
    /// Puts the staged file in place (renamed over a regular target, copied into a device).
    Status commitStaged();

    /// Drops what was written (the target stays as it was).
    void cancel();

    const QString& path() const { return m_path; }

private:
    struct State;
    Error writeError(const QString& reason) const;

    QString m_path;
    Options m_options;
    std::unique_ptr<State> m_state;
};

} // namespace osiedle::core
