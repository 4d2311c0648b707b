#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>

class QSettings;

namespace osiedle::ui {

/// The program's own settings (not the project's, which live in the project file): recent
/// files, the last file used, the language, the window layout. The only place that knows the
/// keys. Stored through QSettings under the application's organisation and name, or in one
/// given INI file (tests).
class AppSettings {
public:
    static constexpr int maxRecentFiles = 8;

    /// Language codes stored in the settings; empty means "the system's language".
    static inline const QString polish = QStringLiteral("pl");
    static inline const QString english = QStringLiteral("en");

    /// The user's settings of this program (QSettings with the application's names).
    AppSettings();
    /// Settings kept in one INI file, e.g. in a test's temporary folder.
    explicit AppSettings(const QString& iniFile);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    /// Most recent first, at most maxRecentFiles, absolute paths.
    QStringList recentFiles() const;
    /// Puts a file at the top of the recent list (and makes it the last file used).
    void noteFileOpened(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    /// The file to open when the program starts without one; empty on the first start.
    QString lastFile() const;
    void setLastFile(const QString& path);

    /// The person working last chosen (recorded with every change); empty: the system user.
    QString workingPerson() const;
    void setWorkingPerson(const QString& name);

    /// "pl", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& code);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);

    /// The id of the section shown last (see ui/main/Sections.h).
    QString lastSection() const;
    void setLastSection(const QString& id);

    /// The folder the user last chose a file in (to export, print or import); empty at first.
    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    /// How the user left a list (its sort, its filters), by the list's name; empty at first.
    /// What the map holds is the list's own business (ListSection and its features).
    QVariantMap listView(const QString& list) const;
    void setListView(const QString& list, const QVariantMap& view);

    /// Writes pending changes to storage.
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace osiedle::ui
