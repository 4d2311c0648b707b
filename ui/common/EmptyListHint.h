#pragma once

#include "core/storage/ProjectRepository.h"

#include <QWidget>
#include <functional>

class QAbstractButton;
class QAbstractItemView;
class QLabel;
class QVBoxLayout;

namespace osiedle::ui {

/// What an empty list says, over its empty area: what the list will hold, and buttons for the
/// actions that fill it (each repeats a button the section already has, which stays the one
/// place of the action). Shown while the list has no rows and `hasNoData` says the file holds
/// none (a search that matches nothing is not an empty list: then it says so instead). Named
/// "emptyHint"; its buttons "emptyHint_<the original button's name>".
class EmptyListHint : public QWidget {
    Q_OBJECT

public:
    /// One action offered: the button it repeats and the text it shows here.
    struct Action {
        QAbstractButton* button;
        QString text;
    };

    /// Puts a hint over `view` (whose model is set). Without `hasNoData`, an empty model is an
    /// empty list.
    static EmptyListHint* attach(QAbstractItemView* view, const QString& text, const QList<Action>& actions,
                                 std::function<bool()> hasNoData = {});

    /// "The file holds none of these" from the project's counts (false when it cannot be read).
    static std::function<bool()> whenNone(core::Database& db, qint64 core::SetupCounts::*count);

    /// Shows or hides the hint as the list stands now.
    void refresh();
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EmptyListHint(QAbstractItemView* view, const QString& text, std::function<bool()> hasNoData);
    void place();

    QAbstractItemView* m_view;
    QString m_text;
    std::function<bool()> m_hasNoData;
    QLabel* m_label;
    QList<QWidget*> m_buttons;
};

} // namespace osiedle::ui
