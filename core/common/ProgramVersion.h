#pragma once

#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// The version of the program as users see it (`--version`, the About dialog, the packages).
/// The number is the CMake project version; the commit is that of the git checkout the program
/// was built from. Pure, thread-safe.
class ProgramVersion {
    Q_DECLARE_TR_FUNCTIONS(ProgramVersion)

public:
    /// "0.1.0": the CMake project version, the same as the CHANGELOG's current release.
    static QString number();
    /// The short commit id, with "-dirty" when the build had uncommitted changes; empty when the
    /// program was built from a source archive rather than a git checkout.
    static QString commit();
    /// "0.1.0 (commit 1a2b3c4d5e)", or just the number without a commit.
    static QString text();
};

} // namespace osiedle::core
