#pragma once

#include "core/common/Result.h"
#include "core/domain/Project.h"
#include "core/domain/StaffMember.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

namespace osiedle::cli {

/// The project's settings as the KEY=VALUE words of `osiedle-cli project` (the keys are the
/// field keys of ProjectSettingsService's errors, so a refusal names the key the user typed).
class ProjectKeys {
    Q_DECLARE_TR_FUNCTIONS(ProjectKeys)

public:
    /// Every key of the project row, in the order `show` lists them.
    static QStringList keys();
    /// The value as `show` prints it (dates YYYY-MM-DD, yes/no, the signatory's name).
    static QString text(const core::Project& project, const QString& key, const QList<core::StaffMember>& staff);
    /// The value for `show --format json` (booleans as JSON booleans, no signatory as null).
    static QJsonValue json(const core::Project& project, const QString& key, const QList<core::StaffMember>& staff);
    /// Sets a key from the text typed. Refused, naming the key, for an unknown key, a date that
    /// does not exist, a word that is not yes/no, founding rules other than 2009/2018 or a
    /// signatory who is not one of `staff` (by name or id).
    static core::Status set(core::Project& project, const QString& key, const QString& value,
                            const QList<core::StaffMember>& staff);
    /// "yes"/"no" and their Polish and numeric forms; nullopt for anything else.
    static std::optional<bool> parseYesNo(const QString& text);
};

} // namespace osiedle::cli
