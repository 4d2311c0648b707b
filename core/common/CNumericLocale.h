#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace osiedle::core {

/// While it lives, C library functions of this thread format and read numbers with a decimal
/// point ("77.5"), whatever the process locale: Qt sets the user's locale on Unix, and under
/// pl_PL printf would write "77,5", which a spreadsheet misreads. Used around libraries that
/// format numbers with printf (libxlsxwriter). Affects the current thread only.
class CNumericLocale {
public:
    CNumericLocale();
    ~CNumericLocale();
    CNumericLocale(const CNumericLocale&) = delete;
    CNumericLocale& operator=(const CNumericLocale&) = delete;

private:
#if defined(Q_OS_WIN)
    int m_previousMode = 0;    ///< the thread-locale mode before
    QByteArray m_previousName; ///< LC_NUMERIC before
#else
    void* m_locale = nullptr;   ///< the C numeric locale in use
    void* m_previous = nullptr; ///< the thread's locale before
#endif
};

} // namespace osiedle::core
