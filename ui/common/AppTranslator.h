#pragma once

#include "ui/common/ContextTranslator.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace osiedle::ui {

/// Installs the program's translation (embedded as :/i18n/osiedle_XX.qm) and Qt's own
/// (qtbase_XX.qm, for standard buttons and dialogs) on the running application. Lives as long
/// as the application uses the translation.
class AppTranslator {
public:
    /// The language to use: the saved choice ("pl"/"en"), otherwise the OSIEDLE_LANG environment
    /// variable ("pl"/"en", as osiedle-cli reads it), otherwise the system's — Polish on a Polish
    /// system, English everywhere else (the source language).
    static QString resolve(const QString& saved, const QLocale& system = QLocale::system(),
                           const QString& environment = qEnvironmentVariable("OSIEDLE_LANG"));

    AppTranslator() = default;
    ~AppTranslator();
    AppTranslator(const AppTranslator&) = delete;
    AppTranslator& operator=(const AppTranslator&) = delete;

    /// Replaces any translation installed before by this one. For Polish it also makes Polish
    /// the default locale (dates and numbers). Returns false when the program's own translation
    /// could not be loaded (the program then speaks English).
    bool install(const QString& language);

    QString language() const { return m_language; }

private:
    void uninstall();

    ContextTranslator m_app;
    QTranslator m_qt;
    QString m_language;
    bool m_installed = false;
    QLocale m_previousLocale; ///< the default locale before it set the language's own
    bool m_localeSet = false;
};

} // namespace osiedle::ui
