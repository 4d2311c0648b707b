#include "ui/common/ListExport.h"

#include "core/io/CsvWriter.h"
#include "core/io/XlsxWriter.h"
#include "ui/common/AppContext.h"
#include "ui/common/ProtectedExport.h"
#include "ui/common/UserPrompt.h"

#include <QAbstractItemModel>
#include <QBoxLayout>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

/// What a cell writes to the file: its whole text where the screen shows it shortened.
QVariant cellValue(const QAbstractItemModel& model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    const QVariant whole = model.data(index, ListExport::WholeTextRole);
    return whole.isValid() ? whole : model.data(index);
}

} // namespace

core::Result<int> ListExport::write(QAbstractItemModel& model, const QString& path)
{
    QList<int> columns;
    for (int c = 0; c < model.columnCount(); ++c) {
        columns.append(c);
    }
    return write(model, columns, false, path);
}

core::Result<int> ListExport::write(const QTableView& view, const QString& path)
{
    QAbstractItemModel* model = view.model();
    if (model == nullptr) {
        return core::Error{tr("The list is empty.")};
    }
    const QHeaderView* header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !view.isColumnHidden(logical)) {
            columns.append(logical);
        }
    }
    // a table that titles its rows (the attendance grid its participants) shows them first
    const bool rowTitles = view.verticalHeader()->isVisibleTo(&view);
    return write(*model, columns, rowTitles, path);
}

core::Result<int> ListExport::write(QAbstractItemModel& model, const QList<int>& columns, bool rowTitles,
                                    const QString& path)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QStringList header;
    if (rowTitles) {
        header.append(QString()); // the corner above the row titles is empty on screen too
    }
    for (const int c : columns) {
        // Titles may be wrapped on screen ("Planned\nhours"); a file keeps them on one line.
        header.append(model.headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    const int rows = model.rowCount();
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        core::XlsxWriter writer(path);
        writer.writeHeader(header);
        for (int r = 0; r < rows; ++r) {
            QList<core::XlsxCell> cells;
            if (rowTitles) {
                cells.append(model.headerData(r, Qt::Vertical).toString());
            }
            for (const int c : columns) {
                const QVariant v = cellValue(model, r, c);
                if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                    cells.append(v.toLongLong());
                } else if (v.typeId() == QMetaType::QDate) {
                    cells.append(v.toDate());
                } else {
                    cells.append(v.toString());
                }
            }
            writer.writeRow(cells);
        }
        if (core::Status done = writer.finish(); !done) {
            return done.error();
        }
        return rows;
    }
    core::CsvWriter writer(path);
    writer.writeRow(header);
    for (int r = 0; r < rows; ++r) {
        QStringList fields;
        if (rowTitles) {
            fields.append(model.headerData(r, Qt::Vertical).toString());
        }
        for (const int c : columns) {
            fields.append(cellValue(model, r, c).toString());
        }
        writer.writeRow(fields);
    }
    if (core::Status done = writer.finish(); !done) {
        return done.error();
    }
    return rows;
}

void ListExport::exportAsShown(AppContext& context, QWidget* parent, const QTableView& view,
                               const QString& suggestedName)
{
    // Lists name people: the encrypted archive (holding the workbook) is offered first.
    const QString path =
        context.prompt.saveFileName(parent, tr("Export the list"), ProtectedExport::suggestedName(suggestedName),
                                    ProtectedExport::filter(tr("Excel workbook (*.xlsx);;CSV (*.csv)")));
    if (path.isEmpty()) {
        return;
    }
    int rows = 0;
    const core::Status done = ProtectedExport::write(context.prompt, parent, path, QStringLiteral("xlsx"),
                                                     [&](const QString& target) -> core::Status {
                                                         const auto written = write(view, target);
                                                         if (!written) {
                                                             return written.error();
                                                         }
                                                         rows = *written;
                                                         return {};
                                                     });
    if (!done) {
        context.prompt.error(parent, tr("Export the list"), done.error().message);
        return;
    }
    context.prompt.information(parent, tr("Export the list"),
                               tr("%n row(s) written to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
}

QPushButton* ListExport::addButton(AppContext& context, QTableView* view, QBoxLayout* layout,
                                   const QString& suggestedName, const QString& objectName)
{
    auto* button = new QPushButton(tr("Export list…"), layout->parentWidget());
    button->setObjectName(objectName);
    button->setToolTip(tr("Save this list as shown (filtered and sorted) as an Excel workbook or a CSV file."));
    layout->addWidget(button);
    QObject::connect(button, &QPushButton::clicked, button,
                     [&context, view = QPointer<QTableView>(view), button, suggestedName] {
                         if (view) {
                             exportAsShown(context, button->window(), *view, suggestedName);
                         }
                     });
    return button;
}

QWidget* ListExport::pageWithButton(AppContext& context, QTableView* view, const QString& suggestedName,
                                    const QString& objectName)
{
    auto* page = new QWidget(view->parentWidget());
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    auto* row = new QHBoxLayout();
    row->addStretch(1);
    layout->addLayout(row);
    addButton(context, view, row, suggestedName, objectName);
    return page;
}

} // namespace osiedle::ui
