#include "core/storage/SettingRepository.h"

#include "core/storage/Database.h"

namespace osiedle::core {

std::optional<QString> SettingRepository::value(const QString& key) const
{
    Statement st = m_db.prepare("SELECT value FROM setting WHERE key = ?");
    st.bind(1, key);
    return st.step() ? std::optional<QString>(st.text(0)) : std::nullopt;
}

void SettingRepository::setValue(const QString& key, const QString& value)
{
    Statement st = m_db.prepare("INSERT INTO setting (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, key);
    st.bind(2, value.isNull() ? QString::fromLatin1("") : value);
    st.exec();
}

} // namespace osiedle::core
