#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QBoxLayout;
class QPushButton;
class QTableView;
class QWidget;

namespace osiedle::ui {

struct AppContext;

/// "Export list as shown": writes the rows of a list as the user sees them (filtered, sorted,
/// every row — rows not loaded yet are fetched first) with its column titles, to CSV or XLSX by
/// the file's extension. Every list of the program gets its "Export list…" button from
/// addButton(), so they all behave the same.
class ListExport {
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    /// A cell's whole text, written to the file instead of what the screen shows when set (a
    /// name shown without the words all the names share).
    static constexpr int WholeTextRole = Qt::UserRole + 90;

    /// Writes every column of the model; returns the number of rows written.
    static core::Result<int> write(QAbstractItemModel& model, const QString& path);
    /// Writes what a table shows: its model's rows in their order, the columns in the order on
    /// screen, without hidden ones; a table that shows titles of its rows has them first.
    static core::Result<int> write(const QTableView& view, const QString& path);
    /// Asks for the file (through the context's prompt), writes the table and tells the user.
    static void exportAsShown(AppContext& context, QWidget* parent, const QTableView& view,
                              const QString& suggestedName);
    /// Adds an "Export list…" button (object name `objectName`) at the end of `layout` that
    /// exports `view` as shown, suggesting `suggestedName` (e.g. "work-orders.xlsx").
    static QPushButton* addButton(AppContext& context, QTableView* view, QBoxLayout* layout,
                                  const QString& suggestedName,
                                  const QString& objectName = QStringLiteral("exportList"));
    /// A page holding `view` with its "Export list…" button in a row under it, at the right: for a
    /// table that has no row of buttons of its own.
    static QWidget* pageWithButton(AppContext& context, QTableView* view, const QString& suggestedName,
                                   const QString& objectName = QStringLiteral("exportList"));

private:
    static core::Result<int> write(QAbstractItemModel& model, const QList<int>& columns, bool rowTitles,
                                   const QString& path);
};

} // namespace osiedle::ui
