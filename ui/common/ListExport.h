#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace osiedle::ui {

struct AppContext;

/// "Export list as shown": writes the rows of a list model as the user sees them (filtered,
/// sorted, every row — rows not loaded yet are fetched first) with its column titles, to CSV
/// or XLSX by the file's extension.
class ListExport {
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    /// Writes the model; returns the number of rows written.
    static core::Result<int> write(QAbstractItemModel& model, const QString& path);
    /// Asks for the file (through the context's prompt), writes it and tells the user.
    static void exportAsShown(AppContext& context, QWidget* parent, QAbstractItemModel& model,
                              const QString& suggestedName);
};

} // namespace osiedle::ui
