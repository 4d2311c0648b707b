#include "app/cli/ProjectKeys.h"

#include "app/cli/CliDate.h"

namespace osiedle::cli {

namespace {

QString* textField(core::Project& p, const QString& key)
{
    const std::pair<const char*, QString core::Project::*> fields[] = {
        {"title", &core::Project::title},
        {"contract_number", &core::Project::contractNumber},
        {"programme", &core::Project::programme},
        {"priority", &core::Project::priority},
        {"measure", &core::Project::measure},
        {"region", &core::Project::region},
        {"beneficiary", &core::Project::beneficiary},
        {"beneficiary_address", &core::Project::beneficiaryAddress},
        {"beneficiary_nip", &core::Project::beneficiaryNip},
        {"beneficiary_regon", &core::Project::beneficiaryRegon},
        {"place", &core::Project::place},
    };
    for (const auto& [name, member] : fields) {
        if (key == QLatin1String(name)) {
            return &(p.*member);
        }
    }
    return nullptr;
}

bool* flagField(core::Project& p, const QString& key)
{
    if (key == QLatin1String("collect_disability")) {
        return &p.collected.disability;
    }
    if (key == QLatin1String("collect_minority")) {
        return &p.collected.minority;
    }
    if (key == QLatin1String("collect_migrant")) {
        return &p.collected.migrant;
    }
    return nullptr;
}

QDate* dateField(core::Project& p, const QString& key)
{
    if (key == QLatin1String("start_date")) {
        return &p.startDate;
    }
    if (key == QLatin1String("end_date")) {
        return &p.endDate;
    }
    if (key == QLatin1String("keep_documents_until")) {
        return &p.keepDocumentsUntil;
    }
    return nullptr;
}

std::optional<core::StaffMember> signatoryOf(const core::Project& p, const QList<core::StaffMember>& staff)
{
    for (const core::StaffMember& member : staff) {
        if (p.signatoryId == member.id) {
            return member;
        }
    }
    return std::nullopt;
}

} // namespace

QStringList ProjectKeys::keys()
{
    return {QStringLiteral("title"),
            QStringLiteral("contract_number"),
            QStringLiteral("programme"),
            QStringLiteral("priority"),
            QStringLiteral("measure"),
            QStringLiteral("region"),
            QStringLiteral("beneficiary"),
            QStringLiteral("beneficiary_address"),
            QStringLiteral("beneficiary_nip"),
            QStringLiteral("beneficiary_regon"),
            QStringLiteral("place"),
            QStringLiteral("start_date"),
            QStringLiteral("end_date"),
            QStringLiteral("keep_documents_until"),
            QStringLiteral("founding_rules"),
            QStringLiteral("collect_disability"),
            QStringLiteral("collect_minority"),
            QStringLiteral("collect_migrant"),
            QStringLiteral("signatory")};
}

std::optional<bool> ProjectKeys::parseYesNo(const QString& text)
{
    const QString word = text.trimmed().toLower();
    for (const char* yes : {"yes", "true", "1", "tak", "y", "t"}) {
        if (word == QLatin1String(yes)) {
            return true;
        }
    }
    for (const char* no : {"no", "false", "0", "nie", "n"}) {
        if (word == QLatin1String(no)) {
            return false;
        }
    }
    return std::nullopt;
}

QJsonValue ProjectKeys::json(const core::Project& project, const QString& key, const QList<core::StaffMember>& staff)
{
    core::Project p = project;
    if (const bool* flag = flagField(p, key)) {
        return *flag;
    }
    if (key == QLatin1String("signatory")) {
        const auto member = signatoryOf(project, staff);
        return member ? QJsonValue(member->name) : QJsonValue(QJsonValue::Null);
    }
    return text(project, key, staff);
}

QString ProjectKeys::text(const core::Project& project, const QString& key, const QList<core::StaffMember>& staff)
{
    core::Project p = project;
    if (const QString* field = textField(p, key)) {
        return *field;
    }
    if (const QDate* date = dateField(p, key)) {
        return date->toString(Qt::ISODate);
    }
    if (const bool* flag = flagField(p, key)) {
        return *flag ? QStringLiteral("yes") : QStringLiteral("no");
    }
    if (key == QLatin1String("founding_rules")) {
        return project.foundingRules == core::FoundingRules::Rules2018 ? QStringLiteral("2018")
                                                                       : QStringLiteral("2009");
    }
    if (key == QLatin1String("signatory")) {
        const auto member = signatoryOf(project, staff);
        return member ? member->name : QString();
    }
    return {};
}

core::Status ProjectKeys::set(core::Project& project, const QString& key, const QString& value,
                              const QList<core::StaffMember>& staff)
{
    if (QString* field = textField(project, key)) {
        *field = value.trimmed();
        return {};
    }
    if (QDate* date = dateField(project, key)) {
        if (key == QLatin1String("keep_documents_until") && value.trimmed().isEmpty()) {
            *date = QDate(); // not set
            return {};
        }
        *date = parseCliDate(value);
        if (!date->isValid()) {
            return core::Error{
                tr("%1: \"%2\" is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).").arg(key, value)};
        }
        return {};
    }
    if (bool* flag = flagField(project, key)) {
        const auto yes = parseYesNo(value);
        if (!yes) {
            return core::Error{tr("%1: \"%2\" is neither yes nor no.").arg(key, value)};
        }
        *flag = *yes;
        return {};
    }
    if (key == QLatin1String("founding_rules")) {
        if (value.trimmed() == QLatin1String("2009") || value.trimmed() == QLatin1String("2018")) {
            project.foundingRules = value.trimmed() == QLatin1String("2018") ? core::FoundingRules::Rules2018
                                                                             : core::FoundingRules::Rules2009;
            return {};
        }
        return core::Error{tr("%1: \"%2\" is not one of the founding rules (2009 or 2018).").arg(key, value)};
    }
    if (key == QLatin1String("signatory")) {
        if (value.trimmed().isEmpty()) {
            project.signatoryId.reset();
            return {};
        }
        for (const core::StaffMember& member : staff) {
            if (QString::number(member.id) == value.trimmed() ||
                member.name.compare(value.trimmed(), Qt::CaseInsensitive) == 0) {
                project.signatoryId = member.id;
                return {};
            }
        }
        return core::Error{
            tr("%1: \"%2\" is not among the office staff (add the person with add-staff first).").arg(key, value)};
    }
    return core::Error{tr("Unknown setting: %1 (known: %2)").arg(key, keys().join(QStringLiteral(", ")))};
}

} // namespace osiedle::cli
