#include "ui/common/AppSettings.h"

#include "core/common/FilePaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace osiedle::ui {

namespace {

const QString recentKey = QStringLiteral("files/recent");
const QString lastFileKey = QStringLiteral("files/last");
const QString languageKey = QStringLiteral("ui/language");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString sectionKey = QStringLiteral("window/section");
const QString folderKey = QStringLiteral("files/folder");
const QString personKey = QStringLiteral("history/person");
const QString listsGroup = QStringLiteral("lists/");

QString normalised(const QString& path)
{
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(recentKey).toStringList();
}

void AppSettings::noteFileOpened(const QString& path)
{
    const QString file = normalised(path);
    QStringList recent = recentFiles();
    // One entry per file, however it was named ("C:\\Projekt.osiedle" and "c:\\projekt.osiedle" on Windows).
    recent.removeIf([&file](const QString& entry) { return core::FilePaths::sameName(entry, file); });
    recent.prepend(file);
    while (recent.size() > maxRecentFiles) {
        recent.removeLast();
    }
    m_settings->setValue(recentKey, recent);
    setLastFile(file);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList recent = recentFiles();
    recent.removeIf([&path](const QString& entry) { return core::FilePaths::sameName(entry, path); });
    m_settings->setValue(recentKey, recent);
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(recentKey);
}

QString AppSettings::lastFile() const
{
    return m_settings->value(lastFileKey).toString();
}

void AppSettings::setLastFile(const QString& path)
{
    m_settings->setValue(lastFileKey, normalised(path));
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(languageKey).toString();
    return code == polish || code == english ? code : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings->setValue(languageKey, code);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(stateKey, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(splitterKey).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray& state)
{
    m_settings->setValue(splitterKey, state);
}

QString AppSettings::workingPerson() const
{
    return m_settings->value(personKey).toString();
}

void AppSettings::setWorkingPerson(const QString& name)
{
    m_settings->setValue(personKey, name.simplified());
}

QString AppSettings::lastSection() const
{
    return m_settings->value(sectionKey).toString();
}

void AppSettings::setLastSection(const QString& id)
{
    m_settings->setValue(sectionKey, id);
}

QVariantMap AppSettings::listView(const QString& list) const
{
    return m_settings->value(listsGroup + list).toMap();
}

void AppSettings::setListView(const QString& list, const QVariantMap& view)
{
    m_settings->setValue(listsGroup + list, view);
}

QString AppSettings::lastFolder() const
{
    return m_settings->value(folderKey).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    m_settings->setValue(folderKey, normalised(folder));
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace osiedle::ui
