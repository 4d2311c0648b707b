#include "ui/common/ListExport.h"

#include "core/io/CsvWriter.h"
#include "core/io/XlsxWriter.h"
#include "ui/common/AppContext.h"
#include "ui/common/UserPrompt.h"

#include <QAbstractItemModel>
#include <QDir>

namespace osiedle::ui {

core::Result<int> ListExport::write(QAbstractItemModel& model, const QString& path)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c) {
        header.append(model.headerData(c, Qt::Horizontal).toString());
    }
    const int rows = model.rowCount();
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        core::XlsxWriter writer(path);
        writer.writeHeader(header);
        for (int r = 0; r < rows; ++r) {
            QList<core::XlsxCell> cells;
            for (int c = 0; c < model.columnCount(); ++c) {
                const QVariant v = model.data(model.index(r, c));
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
        for (int c = 0; c < model.columnCount(); ++c) {
            fields.append(model.data(model.index(r, c)).toString());
        }
        writer.writeRow(fields);
    }
    if (core::Status done = writer.finish(); !done) {
        return done.error();
    }
    return rows;
}

void ListExport::exportAsShown(AppContext& context, QWidget* parent, QAbstractItemModel& model,
                               const QString& suggestedName)
{
    const QString path = context.prompt.saveFileName(parent, tr("Export the list"), suggestedName,
                                                     tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const auto written = write(model, path);
    if (!written) {
        context.prompt.error(parent, tr("Export the list"), written.error().message);
        return;
    }
    context.prompt.information(parent, tr("Export the list"),
                               tr("%n row(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

} // namespace osiedle::ui
