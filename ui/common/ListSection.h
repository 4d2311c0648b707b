#pragma once

#include "core/services/ChangeNotifier.h"

#include <QList>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QTableView;
class QVBoxLayout;

namespace osiedle::ui {

class RefreshWhenShown;

struct AppContext;
class ListModel;

/// The frame of a list section: a heading with a search field, a row of buttons below it
/// (toolbar()), and a sortable table over a
/// ListModel that loads lazily. It shows its row count in the main window's status bar
/// (statusText), reloads when the topics it shows change, and tells which row the user
/// activates (double-click or Enter). A feature derives from it, creates its model and adds
/// its buttons to toolbar().
class ListSection : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)

public:
    /// How long typing pauses before the search runs (Enter runs it at once).
    static constexpr int searchDelayMs = 250;

    /// `title` is shown as the heading of the section, left of its toolbar.
    ListSection(AppContext& context, const QString& title, QWidget* parent = nullptr);

    QString statusText() const;
    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    ListModel* listModel() const { return m_model; }
    /// The id of the current row; 0 when none.
    qint64 currentId() const;

signals:
    void statusTextChanged(const QString& text);
    void rowActivated(qint64 id);

protected:
    AppContext& context() { return m_context; }
    /// Buttons of the feature go here, before the search field.
    QHBoxLayout* toolbar() const { return m_toolbar; }
    /// Called once by the derived constructor (after it names itself): shows `model` sorted by
    /// `sortColumn`, or as the user last sorted this list (AppSettings, by object name), and
    /// reloads it when one of `topics` changes. `stretchColumn` takes the width left over (by default
    /// the last column does); when there is none left, the table scrolls sideways.
    void setModel(ListModel* model, int sortColumn, const QList<core::Topic>& topics, int stretchColumn = -1);
    /// Puts a row of filters (the feature's widget) between the buttons and the table.
    void addFilterBar(QWidget* bar);
    /// What the user left of this list last time (sort, filters: see AppSettings::listView), and
    /// keeping a value of it for next time; nothing without settings.
    QVariantMap savedView() const;
    void saveView(const QString& key, const QVariant& value);
    /// Adds the "Export list…" button (ListExport) to the toolbar; call after the feature's own
    /// buttons.
    void addExportButton(const QString& suggestedName);
    /// What the list says while the file holds none of its rows, with buttons repeating the
    /// toolbar's (EmptyListHint); call after setModel.
    void addEmptyHint(const QString& text, const QList<std::pair<QString, QString>>& buttons);
    /// "Participants: 12 034" or "Participants: 15 of 12 034".
    virtual QString countText(qint64 matching, qint64 total) const = 0;

private:
    /// Reloads after a change to the data, put off while the view is out of sight.
    RefreshWhenShown* m_afterChange = nullptr;
    void applySearch();
    void sizeColumns();
    void fitStretchColumn();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void reloadKeepingCurrent();

    AppContext& m_context;
    QHBoxLayout* m_toolbar = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    ListModel* m_model = nullptr;
    QTimer m_searchDelay;
    QList<core::Topic> m_topics;
    int m_stretchColumn = -1;
    int m_stretchWidth = 0;
};

} // namespace osiedle::ui
