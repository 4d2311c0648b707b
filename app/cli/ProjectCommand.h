#pragma once

#include <QStringList>

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The parts of `osiedle-cli project FILE SUBCOMMAND …`, one function each, on an open file;
/// each returns the exit status (Commands.h).
struct ProjectSubcommands {
    /// show [--format text|json]
    static int show(core::Database& db, const QStringList& args);
    /// set KEY=VALUE… [--yes]
    static int set(core::Database& db, const QStringList& args);
    /// add-partner KEY=VALUE… (name, role, krs, nip, regon, address, contact, responsibility)
    static int addPartner(core::Database& db, const QStringList& args);
    /// add-staff KEY=VALUE… (name, role, position)
    static int addStaff(core::Database& db, const QStringList& args);
    /// add-day-off DATE REASON
    static int addDayOff(core::Database& db, const QStringList& args);
    /// periods [--months N] [--claims PATTERN] [--yes]
    static int periods(core::Database& db, const QStringList& args);

    /// KEY=VALUE words as (key, value); a word without "=" is an error naming it.
    static bool splitAssignments(const QStringList& words, QList<std::pair<QString, QString>>& out);
};

} // namespace osiedle::cli
