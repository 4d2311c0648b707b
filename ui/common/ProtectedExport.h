#pragma once

#include "core/common/OutputFile.h"
#include "core/common/Result.h"
#include "core/io/EncryptedArchive.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace osiedle::ui {

class UserPrompt;

/// An export that holds personal data is offered sealed first: the file picker lists "Encrypted
/// ZIP archive (AES-256)" before the plain format and suggests a .zip name. A .zip chosen gets
/// the file inside an AES-256 archive with a strong password generated for it, shown once (to
/// be passed on by another channel than the file); any other name gets the plain file.
class ProtectedExport {
    Q_DECLARE_TR_FUNCTIONS(ProtectedExport)

public:
    /// Makes the plain file at the path given; the error is shown to the user as it is.
    using Producer = std::function<core::Status(const QString& path)>;

    /// The picker's filter: the encrypted archive first, then `plainFilter` ("CSV (*.csv)").
    /// Without encryption in this build: `plainFilter` alone.
    static QString filter(const QString& plainFilter);
    /// `suggestedName` ("uczestnicy.csv") as the archive's name ("uczestnicy.zip") when archives
    /// can be written.
    static QString suggestedName(const QString& suggestedName);
    /// True when `path` names an archive (ends with .zip).
    static bool isArchive(const QString& path);

    /// Writes `path`: the archive holding the file made by `produce` (named like the archive,
    /// with `innerSuffix`), then shows its password; or the plain file. Error: what failed
    /// (nothing is left behind).
    static core::Status write(UserPrompt& prompt, QWidget* parent, const QString& path, const QString& innerSuffix,
                              const Producer& produce, const core::OutputOptions& options = {});
    /// Writes the archive `path` holding `members` (files made in memory) with a generated
    /// password, then shows it.
    static core::Status writeMembers(UserPrompt& prompt, QWidget* parent, const QString& path,
                                     const QList<core::EncryptedArchive::Member>& members,
                                     const core::OutputOptions& options = {});

private:
    static void showPassword(UserPrompt& prompt, QWidget* parent, const QString& path, const QString& contents,
                             const QString& password);
};

} // namespace osiedle::ui
