#include "core/domain/DebtAccount.h"

namespace osiedle::core {

QList<TenancyTitle> TenancyTitles::all()
{
    return {TenancyTitle::TenantRight, TenancyTitle::Ownership, TenancyTitle::Rental, TenancyTitle::Other};
}

QString TenancyTitles::key(TenancyTitle title)
{
    switch (title) {
    case TenancyTitle::TenantRight: return QStringLiteral("tenant_right");
    case TenancyTitle::Ownership: return QStringLiteral("ownership");
    case TenancyTitle::Rental: return QStringLiteral("rental");
    case TenancyTitle::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<TenancyTitle> TenancyTitles::fromKey(const QString& key)
{
    for (TenancyTitle title : all()) {
        if (TenancyTitles::key(title) == key) {
            return title;
        }
    }
    return std::nullopt;
}

QString TenancyTitles::name(TenancyTitle title)
{
    switch (title) {
    case TenancyTitle::TenantRight: return tr("Cooperative tenant right");
    case TenancyTitle::Ownership: return tr("Cooperative ownership right");
    case TenancyTitle::Rental: return tr("Rental");
    case TenancyTitle::Other: return tr("Other");
    }
    return {};
}

} // namespace osiedle::core
