#include "core/domain/DebtAccount.h"

namespace osiedle::core {

QList<TenancyTitle> TenancyTitles::all()
{
    return allValues<DebtAccountTitle>();
}

QString TenancyTitles::key(TenancyTitle title)
{
    return core::key(title);
}

std::optional<TenancyTitle> TenancyTitles::fromKey(const QString& key)
{
    return parseKey<DebtAccountTitle>(key);
}

QString TenancyTitles::name(TenancyTitle title)
{
    return label(title);
}

} // namespace osiedle::core
