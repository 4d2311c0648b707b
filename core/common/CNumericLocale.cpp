#include "core/common/CNumericLocale.h"

#include <QtGlobal>
#include <clocale>

#if !defined(Q_OS_WIN)
#include <locale.h>
#if defined(Q_OS_MACOS)
#include <xlocale.h>
#endif
#endif

namespace osiedle::core {

CNumericLocale::CNumericLocale()
{
#if defined(Q_OS_WIN)
    m_previousMode = _configthreadlocale(_ENABLE_PER_THREAD_LOCALE);
    m_previousName = std::setlocale(LC_NUMERIC, nullptr);
    std::setlocale(LC_NUMERIC, "C");
#else
    locale_t base = duplocale(LC_GLOBAL_LOCALE);
    locale_t c = base != locale_t(nullptr) ? newlocale(LC_NUMERIC_MASK, "C", base) : locale_t(nullptr);
    if (c == locale_t(nullptr)) {
        if (base != locale_t(nullptr)) {
            freelocale(base);
        }
        return;
    }
    m_locale = c;
    m_previous = uselocale(c);
#endif
}

CNumericLocale::~CNumericLocale()
{
#if defined(Q_OS_WIN)
    std::setlocale(LC_NUMERIC, m_previousName.constData());
    _configthreadlocale(m_previousMode);
#else
    if (m_locale != nullptr) {
        uselocale(static_cast<locale_t>(m_previous));
        freelocale(static_cast<locale_t>(m_locale));
    }
#endif
}

} // namespace osiedle::core
