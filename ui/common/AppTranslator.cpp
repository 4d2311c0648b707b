#include "ui/common/AppTranslator.h"

#include "ui/common/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace osiedle::ui {

QString AppTranslator::resolve(const QString& saved, const QLocale& system, const QString& environment)
{
    for (const QString& choice : {saved, environment}) {
        if (choice == AppSettings::polish || choice == AppSettings::english) {
            return choice;
        }
    }
    return system.language() == QLocale::Polish ? AppSettings::polish : AppSettings::english;
}

AppTranslator::~AppTranslator()
{
    uninstall();
}

bool AppTranslator::install(const QString& language)
{
    uninstall();
    m_language = language;
    const bool loaded = m_app.load(QStringLiteral(":/i18n/osiedle_%1.qm").arg(language));
    if (language == AppSettings::polish) {
        m_previousLocale = QLocale();
        m_localeSet = true;
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
        // Qt's own translation is optional: without it standard buttons stay in English.
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&m_qt);
        }
    }
    if (loaded) {
        QCoreApplication::installTranslator(&m_app);
    }
    m_installed = true;
    return loaded;
}

void AppTranslator::uninstall()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    // the numbers and dates of the language it set go with it
    if (m_localeSet) {
        QLocale::setDefault(m_previousLocale);
        m_localeSet = false;
    }
}

} // namespace osiedle::ui
