#pragma once

#include "core/common/OutputFile.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace osiedle::core {

/// An export or a backup copy sealed in a ZIP archive whose members are encrypted with AES-256
/// (WinZip AE-2), which 7-Zip, WinRAR and Windows 11's Explorer open with the password. Built
/// with libzip (OSIEDLE_HAVE_LIBZIP); without it available() is false and every write fails
/// with a message. The archive is put together in memory and written through OutputFile
/// (owner-only, never over a project, complete or not at all); a file that must first be made
/// by name (a spreadsheet, a backup) is made in the program's private folder and removed right
/// after. Thread-safe (no shared state).
class EncryptedArchive {
    Q_DECLARE_TR_FUNCTIONS(EncryptedArchive)

public:
    /// One file in the archive: its name there and its bytes.
    struct Member {
        QString name;
        QByteArray bytes;
    };

    /// Fewer characters than this are refused as a password.
    static constexpr int minimumPasswordLength = 8;

    /// True when this build can write encrypted archives.
    static bool available();

    /// A strong password to pass on by another channel: 20 letters and digits without those
    /// easily confused (0/O, 1/l/I), in four groups of five joined by hyphens (about 116 bits),
    /// from the system's random source.
    static QString generatePassword();

    /// Empty when `password` may seal an archive; otherwise what is wrong with it, in words.
    static QString passwordProblem(const QString& password);

    /// The archive's bytes. Error: no libzip, or libzip failed.
    static Result<QByteArray> pack(const QList<Member>& members, const QString& password);

    /// Writes the archive `path` holding `members`.
    static Status write(const QString& path, const QList<Member>& members, const QString& password,
                        const OutputOptions& options = {});

    /// Makes the file `innerName` with `produce` (given the path to write) in a private folder,
    /// then writes the archive `path` holding it; the plain file is removed whatever happens.
    static Status writeProduced(const QString& path, const QString& innerName, const QString& password,
                                const std::function<Status(const QString& innerPath)>& produce,
                                const OutputOptions& options = {});

    /// The name a file gets inside the archive `archivePath` when it is exported with the
    /// extension `innerSuffix` ("xlsx"): the archive's name with that extension.
    static QString innerName(const QString& archivePath, const QString& innerSuffix);
};

} // namespace osiedle::core
